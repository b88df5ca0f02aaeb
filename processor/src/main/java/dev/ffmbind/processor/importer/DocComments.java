package dev.ffmbind.processor.importer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The comment of a declaration, as a draft's {@code doc}: clang's comment, when it is this one's.
 */
final class DocComments {

  private DocComments() {}

  /**
   * The comment clang attached to a declaration, if it ends right before it: clang also attaches a
   * comment separated by blank lines, which in headers that document a declaration after it
   * (zlib.h) belongs to the previous one.
   */
  static String doc(JsonNode decl, String headerText) {
    if (headerText.isEmpty()) {
      return ""; // declarations taken by name: their comments are in other files
    }
    StringBuilder sb = new StringBuilder();
    JsonNode begin = decl.path("range").path("begin");
    long declOffset =
        begin.has("expansionLoc")
            ? begin.path("expansionLoc").path("offset").asLong(-1)
            : begin.path("offset").asLong(-1);
    for (JsonNode n : decl.path("inner")) {
      if (n.path("kind").asText().equals("FullComment")) {
        long end = n.path("range").path("end").path("offset").asLong(-1);
        if (end < 0 || declOffset <= end || declOffset > headerText.length()) {
          continue;
        }
        String between = headerText.substring((int) end, (int) declOffset);
        if (between.replace("\r", "").replaceAll("[ \t]+\n", "\n").contains("\n\n")) {
          continue; // a blank line: the comment is not this declaration's
        }
        collectText(n, sb);
      }
    }
    String text = sb.toString().replaceAll("[\\s*/]*\\s+", " ").replaceAll("\\s+", " ").strip();
    text = text.replaceAll("^[-=*/ ]+", "").strip();
    if (text.length() > 300) {
      int stop = text.lastIndexOf(". ", 300);
      text = stop > 40 ? text.substring(0, stop + 1) : text.substring(0, 297) + "...";
    }
    return text;
  }

  private static void collectText(JsonNode n, StringBuilder sb) {
    if (n.path("kind").asText().equals("TextComment")) {
      sb.append(n.path("text").asText()).append(' ');
    }
    for (JsonNode c : n.path("inner")) {
      collectText(c, sb);
    }
  }
}

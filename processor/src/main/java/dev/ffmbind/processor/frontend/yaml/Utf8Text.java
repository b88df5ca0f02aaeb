package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a spec's bytes as UTF-8, the encoding of every spec whatever the build's source encoding,
 * and reports the first bytes that are not UTF-8 at their line and column, counted as the YAML
 * parser counts them (code points; a line ends at LF, CR, CR LF, NEL, LS or PS).
 */
final class Utf8Text {

  private Utf8Text() {}

  static Optional<String> decode(String fileName, byte[] bytes, Diagnostics diagnostics) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1); // UTF-8: at most a char a byte
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (!result.isError()) {
      return Optional.of(out.toString());
    }
    // The decoder stops at the first malformed sequence: 'out' holds the text before it.
    List<String> bad = new ArrayList<>();
    for (int i = in.position(); i < in.position() + result.length(); i++) {
      bad.add(String.format("0x%02X", bytes[i] & 0xff));
    }
    diagnostics.error(
        positionAfter(fileName, out),
        Message.SPEC_UNREADABLE,
        fileName,
        "it is not valid UTF-8 ("
            + (bad.size() == 1 ? "byte " : "bytes ")
            + String.join(" ", bad)
            + ")");
    return Optional.empty();
  }

  /** Where the text that follows {@code before} starts. */
  private static YamlRef positionAfter(String fileName, CharSequence before) {
    int line = 1;
    int column = 1;
    int[] codePoints = before.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      boolean crBeforeLf = c == '\r' && i + 1 < codePoints.length && codePoints[i + 1] == '\n';
      boolean lineBreak = c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
      if (lineBreak && !crBeforeLf) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new YamlRef(fileName, line, column);
  }
}

package dev.ffmbind.processor.fuzz;

import dev.ffmbind.processor.fuzz.Yaml.Entry;
import dev.ffmbind.processor.fuzz.Yaml.MapNode;
import dev.ffmbind.processor.fuzz.Yaml.Node;
import dev.ffmbind.processor.fuzz.Yaml.Raw;
import dev.ffmbind.processor.fuzz.Yaml.SeqNode;
import dev.ffmbind.processor.fuzz.Yaml.Str;
import java.util.ArrayList;
import java.util.List;

/** Structural and textual mutations of generated specs: what a user gets wrong. */
final class Mutations {

  private Mutations() {}

  /** Applies one mutation to a random map of the tree. */
  static void mutate(Choices c, MapNode root) {
    List<MapNode> maps = new ArrayList<>();
    List<String> names = new ArrayList<>();
    collect(root, maps, names);
    MapNode target = c.pick(maps);
    List<Entry> entries = target.entries();
    switch (c.below(6)) {
      case 0 -> { // drop a key
        if (!entries.isEmpty()) {
          entries.remove(c.below(entries.size()));
        }
      }
      case 1 -> { // duplicate a key
        if (!entries.isEmpty()) {
          Entry e = entries.get(c.below(entries.size()));
          entries.add(new Entry(e.key(), e.value()));
        }
      }
      case 2 -> { // rename a key: a typo or another key
        if (!entries.isEmpty()) {
          int i = c.below(entries.size());
          String key = entries.get(i).key();
          String renamed =
              c.chance(50) && key.length() > 1
                  ? key.substring(0, key.length() - 1)
                  : c.pick(SpecGenerator.KEYS);
          entries.set(i, new Entry(renamed, entries.get(i).value()));
        }
      }
      case 3 -> { // a value of the wrong type
        if (!entries.isEmpty()) {
          int i = c.below(entries.size());
          entries.set(i, new Entry(entries.get(i).key(), wrongValue(c)));
        }
      }
      case 4 -> { // a key that belongs elsewhere, with a plausible value
        String key = c.pick(SpecGenerator.KEYS);
        Node value = !names.isEmpty() && c.chance(60) ? new Str(c.pick(names)) : wrongValue(c);
        entries.add(new Entry(key, value));
      }
      default -> { // a string value replaced by a name from elsewhere in the spec
        if (!entries.isEmpty() && !names.isEmpty()) {
          int i = c.below(entries.size());
          entries.set(i, new Entry(entries.get(i).key(), new Str(c.pick(names))));
        }
      }
    }
  }

  private static Node wrongValue(Choices c) {
    return switch (c.below(8)) {
      case 0 -> new Raw("12");
      case 1 -> new Raw("true");
      case 2 -> new SeqNode(new ArrayList<>(List.of(new Raw("x"))));
      case 3 -> new MapNode().put("a", "b");
      case 4 -> new Raw("~");
      case 5 -> new Raw("yes");
      case 6 -> new Raw("-0x8000000000000000");
      default -> new Str(c.pick("garbage", "", " ", "const char*", "int**", "void", "struct s*"));
    };
  }

  private static void collect(Node node, List<MapNode> maps, List<String> names) {
    if (node instanceof MapNode m) {
      maps.add(m);
      for (Entry e : m.entries()) {
        if (e.key().equals("name") && e.value() instanceof Str s) {
          names.add(s.value());
        }
        collect(e.value(), maps, names);
      }
    } else if (node instanceof SeqNode s) {
      for (Node item : s.items()) {
        collect(item, maps, names);
      }
    }
  }

  /** Damages the text: a stray character, a cut, a tab, a second document. */
  static String garble(Choices c, String text) {
    int at = c.below(text.length() + 1);
    return switch (c.below(6)) {
      case 0 ->
          text.substring(0, at)
              + c.pick(":", "-", "{", "[", "\"", "'", "&a", "*a", "#", "!")
              + text.substring(at);
      case 1 -> text.substring(0, at);
      case 2 -> text.substring(0, at) + "\t" + text.substring(at);
      case 3 -> text + "---\nlibrary: x\n";
      case 4 -> text.substring(0, at) + "\n" + text.substring(at);
      default -> "\ufeff" + text;
    };
  }
}

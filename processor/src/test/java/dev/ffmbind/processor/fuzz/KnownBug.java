package dev.ffmbind.processor.fuzz;

import dev.ffmbind.processor.fuzz.Oracle.FrontEnd;
import dev.ffmbind.processor.fuzz.Yaml.Entry;
import dev.ffmbind.processor.fuzz.Yaml.MapNode;
import dev.ffmbind.processor.fuzz.Yaml.Node;
import dev.ffmbind.processor.fuzz.Yaml.SeqNode;
import dev.ffmbind.processor.fuzz.Yaml.Str;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Bugs the fuzzer finds that are not fixed yet (issue 9). While an entry is here, the
 * generators do not produce its class of input (each entry is consulted where that input would
 * be made, through {@link #avoid()}), so the properties pass and the build stays green; the
 * assertions themselves are never weakened.
 *
 * <p>Each entry carries a minimal reproducer. {@code KnownBugReproducersTest} checks that every
 * reproducer still fails its property. <b>Whoever fixes a bug</b> deletes its entry (the
 * compiler then shows the generator code that avoided it: delete that too) and turns the
 * reproducer into a named regression test next to the tests of the code they fixed.
 *
 * <p>{@code -Dffmbind.fuzz.includeKnownBugs=true} turns every switch off, to see the fuzzer
 * find them (docs/fuzzing.md).
 */
enum KnownBug {

  NULLABLE_ARRAY_WITHOUT_LENGTH(FrontEnd.YAML, "a",
      "a nullable array parameter without a length link crashes the generator (both front"
          + " ends; also a nullable non-const 'char*', which is a byte array)",
      spec("""
          functions:
            - name: f
              params:
                - {name: a, type: "int*", nullable: true}
          """),
      KnownBug::nullableArrayWithoutLength),

  LENGTH_LINK_ON_CALLBACK_PARAM(FrontEnd.YAML, "a",
      "length_of or bounds on a callback-typed parameter crashes the generator",
      spec("""
          callbacks:
            - {name: cb_fn}
          functions:
            - name: f
              params:
                - {name: n, type: int}
                - {name: cb, type: cb_fn, lifetime: call, length_of: n}
          """),
      KnownBug::lengthLinkOnCallback),

  CALLBACK_BOUNDS_REAL_ARRAY(FrontEnd.YAML, "b",
      "bounds on a callback parameter naming a real array: the generated Java does not compile",
      spec("""
          callbacks:
            - {name: cb_fn}
          functions:
            - name: f
              params:
                - {name: a, type: "int*"}
                - {name: cb, type: cb_fn, lifetime: call, bounds: a}
          """),
      KnownBug::lengthLinkOnCallback),

  OWNED_STRING_FREE_NOT_IDENTIFIER(FrontEnd.YAML, "a",
      "an owned string return whose 'free' is not a C identifier crashes the generator",
      spec("""
          functions:
            - name: f
              returns: {type: "char*", ownership: owned, free: "not a name"}
          """),
      KnownBug::freeNotIdentifier),

  STATUS_CODE_NAME_LINE_SEPARATOR(FrontEnd.YAML, "b",
      "U+2028 in a status-code name ends a line inside a generated string literal: no compile;"
          + " the fuzzer adds U+2029 and the code's doc/description, both front ends",
      spec("""
          status_tables:
            - name: st
              codes:
                - {name: "ST\\u2028LS", value: 0, success: true}
          functions:
            - {name: f, returns: int, errors: {status: st}}
          """),
      null),

  NAME_OVER_64K(FrontEnd.YAML, "b",
      "a c_symbol or name over 65 535 bytes is a string constant javac cannot write",
      spec("functions:\n  - {name: f, c_symbol: " + Names.longName(70_000) + "}\n"),
      null),

  JAVA_NAME_VAR(FrontEnd.YAML, "b",
      "a restricted identifier (var, record, yield, ...) as a generated type name: no compile",
      spec("""
          callbacks:
            - {name: cb_fn, java_name: var}
          """),
      null),

  PACKAGE_JAVA_LANG(FrontEnd.YAML, "b",
      "package: java.lang (or another java.* package) is accepted; javac refuses it",
      "library: fuzz\npackage: java.lang\nclass: Fuzz\nfunctions:\n  - {name: f}\n",
      null),

  DUPLICATE_CALLBACK_JAVA_NAME(FrontEnd.YAML, "b",
      "two callbacks with the same java_name give two nested types of one name: no compile",
      spec("""
          callbacks:
            - {name: cb0_fn, java_name: Cb}
            - {name: cb1_fn, java_name: Cb}
          """),
      null),

  FUNCTION_NAMED_LINKER_OR_LOOKUP(FrontEnd.YAML, "b",
      "a function named LINKER or LOOKUP shadows the generated field of that name: no compile",
      spec("""
          functions:
            - {name: LINKER}
          """),
      null),

  OBJECT_METHOD_NAME(FrontEnd.YAML, "b",
      "a function named like a java.lang.Object method (notify, wait, getClass, hashCode,"
          + " toString, clone, finalize) cannot be generated: no compile, or a warning for"
          + " finalize; both front ends (annotations: a method 'void notify();')",
      spec("""
          functions:
            - {name: notify}
          """),
      null),

  NEGATIVE_ERRNO_NARROW_RETURN(FrontEnd.YAML, "b",
      "negative-errno on a return narrower than int (short, int8_t, uint16_t, char, ...)"
          + " generates a redundant cast: a warning under -Xlint:all; both front ends"
          + " (annotations: @Errors(NEGATIVE_ERRNO) short f();)",
      spec("""
          functions:
            - {name: f, returns: short, errors: negative-errno}
          """),
      null),

  PARAM_SHADOWS_TYPE(FrontEnd.YAML, "b",
      "a parameter named like a class the stub names by its simple name (Downcalls, Checks,"
          + " Errno, NativeStrings, MemorySegment, Short, ErrnoException, ...) shadows it: no"
          + " compile; both front ends",
      spec("""
          functions:
            - name: f
              params: [{name: Downcalls, type: int}]
          """),
      null),

  DEPRECATED_METHOD(FrontEnd.ANNOTATIONS, "b",
      "a @Deprecated interface method: the generated override warns that it overrides a"
          + " deprecated method (under -Xlint:all)",
      """
          package t;
          import dev.ffmbind.annotation.*;
          @NativeLibrary("c")
          public interface L {
            /** @deprecated old. */
            @Deprecated
            int getpid();
          }
          """,
      null),

  NESTED_TYPE_NAMED_LIKE_BINDING_CLASS(FrontEnd.YAML, "b",
      "a status table's exception, an opaque type's or a callback's java_name equal to the"
          + " binding class's name: 'class ... is already defined'; both front ends"
          + " (annotations: exception = \"L_Ffm\")",
      spec("""
          opaque_types:
            - {c_name: thing, java_name: Fuzz}
          functions:
            - {name: f, returns: "thing*"}
          """),
      null),

  ON_EXCEPTION_INFINITE(FrontEnd.YAML, "b",
      "on_exception 1e400 (a double out of range) is generated as the identifier Infinity;"
          + " both front ends (@OnException(\"1e400\"))",
      spec("""
          callbacks:
            - {name: cb_fn, returns: double, on_exception: 1e400}
          functions:
            - name: f
              params: [{name: cb, type: cb_fn, lifetime: call}]
          """),
      null),

  INVALID_C_TYPE_NAME_DROPS_FUNCTION(FrontEnd.ANNOTATIONS, "b",
      "@Callback(\"a b\") or @Opaque(\"\") (not a C name): a function taking that type is"
          + " silently left out of the generated class, which then does not implement the"
          + " interface (no ffmbind error)",
      """
          package t;
          import dev.ffmbind.annotation.*;
          @NativeLibrary("c")
          public interface L {
            @Callback("a b")
            interface Cb0 { void invoke(); }
            void f0();
            void f1(@Lifetime(CallbackLifetime.CALL) Cb0 cb);
          }
          """,
      null),

  INHERITED_NATIVES(FrontEnd.ANNOTATIONS, "b",
      "abstract methods inherited from a super-interface (even Runnable.run) are not bound",
      """
          package t;
          import dev.ffmbind.annotation.*;
          @NativeLibrary("c")
          public interface L extends Runnable {
            int getpid();
          }
          """,
      null),

  ABSTRACT_LOAD(FrontEnd.ANNOTATIONS, "b",
      "an abstract load() in the interface clashes with the generated static load()",
      """
          package t;
          import dev.ffmbind.annotation.*;
          @NativeLibrary("c")
          public interface L {
            int load();
          }
          """,
      null),

  MEMBER_NAMED_LIKE_GENERATED(FrontEnd.ANNOTATIONS, "b",
      "an interface method named like a generated member (LINKER, LOOKUP): no compile",
      """
          package t;
          import dev.ffmbind.annotation.*;
          @NativeLibrary("c")
          public interface L {
            int LINKER();
          }
          """,
      null);

  /** Which front end the reproducer is for. */
  final FrontEnd frontEnd;
  /** The property it violates: a (crash), b (generated code / javac), c (location). */
  final String property;
  final String description;
  /** A minimal input: a YAML spec, or the Java source of {@code t.L}. */
  final String reproducer;
  /** For bugs a YAML mutation can reach: whether a tree contains one. */
  private final Predicate<Node> inTree;

  KnownBug(FrontEnd frontEnd, String property, String description, String reproducer,
      Predicate<Node> inTree) {
    this.frontEnd = frontEnd;
    this.property = property;
    this.description = description;
    this.reproducer = reproducer;
    this.inTree = inTree;
  }

  private static final boolean INCLUDE = Boolean.getBoolean("ffmbind.fuzz.includeKnownBugs");

  /** Whether generators must not produce this bug's class of input. */
  boolean avoid() {
    return !INCLUDE;
  }

  /** The avoided bugs a (mutated) spec tree contains. */
  static List<KnownBug> avoidedIn(Node root) {
    List<KnownBug> found = new ArrayList<>();
    for (KnownBug bug : values()) {
      if (bug.avoid() && bug.inTree != null && bug.inTree.test(root)) {
        found.add(bug);
      }
    }
    return found;
  }

  /** Text for a status code's name or doc, without line separators while that bug is open. */
  static String statusCodeText(String text) {
    return STATUS_CODE_NAME_LINE_SEPARATOR.avoid()
        ? text.replace('\u2028', ' ').replace('\u2029', ' ') : text;
  }

  private static String spec(String body) {
    return "library: fuzz\npackage: fz\nclass: Fuzz\n" + body;
  }

  // ---- detectors for mutated trees (they may over-approximate) ------------------------

  private static boolean nullableArrayWithoutLength(Node root) {
    return anyParamList(root, params -> {
      for (MapNode p : params) {
        if (has(p, "nullable") && !linked(params, p)) {
          return true;
        }
      }
      return false;
    });
  }

  private static boolean lengthLinkOnCallback(Node root) {
    return anyParamList(root, params -> params.stream().anyMatch(p ->
        (has(p, "lifetime") || str(p, "type").map(t -> t.startsWith("cb")).orElse(false))
            && (has(p, "length_of") || has(p, "bounds"))));
  }

  private static boolean freeNotIdentifier(Node root) {
    List<MapNode> maps = new ArrayList<>();
    maps(root, maps);
    return maps.stream().anyMatch(m -> has(m, "free")
        && !str(m, "free").map(f -> f.matches("[A-Za-z_][A-Za-z0-9_]*")).orElse(false));
  }

  private static boolean linked(List<MapNode> params, MapNode target) {
    Optional<String> name = str(target, "name");
    return name.isPresent() && params.stream().anyMatch(p ->
        str(p, "length_of").equals(name) || str(p, "bounds").equals(name));
  }

  private static boolean anyParamList(Node root, Predicate<List<MapNode>> test) {
    List<MapNode> maps = new ArrayList<>();
    maps(root, maps);
    for (MapNode m : maps) {
      for (Entry e : m.entries()) {
        if (e.value() instanceof SeqNode s) {
          List<MapNode> items = s.items().stream().filter(MapNode.class::isInstance)
              .map(MapNode.class::cast).toList();
          if (test.test(items)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void maps(Node node, List<MapNode> out) {
    if (node instanceof MapNode m) {
      out.add(m);
      m.entries().forEach(e -> maps(e.value(), out));
    } else if (node instanceof SeqNode s) {
      s.items().forEach(i -> maps(i, out));
    }
  }

  private static boolean has(MapNode m, String key) {
    return m.entries().stream().anyMatch(e -> e.key().equals(key));
  }

  private static Optional<String> str(MapNode m, String key) {
    return m.entries().stream().filter(e -> e.key().equals(key)).findFirst()
        .map(Entry::value).filter(Str.class::isInstance).map(v -> ((Str) v).value());
  }
}

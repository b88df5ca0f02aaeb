package dev.ffmbind.processor.fuzz;

import java.util.List;

/** Name and text pools the generators draw from: ordinary ones first, then the awkward ones. */
final class Names {

  private Names() {}

  static final List<String> PLAIN =
      List.of(
          "a", "b", "n", "len", "buf", "data", "value", "count", "flags", "ctx", "fooBar", "x1",
          "_tmp", "s", "out", "size", "handle", "name");

  static final List<String> KEYWORDS =
      List.of(
          "int",
          "class",
          "new",
          "default",
          "package",
          "static",
          "true",
          "null",
          "goto",
          "const",
          "_",
          "this",
          "enum",
          "assert",
          "strictfp");

  /** Restricted identifiers and contextual keywords (JLS 3.9). */
  static final List<String> CONTEXTUAL =
      List.of(
          "var",
          "record",
          "yield",
          "sealed",
          "permits",
          "when",
          "module",
          "exports",
          "open",
          "to",
          "with",
          "transitive",
          "uses",
          "provides");

  /** Names of members the generated class has, and of java.lang.Object's. */
  static final List<String> GENERATED_MEMBERS =
      List.of(
          "LINKER",
          "LOOKUP",
          "load",
          "LIBRARY",
          "ALTERNATIVES",
          "Downcalls",
          "STUB",
          "upcall",
          "hashCode",
          "toString",
          "equals",
          "getClass",
          "wait",
          "notify",
          "notifyAll",
          "close",
          "segment",
          "clone",
          "finalize");

  /** The methods of java.lang.Object a generated method could collide with. */
  static final List<String> OBJECT_METHODS =
      List.of(
          "hashCode",
          "toString",
          "equals",
          "getClass",
          "wait",
          "notify",
          "notifyAll",
          "clone",
          "finalize");

  /** Parameter names that could shadow a type the stub uses or collide with one of its locals. */
  static final List<String> SHADOWING =
      List.of(
          "Downcalls",
          "CallDescription",
          "Checks",
          "Errno",
          "Libraries",
          "NativeArrays",
          "NativeStrings",
          "Scratch",
          "Signals",
          "SizedStrings",
          "Symbols",
          "Upcalls",
          "String",
          "MemorySegment",
          "Arena",
          "Linker",
          "ValueLayout",
          "Objects",
          "Math",
          "Fuzz",
          "L",
          "NativeHandle",
          "NativeBuffer",
          "Ref",
          "StatusException",
          "ErrnoException",
          "System",
          "Thread",
          "Integer",
          "FunctionDescriptor",
          "SegmentAllocator",
          // the stems of the stub's own locals (result$, size$, ...)
          "result",
          "size",
          "scratch",
          "errno",
          "target",
          "callback",
          "upcall");

  /** Type names a generated class or one of its nested types could shadow. */
  static final List<String> TYPE_CLASHES =
      List.of(
          "String",
          "Object",
          "Override",
          "Generated",
          "MemorySegment",
          "Linker",
          "Arena",
          "SymbolLookup",
          "Charset",
          "ValueLayout",
          "MethodHandle",
          "NativeHandle",
          "Ref",
          "Registration",
          "Throwable",
          "Runnable",
          "L");

  static final List<String> ODD =
      List.of(
          "café",
          "ñ",
          "变量",
          "a$b",
          "9lives",
          "with space",
          "x-y",
          "",
          "A",
          "ß",
          "\u00e9t\u00e9",
          "a.b",
          "Ünïcödé");

  static final List<String> ODD_DOCS =
      List.of(
          "plain text",
          "<b>bold</b> & <i>x</i>",
          "@param x nothing",
          "{@code a < b}",
          "100% sure",
          "$L $S $T $N $$",
          "line1\nline2",
          "h\u00e9llo \u2014 \u2713 \ud83d\ude00",
          "tab\there",
          "a \"quoted\" word",
          "back\\slash",
          "{@link Nope}",
          "</pre><pre>",
          "/* nested",
          "trailing \\",
          "\u2029 paragraph sep",
          "@deprecated not really",
          "ends with star *",
          "<!-- -->",
          "\u0000nul");

  /** A long identifier (the JVM limit for names is 65 535 bytes of modified UTF-8). */
  static String longName(int length) {
    return "x".repeat(length);
  }
}

package dev.ffmbind.processor.fuzz;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Generates annotated interfaces (docs/annotations.md) and the handle classes they use: always
 * valid Java, mostly valid ffmbind, sometimes with misused annotations, awkward names and odd
 * Javadoc. Every decision comes from {@link Choices}, so inputs shrink.
 */
final class InterfaceGenerator {

  /** A generated compilation unit set: {@code t.L} and its handle classes. */
  record Sources(List<String> files) {
    List<JavaFileObject> javaFiles() {
      List<JavaFileObject> out = new ArrayList<>();
      for (String f : files) {
        out.add(JavaFileObjects.forSourceString(qualifiedName(f), f));
      }
      return out;
    }

    private static String qualifiedName(String source) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("public (?:final class|interface) (\\w+)")
              .matcher(source);
      if (!m.find()) {
        throw new IllegalStateException(source);
      }
      return "t." + m.group(1);
    }

    @Override
    public String toString() {
      return String.join("\n// ----\n", files);
    }
  }

  private static final String IMPORTS =
      """
      package t;
      import dev.ffmbind.NativeBuffer;
      import dev.ffmbind.NativeHandle;
      import dev.ffmbind.Ref;
      import dev.ffmbind.Registration;
      import dev.ffmbind.annotation.*;
      import java.lang.foreign.MemorySegment;
      import java.nio.ByteBuffer;
      """;

  private static final List<String> SCALAR_CTYPES =
      List.of(
          "int",
          "unsigned int",
          "size_t",
          "ssize_t",
          "long",
          "unsigned long",
          "uint8_t",
          "int16_t",
          "uint16_t",
          "uint32_t",
          "int64_t",
          "uint64_t",
          "char",
          "unsigned char",
          "bool",
          "off_t",
          "wchar_t",
          "float",
          "double",
          "signed char",
          "unsigned short",
          "long long",
          "intptr_t",
          "uintptr_t");

  private final Choices c;
  private final List<String> files = new ArrayList<>();
  private final List<String> handles = new ArrayList<>();
  private final List<Boolean> handleDestructors = new ArrayList<>();
  private final List<String> callbacks = new ArrayList<>();
  private final List<Boolean> callbackUserData = new ArrayList<>();
  private final List<String> methodNames = new ArrayList<>();
  private boolean table;
  private int counter;

  private InterfaceGenerator(Choices c) {
    this.c = c;
  }

  static Sources generate(Choices c) {
    InterfaceGenerator g = new InterfaceGenerator(c);
    String library = g.library();
    g.files.add(0, library);
    return new Sources(List.copyOf(g.files));
  }

  private String library() {
    for (int i = 0; i < 2 && (i == 0 ? c.chance(40) : c.another(50)); i++) {
      handle(i);
    }
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 2 && (i == 0 ? c.chance(35) : c.another(50)); i++) {
      body.append(callback(i));
    }
    List<String> typedefs = new ArrayList<>();
    if (c.chance(25)) {
      typedefs.add("\"uLong=unsigned long\"");
      if (c.chance(30)) {
        typedefs.add(c.pick("\"myint=int\"", "\"bad\"", "\"x=y=z\"", "\"int=long\""));
      }
    }
    String tables = "";
    if (c.chance(25)) {
      table = true;
      StringBuilder codes =
          new StringBuilder("@StatusCode(name = \"ST_OK\", value = 0, success = true)");
      for (int i = 1; i <= 2 && c.another(50); i++) {
        codes
            .append(", @StatusCode(name = ")
            .append(javaString(c.usually(95) ? "ST_" + i : c.pick(Names.ODD)))
            .append(", value = ")
            .append(c.pick("-1", "1", "2147483648L", "-9"))
            .append(c.chance(30) ? ", description = " + javaString(doc()) : "")
            .append(")");
      }
      String message = c.chance(40) ? ", messageFunction = \"errmsg\"" : "";
      if (!message.isEmpty()) {
        body.append("  @CType(\"const char*\") String errmsg(int code);\n");
        methodNames.add("errmsg");
      }
      String exceptionName = c.pick("StException", "String", "Fuzz", "L_Ffm", "Bad Name");
      String exception = c.chance(25) ? ", exception = " + javaString(exceptionName) : "";
      tables =
          ", statusTables = @StatusTable(name = \"st\""
              + exception
              + message
              + ", codes = {"
              + codes
              + "})";
    }
    for (int i = 0; i < 4 && (i == 0 ? c.usually(95) : c.another(60)); i++) {
      body.append(method(i));
    }
    if (c.chance(10)) {
      body.append("  default int helper() { return 42; }\n");
    }
    if (c.chance(10)) {
      body.append("  static int constant() { return 1; }\n");
    }
    String extendsClause = "";
    if (c.chance(10)) {
      extendsClause = " extends Runnable";
    }
    if (c.chance(10)) {
      body.append("  int load();\n");
    }
    StringBuilder attrs =
        new StringBuilder("value = ")
            .append(
                javaString(
                    c.usually(97)
                        ? c.pick("c", "fuzz", "z")
                        : c.pick("", "lib fuzz", "/no/such/libx.so")));
    if (c.chance(15)) {
      attrs.append(", alternatives = {\"libfuzz.so.1\"}");
    }
    if (c.chance(15)) {
      attrs.append(", charset = ").append(javaString(c.pick(SpecGenerator.CHARSETS)));
    }
    if (!typedefs.isEmpty()) {
      attrs.append(", typedefs = {").append(String.join(", ", typedefs)).append("}");
    }
    attrs.append(tables);
    String javadoc = c.chance(25) ? javadoc("  ").substring(2) : "";
    return IMPORTS
        + javadoc
        + "@NativeLibrary("
        + attrs
        + ")\npublic interface L"
        + extendsClause
        + " {\n"
        + body
        + "}\n";
  }

  private void handle(int i) {
    String name = "H" + i;
    String cName = c.usually(90) ? "thing" + i : c.pick("", "a b", "int", "thing0");
    boolean destructor = c.chance(50);
    String opaque =
        destructor
            ? "@Opaque(value = "
                + javaString(cName)
                + ", destructor = "
                + javaString(c.usually(90) ? cName + "_free" : c.pick("", "not a name", "free"))
                + ")"
            : "@Opaque(" + javaString(cName) + ")";
    boolean owningConstructor = destructor && c.usually(90);
    files.add(
        IMPORTS
            + opaque
            + "\npublic final class "
            + name
            + " extends NativeHandle {\n"
            + "  "
            + name
            + "(MemorySegment address) { super(address); }\n"
            + (owningConstructor
                ? "  "
                    + name
                    + "(MemorySegment address, Destructor destructor) {"
                    + " super(address, destructor); }\n"
                : "")
            + "}\n");
    handles.add(name);
    handleDestructors.add(destructor);
  }

  private String callback(int i) {
    String name = "Cb" + i;
    boolean userData = c.chance(40);
    List<String> params = new ArrayList<>();
    for (int p = 0; p < 2 && c.another(50); p++) {
      params.add(
          switch (c.below(4)) {
            case 0 -> "String s" + p;
            case 1 -> "MemorySegment m" + p;
            case 2 -> scalar("v" + p);
            default -> c.pick("int", "double", "boolean", "byte") + " x" + p;
          });
    }
    if (userData) {
      params.add(c.below(params.size() + 1), "@UserData Object data");
    }
    String returns = c.pick("void", "int", "long", "double", "boolean");
    String onException =
        !returns.equals("void") && c.chance(40)
            ? "@OnException(" + javaString(onException()) + ") "
            : "";
    String method = c.usually(80) ? "invoke" : name("invoke");
    callbacks.add(name);
    callbackUserData.add(userData);
    String cName = c.usually(90) ? "cb" + i + "_fn" : c.pick("", "a b");
    return "  @Callback("
        + javaString(cName)
        + ")\n  interface "
        + name
        + " {\n    "
        + onException
        + returns
        + " "
        + method
        + "("
        + String.join(", ", params)
        + ");\n  }\n";
  }

  private String method(int i) {
    String name = name("f" + i);
    if (methodNames.contains(name)) {
      name = name + i;
    }
    methodNames.add(name);
    List<String> annotations = new ArrayList<>();
    List<String> params = new ArrayList<>();
    List<String> intParams = new ArrayList<>();
    List<String> arrays = new ArrayList<>();
    boolean callback = false;
    boolean registered = false;
    for (int p = 0; p < 3 && c.another(55); p++) {
      String pname = paramName(p, params);
      switch (c.below(9)) {
        case 1 ->
            params.add(
                maybe("@Nullable ", 20)
                    + maybe("@Encoding(" + javaString(c.pick(SpecGenerator.CHARSETS)) + ") ", 15)
                    + maybe("@WithLength ", 10)
                    + "String "
                    + pname);
        case 2 -> {
          String type = c.pick("byte[]", "int[]", "long[]", "short[]", "float[]", "double[]");
          boolean linked = c.chance(50);
          boolean nullable = c.chance(20);
          params.add(
              (nullable ? "@Nullable " : "")
                  + c.pick("", "@In ", "@Out ", "@InOut ")
                  + (linked
                      ? "@WithLength(" + javaString(c.pick("size_t", "int", "unsigned int")) + ") "
                      : "")
                  + type
                  + " "
                  + pname);
          arrays.add(pname);
        }
        case 3 -> params.add(maybe("@Nullable ", 20) + "ByteBuffer " + pname);
        case 4 -> params.add(maybe("@Nullable ", 20) + "MemorySegment " + pname);
        case 5 -> {
          if (handles.isEmpty()) {
            params.add("int " + pname);
          } else {
            int h = c.below(handles.size());
            params.add(
                c.chance(40)
                    ? (handleDestructors.get(h) && c.chance(60) ? "@Owned " : "")
                        + "Ref<"
                        + handles.get(h)
                        + "> "
                        + pname
                    : maybe("@Nullable ", 20) + handles.get(h) + " " + pname);
          }
        }
        case 6 -> {
          if (callbacks.isEmpty()) {
            params.add("double " + pname);
          } else {
            int cb = c.below(callbacks.size());
            String lifetime = c.pick("CALL", "REGISTERED");
            registered |= lifetime.equals("REGISTERED");
            params.add(
                "@Lifetime(CallbackLifetime." + lifetime + ") " + callbacks.get(cb) + " " + pname);
            if (callbackUserData.get(cb) || c.chance(10)) {
              params.add("@UserData Object ud" + p);
            }
            callback = true;
          }
        }
        case 7 -> {
          if (!arrays.isEmpty() && c.chance(70)) {
            params.add(
                "@BoundedBy("
                    + javaString(c.pick(arrays))
                    + ") "
                    + maybe("@CType(\"size_t\") ", 50)
                    + "long "
                    + pname);
          } else {
            String type = c.pick(SCALAR_CTYPES);
            params.add(
                "@CType(" + javaString(type) + ") " + SpecGenerator.javaTypeOf(type) + " " + pname);
            if (!type.equals("float") && !type.equals("double") && !type.equals("bool")) {
              intParams.add(pname);
            }
          }
        }
        default -> {
          String type = c.pick("int", "long", "short", "byte", "boolean", "float", "double");
          params.add(type + " " + pname);
          if (!type.equals("float") && !type.equals("double") && !type.equals("boolean")) {
            intParams.add(pname);
          }
        }
      }
    }
    String returns;
    String conventionFor = null;
    switch (registered && c.usually(90) ? -1 : c.below(7)) {
      case -1 -> returns = "Registration";
      case 1 -> {
        returns = c.pick("int", "long", "short", "byte");
        if (c.chance(30)) {
          String type = c.pick(SpecGenerator.INTEGERS);
          returns = SpecGenerator.javaTypeOf(type);
          annotations.add("@CType(" + javaString(type) + ")");
        }
        conventionFor = "int";
      }
      case 2 -> {
        returns = "String";
        if (c.chance(40)) {
          String free = c.usually(85) ? c.pick("free", "my_free") : c.pick("not a name", "", "x@V");
          annotations.add("@Owned(free = " + javaString(free) + ")");
        }
        if (c.chance(20)) {
          annotations.add("@Encoding(" + javaString(c.pick(SpecGenerator.CHARSETS)) + ")");
        }
        conventionFor = "pointer";
      }
      case 3 -> {
        if (handles.isEmpty()) {
          returns = "MemorySegment";
        } else {
          int h = c.below(handles.size());
          returns = handles.get(h);
          if (handleDestructors.get(h) && c.chance(50)) {
            annotations.add("@Owned");
          }
        }
        conventionFor = "pointer";
      }
      case 4 -> {
        returns = "NativeBuffer";
        if (!intParams.isEmpty() && c.chance(50)) {
          annotations.add("@ReturnSize(" + javaString(c.pick(intParams)) + ")");
        } else if (c.usually(90)) {
          annotations.add(
              "@ReturnSize(value = \"outLen\", out = "
                  + javaString(c.pick("size_t*", "uint32_t*", "int"))
                  + ")");
        }
        if (c.chance(40)) {
          annotations.add("@Owned(free = \"free\")");
        }
        conventionFor = "pointer";
      }
      case 5 -> {
        returns = callback && c.chance(50) ? "Registration" : c.pick("double", "boolean", "float");
      }
      case 6 -> {
        returns = "MemorySegment";
        conventionFor = "pointer";
      }
      default -> returns = "void";
    }
    if (conventionFor != null && c.chance(40)) {
      String convention =
          conventionFor.equals("int")
              ? c.pick("MINUS_ONE_ERRNO", "NEGATIVE_ERRNO", "NONZERO", "STATUS", "NONE")
              : c.pick("NULL_ERRNO", "NONE");
      if (convention.equals("STATUS")) {
        annotations.add(
            "@Errors(value = ErrorConvention.STATUS, table = "
                + javaString(table && c.usually(90) ? "st" : "nope")
                + ")");
      } else {
        annotations.add("@Errors(ErrorConvention." + convention + ")");
        if (convention.endsWith("ERRNO") && c.chance(40)) {
          annotations.add("@RetryOnEintr");
        }
      }
    }
    if (c.chance(20)) {
      annotations.add(
          "@Symbol("
              + javaString(
                  c.usually(85) ? c.pick("c_" + name, "f@VER_1") : c.pick("x y", "", "@", "f@"))
              + ")");
    }
    if (c.chance(10) && !callback) {
      annotations.add("@Critical");
    }
    String hasMethod = "";
    if (c.chance(12)) {
      annotations.add("@OptionalSymbol");
      if (c.chance(50)) {
        hasMethod =
            "  default boolean has"
                + Character.toUpperCase(name.charAt(0))
                + name.substring(1)
                + "() { return false; }\n";
      }
    }
    String javadoc = c.chance(25) ? javadoc("  ") : "";
    if (c.chance(4)) {
      javadoc = "  /** @deprecated old. */\n";
      annotations.add(0, c.usually(80) ? "@Deprecated" : "@Deprecated(forRemoval = true)");
    }
    return javadoc
        + "  "
        + String.join(" ", annotations)
        + (annotations.isEmpty() ? "" : " ")
        + returns
        + " "
        + name
        + "("
        + String.join(", ", params)
        + ");\n"
        + hasMethod;
  }

  /** A valid Java method name: usually plain, sometimes awkward. */
  private String name(String plain) {
    counter++;
    if (c.usually(95)) {
      return plain;
    }
    String name =
        switch (c.below(4)) {
          case 0 -> c.pick("var", "record", "yield", "sealed", "permits", "when", "module", "open");
          case 1 -> c.pick(Names.GENERATED_MEMBERS);
          case 2 -> c.pick("caf\u00e9", "\u00f1", "\u53d8\u91cf", "a$b", "A", "\u00df", "_x");
          default -> Names.longName(c.usually(80) ? 300 : 70_000);
        };
    if (name.equals("yield")) {
      return plain; // not a valid method name in an invocation: the input would not be Java
    }
    return name;
  }

  /** A scalar parameter with an explicit C type and the Java type that carries it. */
  private String scalar(String name) {
    String type = c.pick(SCALAR_CTYPES);
    return "@CType(" + javaString(type) + ") " + SpecGenerator.javaTypeOf(type) + " " + name;
  }

  private String onException() {
    String value = c.pick("-1", "0", "false", "x", "1e400", "-1e400", "NaN", "0.5");
    return value;
  }

  /** A parameter name: usually p0, p1, ...; sometimes one that could shadow a type. */
  private String paramName(int p, List<String> params) {
    if (c.usually(95)) {
      return "p" + p;
    }
    String name = c.pick(Names.SHADOWING);
    if (params.stream().anyMatch(d -> d.endsWith(" " + name))) {
      return "p" + p;
    }
    return name;
  }

  private String maybe(String text, int percent) {
    return c.chance(percent) ? text : "";
  }

  private String doc() {
    return c.chance(60) ? "A doc." : c.pick(Names.ODD_DOCS);
  }

  /** Javadoc text that is still valid Java: no comment end, no unicode escape. */
  private String javadoc(String indent) {
    String text =
        doc()
            .replace("*/", "* /")
            .replace("\\u", "\\ u")
            .replace("\u0000", "")
            .replace("@deprecated", "deprecated"); // the user's own code would warn
    StringBuilder out = new StringBuilder(indent).append("/**\n");
    for (String line : text.split("\n", -1)) {
      out.append(indent).append(" * ").append(line).append('\n');
    }
    return out.append(indent).append(" */\n").toString();
  }

  /** A Java string literal. */
  static String javaString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20 || ch == '\u2028' || ch == '\u2029' || ch > 0x7e) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}

package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.frontend.yaml.SchemaParts.Key;
import dev.ffmbind.processor.frontend.yaml.SchemaParts.Kind;
import dev.ffmbind.processor.frontend.yaml.SchemaParts.Section;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.ErrorModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.JavaType.Primitive;
import dev.ffmbind.processor.model.LifetimeModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabulary of a binding spec: every section (a kind of YAML map), its keys, what each key's
 * value must be, and the words an enumerated value may take. The section readers read through it
 * ({@link Fields} refuses a key that is not declared here, or read as another kind), so the reader
 * and this table cannot drift apart; tools that describe the format to editors (a JSON Schema)
 * enumerate it with {@link #sections()}. docs/dsl.md documents the same keys.
 */
public final class YamlSchema {

  private YamlSchema() {}

  // --- vocabularies, from the model's enums ---------------------------------------------------

  /** {@code direction:} words. */
  static final Map<String, Direction> DIRECTIONS =
      byYamlName(Direction.values(), d -> d.name().toLowerCase(Locale.ROOT));

  /** {@code lifetime:} words. */
  static final Map<String, LifetimeModel> LIFETIMES =
      byYamlName(LifetimeModel.values(), LifetimeModel::yamlName);

  /** {@code ownership:} words, mapped to whether the value is owned. */
  static final Map<String, Boolean> OWNERSHIPS =
      byYamlName(new Boolean[] {false, true}, owned -> owned ? "owned" : "borrowed");

  /** {@code size:} words of a parameter: the one way to say an array's size is not stated. */
  static final Map<String, Boolean> PARAM_SIZES =
      byYamlName(new Boolean[] {true}, unchecked -> "unchecked");

  /**
   * {@code errors:} words: every convention but {@code status} and {@code predicate}, which are
   * written as maps.
   */
  static final Map<String, ErrorModel.Kind> ERROR_KINDS =
      byYamlName(
          java.util.Arrays.stream(ErrorModel.Kind.values())
              .filter(k -> k != ErrorModel.Kind.STATUS && k != ErrorModel.Kind.PREDICATE)
              .toArray(ErrorModel.Kind[]::new),
          ErrorModel.Kind::yamlName);

  /** {@code isolation:} words, mapped to whether {@code load(Isolation)} is generated. */
  static final Map<String, Boolean> ISOLATIONS =
      byYamlName(new Boolean[] {true, false}, allowed -> allowed ? "allowed" : "none");

  /** The {@code java_type} spellings, in the order the docs list them. */
  static final Map<String, JavaType> JAVA_TYPES = javaTypes();

  private static <T> Map<String, T> byYamlName(
      T[] values, java.util.function.Function<T, String> yamlName) {
    Map<String, T> m = new LinkedHashMap<>();
    for (T v : values) {
      m.put(yamlName.apply(v), v);
    }
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, JavaType> javaTypes() {
    Map<String, JavaType> m = new LinkedHashMap<>();
    for (Primitive p : Primitive.values()) {
      m.put(p.keyword(), new JavaType.Scalar(p));
    }
    m.put("String", new JavaType.Str());
    for (Primitive p :
        List.of(
            Primitive.BYTE,
            Primitive.SHORT,
            Primitive.INT,
            Primitive.LONG,
            Primitive.FLOAT,
            Primitive.DOUBLE)) {
      m.put(p.keyword() + "[]", new JavaType.PrimitiveArray(p));
    }
    m.put("ByteBuffer", new JavaType.Buffer());
    m.put("MemorySegment", new JavaType.Segment());
    m.put("String[]", new JavaType.StringArray());
    m.put("Ref<String>", new JavaType.StringRef());
    m.put("Ref<Long>", new JavaType.PositionRef());
    return Collections.unmodifiableMap(m);
  }

  // --- the sections, leaves first -------------------------------------------------------------

  static final Section OPAQUE_TYPE =
      new Section(
          "opaque_type",
          "A C struct Java only holds pointers to, carried by a generated handle class.",
          List.of(
              required("c_name", Kind.STRING, "The C name, without '*'."),
              optional(
                  "java_name",
                  Kind.STRING,
                  "The handle class's simple name (default: UpperCamelCase of c_name)."),
              optional(
                  "destructor",
                  Kind.STRING,
                  "The C function that frees a c_name*; owned handles call it once when closed."),
              optional("doc", Kind.STRING, "Javadoc of the handle class.")));

  static final Section CONSTANT =
      new Section(
          "constant",
          "A named constant of the library, bound as a public static final field.",
          List.of(
              required("name", Kind.STRING, "The C name, which is also the field's name."),
              optional(
                  "type",
                  Kind.C_TYPE,
                  "Its C type (default: int or long for an integer, double for a floating"
                      + " number, a String for a string)."),
              required("value", Kind.CONSTANT, "The value: an integer, a number or a string."),
              optional("doc", Kind.STRING, "Javadoc of the field.")));

  static final Section ENUM_VALUE =
      new Section(
          "enum_value",
          "One value of an enum.",
          List.of(
              required("name", Kind.STRING, "The C name, which is also the Java constant's name."),
              required("value", Kind.INTEGER, "The numeric value."),
              optional("doc", Kind.STRING, "Javadoc of the constant.")));

  static final Section ENUM =
      new Section(
          "enum",
          "A C enum, bound as a generated class that keeps values the spec does not list.",
          List.of(
              required("c_name", Kind.STRING, "The C type name parameters and returns use."),
              optional(
                  "java_name",
                  Kind.STRING,
                  "The generated class's simple name (default: UpperCamelCase of c_name)."),
              optional(
                  "type", Kind.C_TYPE, "int", "The C integer type values travel as (int or long)."),
              list("values", ENUM_VALUE, "The values, in order."),
              optional("doc", Kind.STRING, "Javadoc of the generated class.")));

  static final Section STRUCT_FIELD =
      new Section(
          "struct_field",
          "One field of a struct or union, in C order.",
          List.of(
              required(
                  "name", Kind.STRING, "The C name; the Java component is its lowerCamelCase."),
              required(
                  "type",
                  Kind.C_TYPE,
                  "The C type: a scalar, typedef or enum, T[N], a struct or union by value, or a"
                      + " pointer."),
              word(
                  "java_type",
                  JAVA_TYPES,
                  "How Java carries it: byte[] instead of String for a char[N] field."),
              optional("doc", Kind.STRING, "Javadoc of the component.")));

  static final Section STRUCT =
      new Section(
          "struct",
          "A C struct (or, under unions:, a union) bound as a generated value type.",
          List.of(
              required(
                  "c_name",
                  Kind.STRING,
                  "The C tag or typedef name; 'struct c_name' and 'c_name' both denote it."),
              optional(
                  "java_name",
                  Kind.STRING,
                  "The generated type's simple name (default: UpperCamelCase of c_name)."),
              list("fields", STRUCT_FIELD, "The fields, in C order (at least one)."),
              optional("doc", Kind.STRING, "Javadoc of the generated type."),
              optional(
                  "resident",
                  Kind.BOOLEAN,
                  "false",
                  "Also generate a view over native memory (NameView): T* parameters and results"
                      + " pass it without copying, for structs C keeps a pointer to.")));

  static final Section STATUS_CODE =
      new Section(
          "status_code",
          "One value of a status table.",
          List.of(
              required("name", Kind.STRING, "The C name."),
              required("value", Kind.INTEGER, "The numeric value."),
              optional(
                  "success", Kind.BOOLEAN, "false", "Whether this value means the call succeeded."),
              optional("doc", Kind.STRING, "What it means; used in exception messages.")));

  static final Section STATUS_TABLE =
      new Section(
          "status_table",
          "The status codes a library returns, and the exception that reports the failures.",
          List.of(
              required("name", Kind.STRING, "What functions refer to with errors: {status: name}."),
              optional(
                  "exception",
                  Kind.STRING,
                  "The generated exception class (default: UpperCamelCase of name + Exception)."),
              optional(
                  "message_function",
                  Kind.STRING,
                  "A function of this spec that describes a failure."),
              list("codes", STATUS_CODE, "The codes; at least one must be a success.")));

  static final Section CALLBACK_PARAM =
      new Section(
          "callback_param",
          "A parameter of a callback type, as C passes it to Java.",
          List.of(
              required("name", Kind.STRING, "The parameter name."),
              required("type", Kind.C_TYPE, "The C type."),
              optional(
                  "user_data",
                  Kind.BOOLEAN,
                  "false",
                  "A void* carrying the Java object given with the callback."),
              optional(
                  "length_from",
                  Kind.STRING,
                  "On a char**: the parameter holding the number of strings (a String[])."),
              optional("charset", Kind.STRING, "The charset of a string parameter."),
              optional(
                  "user_data_from",
                  Kind.STRING,
                  "On a pointer: the C function (declared under functions) that returns the"
                      + " user data given this pointer, e.g. sqlite3_user_data.")));

  static final Section CALLBACK =
      new Section(
          "callback",
          "A C function-pointer type, generated as a Java functional interface.",
          List.of(
              required("name", Kind.STRING, "The C type name."),
              optional(
                  "java_name",
                  Kind.STRING,
                  "The interface's simple name (default: UpperCamelCase of name)."),
              optional("method", Kind.STRING, "invoke", "The interface's method."),
              list("params", CALLBACK_PARAM, "The parameters, in C order."),
              optional("returns", Kind.C_TYPE, "void", "The C return type."),
              optional(
                  "on_exception", Kind.SCALAR, "The value C receives when the Java code throws."),
              optional(
                  "on_exception_call",
                  Kind.STRING,
                  "A C call the stub makes when the Java code throws, e.g."
                      + " sqlite3_result_error_code(ctx, 1): a declared void function; arguments"
                      + " are callback parameters or integers."),
              optional("doc", Kind.STRING, "Javadoc of the interface.")));

  static final Section PARAM =
      new Section(
          "param",
          "A parameter of a function, in C order.",
          List.of(
              required("name", Kind.STRING, "The parameter name (Java and C)."),
              required("type", Kind.C_TYPE, "The C type, as C writes it."),
              word("direction", DIRECTIONS, "Which way data behind a pointer is copied."),
              word("java_type", JAVA_TYPES, "How Java carries it (default: the C type's default)."),
              optional("nullable", Kind.BOOLEAN, "false", "Whether Java null is accepted."),
              optional(
                  "length_of",
                  Kind.STRING,
                  "This is the length of that parameter, which Java passes alone."),
              optional(
                  "bounds",
                  Kind.STRING,
                  "This length is checked against that parameter's length before the call."),
              optional(
                  "element_size_of",
                  Kind.STRING,
                  "This is the size in bytes of one element of that array, which Java passes alone."),
              optional("charset", Kind.STRING, "The charset of a string parameter."),
              word("lifetime", LIFETIMES, "For a callback: how long C may call it."),
              optional(
                  "handle",
                  Kind.STRING,
                  "For lifetime handle, or user data set on a handle: the handle parameter."),
              optional(
                  "slot",
                  Kind.STRING,
                  "For user data set on a handle: which of its user-data values this sets."),
              optional(
                  "user_data",
                  Kind.BOOLEAN,
                  "false",
                  "A void* context carrying a Java object to the function's callback."),
              word(
                  "ownership",
                  OWNERSHIPS,
                  "On a handle out-parameter: owned handles free themselves when closed."),
              word(
                  "size",
                  PARAM_SIZES,
                  "unchecked: an array C may write has no length or bound,"
                      + " and the caller accepts that C may write past it."),
              optional(
                  "variadic",
                  Kind.BOOLEAN,
                  "false",
                  "The first variadic argument (after C's ...): it and the rest are variadic."),
              optional(
                  "free",
                  Kind.STRING,
                  "free",
                  "The C function that frees an owned out-string (only with ownership: owned)."),
              optional(
                  "points_into",
                  Kind.STRING,
                  "On a char** out-pointer: the copied argument it points into (a Ref<Long>"
                      + " receives its position there).")));

  static final Section RETURN =
      new Section(
          "return",
          "A return value that needs more than its C type.",
          List.of(
              required("type", Kind.C_TYPE, "The C return type."),
              word("ownership", OWNERSHIPS, "owned: the caller must free the memory."),
              optional(
                  "free",
                  Kind.STRING,
                  "free",
                  "The C function that frees an owned value (only with ownership: owned)."),
              optional("charset", Kind.STRING, "The charset of a returned string."),
              word("java_type", JAVA_TYPES, "How Java returns it (default: the C type's default)."),
              optional(
                  "size",
                  Kind.STRING,
                  "The parameter that holds, or receives, the size in bytes of what is returned."),
              optional(
                  "points_into",
                  Kind.STRING,
                  "For a returned pointer: the copied argument it points into (its position is"
                      + " returned instead), or none.")));

  static final Section ERRORS =
      new Section(
          "errors",
          "A function whose result is a status code of a table, or is judged by a predicate.",
          List.of(
              optional("status", Kind.STRING, "The status table."),
              optional(
                  "predicate",
                  Kind.STRING,
                  "Instead of status: a function of this spec that takes the result and returns"
                      + " non-zero when it means failure."),
              optional(
                  "message_function",
                  Kind.STRING,
                  "With predicate: a function of this spec that takes the result and returns a"
                      + " string describing the failure.")),
          List.of("status", "predicate"));

  static final Section FUNCTION =
      new Section(
          "function",
          "A C function, bound as a Java method.",
          List.of(
              required("name", Kind.STRING, "The Java method name."),
              optional(
                  "c_symbol",
                  Kind.STRING,
                  "The C symbol (default: name); name@VERSION binds" + " that version."),
              optional("doc", Kind.STRING, "Javadoc of the method."),
              list("params", PARAM, "The parameters, in C order."),
              new Key(
                  "returns",
                  false,
                  Kind.C_TYPE_OR_MAP,
                  List.of(),
                  Optional.of(RETURN),
                  Optional.of("void"),
                  "The C return type, or a map when more is needed."),
              new Key(
                  "errors",
                  false,
                  Kind.WORD_OR_MAP,
                  List.copyOf(ERROR_KINDS.keySet()),
                  Optional.of(ERRORS),
                  Optional.of(ErrorModel.Kind.NONE.yamlName()),
                  "How the function reports failure."),
              optional(
                  "retry_eintr",
                  Kind.BOOLEAN,
                  "false",
                  "Repeat the call while it fails with EINTR."),
              optional(
                  "critical",
                  Kind.BOOLEAN,
                  "false",
                  "The call is short and never calls back: link it as critical."),
              optional("optional", Kind.BOOLEAN, "false", "The library may lack the symbol."),
              optional(
                  "blocking",
                  Kind.BOOLEAN,
                  "false",
                  "The call may block: from a virtual thread, run it on a platform thread.")));

  static final Section SPEC =
      new Section(
          "spec",
          "A binding spec: one C library, bound as one Java class.",
          List.of(
              required("library", Kind.STRING, "The library to load: a name, a path, or c."),
              optional(
                  "alternatives", Kind.STRING_LIST, "Further names or paths to try, in order."),
              required("package", Kind.STRING, "The Java package of the generated class."),
              required("class", Kind.STRING, "The simple name of the generated class."),
              optional("charset", Kind.STRING, "UTF-8", "The default charset of strings."),
              optional("doc", Kind.STRING, "Javadoc of the generated class."),
              optional("typedefs", Kind.C_TYPE_MAP, "Library-specific type names: name to C type."),
              list("constants", CONSTANT, "Named constants (#define, const) of the library."),
              list("enums", ENUM, "C enums, each a generated class."),
              list("opaque_types", OPAQUE_TYPE, "C structs only ever used through pointers."),
              list("structs", STRUCT, "C structs whose fields Java reads and writes."),
              list("unions", STRUCT, "C unions, declared as structs are."),
              list("status_tables", STATUS_TABLE, "The status codes of the library."),
              list("callbacks", CALLBACK, "C function-pointer types."),
              list("functions", FUNCTION, "The functions to bind."),
              word(
                  "isolation",
                  ISOLATIONS,
                  "allowed: also generate load(Isolation), to run the library in a helper"
                      + " process."),
              optional(
                  "headers",
                  Kind.STRING_LIST,
                  "The C headers that declare the library, as #include names them; the ABI check"
                      + " compiles the spec against them."),
              optional(
                  "header_include_dirs",
                  Kind.STRING_LIST,
                  "Directories searched for the headers (-I), relative to the spec's directory."),
              optional(
                  "header_defines",
                  Kind.STRING_LIST,
                  "Macros defined before the headers are included: NAME or NAME=VALUE (-D)."),
              optional(
                  "from_header",
                  Kind.STRING_LIST,
                  "Typedefs, structs, unions, enums, opaque types and constants to take from the"
                      + " headers by name instead of writing them out (needs clang).")));

  private static final List<Section> SECTIONS =
      List.of(
          SPEC,
          CONSTANT,
          ENUM,
          ENUM_VALUE,
          OPAQUE_TYPE,
          STATUS_TABLE,
          STATUS_CODE,
          CALLBACK,
          CALLBACK_PARAM,
          FUNCTION,
          PARAM,
          RETURN,
          ERRORS,
          STRUCT,
          STRUCT_FIELD);

  /** Every section, the root ({@link #SPEC}) first. */
  public static List<Section> sections() {
    return SECTIONS;
  }

  private static Key required(String name, Kind kind, String doc) {
    return new Key(name, true, kind, List.of(), Optional.empty(), Optional.empty(), doc);
  }

  private static Key optional(String name, Kind kind, String doc) {
    return new Key(name, false, kind, List.of(), Optional.empty(), Optional.empty(), doc);
  }

  private static Key optional(String name, Kind kind, String defaultValue, String doc) {
    return new Key(name, false, kind, List.of(), Optional.empty(), Optional.of(defaultValue), doc);
  }

  private static Key word(String name, Map<String, ?> words, String doc) {
    return new Key(
        name,
        false,
        Kind.WORD,
        List.copyOf(words.keySet()),
        Optional.empty(),
        Optional.empty(),
        doc);
  }

  private static Key list(String name, Section of, String doc) {
    return new Key(name, false, Kind.LIST, List.of(), Optional.of(of), Optional.empty(), doc);
  }
}

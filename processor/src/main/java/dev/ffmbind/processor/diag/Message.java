package dev.ffmbind.processor.diag;

import javax.tools.Diagnostic.Kind;

/**
 * Every user-facing message of the processor and CLI, with a stable id. Tests assert the rendered
 * text, so a wording change shows up in review. Grammar: the subject, then the rule, then (where
 * possible) what to do instead.
 */
public enum Message {
  // --- processor -----------------------------------------------------------------------------
  INTERNAL_ERROR(
      "ffmbind.internal",
      "ffmbind failed unexpectedly while processing %s; please report this: %s"),

  // --- YAML front end -----------------------------------------------------------------------
  SPEC_NOT_FOUND(
      "ffmbind.spec.not-found",
      "binding spec '%s' was not found on the source path or the class path (looked for it next to %s and as a resource)"),
  SPEC_UNREADABLE("ffmbind.spec.unreadable", "binding spec '%s' could not be read: %s"),
  YAML_SYNTAX("ffmbind.yaml.syntax", "malformed YAML: %s"),
  YAML_DUPLICATE_KEY("ffmbind.yaml.duplicate-key", "key '%s' appears twice in %s"),
  YAML_UNKNOWN_KEY("ffmbind.yaml.unknown-key", "unknown key '%s' in %s%s"),
  YAML_MISSING_KEY("ffmbind.yaml.missing-key", "%s is missing the required key '%s'"),
  YAML_WRONG_TYPE("ffmbind.yaml.wrong-type", "'%s' must be %s, but is %s"),
  YAML_BAD_VALUE("ffmbind.yaml.bad-value", "'%s' must be one of %s, but is '%s'%s"),
  YAML_EMPTY(
      "ffmbind.yaml.empty",
      "the binding spec is empty; it must be a map with at least the keys 'library', 'package' and 'class'"),
  YAML_ROOT_NOT_MAP(
      "ffmbind.yaml.root-not-map",
      "the binding spec must be a map with the keys 'library', 'package', 'class' and 'functions', but it is %s%s"),
  YAML_MULTIPLE_DOCUMENTS(
      "ffmbind.yaml.multiple-documents",
      "a binding spec is a single YAML document, but a second one starts here; remove the '---' before it or move it to its own spec file"),
  YAML_ALIAS(
      "ffmbind.yaml.alias",
      "YAML aliases ('*%s') are not supported in binding specs; write the value out"),
  YAML_ERRORS_MAP(
      "ffmbind.yaml.errors-map",
      "the errors of %s: write either {status: <table>} or {predicate: <function>}, the latter"
          + " with an optional message_function"),
  YAML_FREE_NOT_OWNED(
      "ffmbind.yaml.free-not-owned",
      "'free' only applies to %s; add 'ownership: owned' or remove 'free'"),

  // --- annotation front end -----------------------------------------------------------------
  ANNOTATION_NOT_INTERFACE(
      "ffmbind.annotation.not-interface",
      "@NativeLibrary may only annotate an interface; make %s an interface"),
  ANNOTATION_CALLBACK_ONLY(
      "ffmbind.annotation.callback-only",
      "@%s only applies to %s of a @Callback interface; '%s' is a function of the library"),
  ANNOTATION_GENERIC_INTERFACE(
      "ffmbind.annotation.generic-interface",
      "@NativeLibrary interfaces may not have type parameters"),
  ANNOTATION_PRIVATE_INTERFACE(
      "ffmbind.annotation.private-interface",
      "@NativeLibrary interfaces must be accessible from their package; %s is private"),
  METHOD_GENERIC("ffmbind.method.generic", "native methods may not have type parameters"),
  METHOD_THROWS_CHECKED(
      "ffmbind.method.throws-checked",
      "native methods may only declare unchecked exceptions; ffmbind reports failures with NativeException subclasses"),
  METHOD_VARARGS(
      "ffmbind.method.varargs",
      "native methods may not be varargs; variadic C functions are not supported yet"),
  METHOD_UNSUPPORTED_JAVA_TYPE(
      "ffmbind.method.java-type",
      "%s has Java type %s, which ffmbind cannot pass to C; use a primitive, String, a primitive array, ByteBuffer, MemorySegment, a handle class or Ref<handle class>"),
  METHOD_JAVA_ENUM(
      "ffmbind.method.java-enum",
      "%s has the Java enum type %s, which cannot hold a value C returns that it does not declare;"
          + " declare the C enum as a Java enum annotated @CEnum nested in the interface and use"
          + " the class generated from it (docs/annotations.md), or pass the value as int"),
  HANDLE_CLASS_NOT_OPAQUE(
      "ffmbind.handle.not-annotated",
      "handle class %s must be annotated @Opaque(\"c_type_name\") to say which C type it points to"),
  HANDLE_CLASS_SHAPE(
      "ffmbind.handle.shape",
      "handle class %s must extend dev.ffmbind.NativeHandle and have a non-private constructor taking a MemorySegment"),
  HANDLE_CLASS_DESTRUCTOR_CONSTRUCTOR(
      "ffmbind.handle.owning-constructor",
      "handle class %s declares destructor '%s', so it needs a non-private constructor (MemorySegment, NativeHandle.Destructor) that passes both to super; ffmbind uses it for owned handles"),
  CALLBACK_NOT_ANNOTATED(
      "ffmbind.callback.not-annotated",
      "interface %s is not a callback type; annotate it @Callback to pass it to C as a function pointer"),
  CALLBACK_SHAPE(
      "ffmbind.callback.shape",
      "callback interface %s must have exactly one abstract method, and no type parameters or superinterfaces"),
  RETURN_SIZE_POSITION(
      "ffmbind.size.position",
      "@ReturnSize position %d is out of range: the hidden out-parameter goes between 0 and %d, or -1 for last"),
  CALLBACK_REGISTRATION_RETURN(
      "ffmbind.callback.registration-return",
      "%s: a method that takes a registered callback must return dev.ffmbind.Registration, and only such a method may"),
  INHERITED_NATIVE_METHOD(
      "ffmbind.method.inherited",
      "abstract method %s is inherited from %s; ffmbind binds only the methods a @NativeLibrary interface declares itself: redeclare it in %s (with its annotations) to bind it, or give it a default body"),
  DEFAULT_METHOD_RESERVED(
      "ffmbind.method.reserved-default",
      "%s method '%s' clashes with %s of the generated class; rename it"),
  DIRECTION_ANNOTATIONS_CONFLICT(
      "ffmbind.direction.conflict",
      "parameter '%s' has %s; give it one direction: @In (C reads), @Out (C writes) or @InOut (both)"),
  USER_DATA_NOT_OBJECT(
      "ffmbind.user-data.not-object",
      "parameter '%s' is @UserData, so its Java type must be Object (C sees a void* handle), not %s"),

  // --- C types (shared) ---------------------------------------------------------------------
  C_TYPE_SYNTAX(
      "ffmbind.type.syntax",
      "'%s' is not a C type ffmbind understands; write it as C does, e.g. 'const char*', 'uint8_t*', 'size_t', 'sqlite3**'"),
  C_TYPE_ARRAY("ffmbind.type.array", "'%s' is not a fixed-size array ffmbind accepts: %s"),
  C_TYPE_ARRAY_RETURN(
      "ffmbind.type.array-return",
      "%s: C cannot return an array ('%s'); return a pointer to its first element instead"),
  C_TYPE_UNKNOWN(
      "ffmbind.type.unknown",
      "unknown C type '%s'; declare it under opaque_types (a struct only used through pointers) or typedefs%s",
      "unknown C type '%s'; declare it with @Opaque on a handle class (a struct only used through pointers) or in @NativeLibrary(typedefs = ...)%s"),
  C_TYPE_TYPEDEF_CYCLE("ffmbind.type.typedef-cycle", "typedef '%s' refers to itself"),
  C_TYPE_NAME(
      "ffmbind.type.name",
      "@%s on %s: '%s' is not a C type name; write the name C declares it with, an identifier such as sqlite3 or compare_fn"),
  C_TYPE_UNSUPPORTED("ffmbind.type.unsupported", "%s: C type '%s' is not supported yet%s"),
  C_TYPE_BY_VALUE_STRUCT(
      "ffmbind.type.struct-by-value",
      "%s: opaque type '%s' can only be used through a pointer ('%s*')"),

  // --- validation (one place for both front ends) --------------------------------------------
  JAVA_TYPE_MISMATCH(
      "ffmbind.type.mismatch", "%s: C type '%s' cannot be carried by Java %s; use %s"),
  DUPLICATE_FUNCTION("ffmbind.function.duplicate", "function '%s' is declared twice"),
  VARIADIC_TWICE(
      "ffmbind.variadic.twice",
      "%s: parameter '%s' is marked variadic, but '%s' before it already is; mark only the first variadic argument (every parameter after it is variadic too)"),
  VARIADIC_NOT_PROMOTED(
      "ffmbind.variadic.not-promoted",
      "%s: variadic parameter '%s' has C type '%s', which C promotes to '%s' when it passes through '...'; declare it as '%s'"),
  DUPLICATE_PARAMETER("ffmbind.param.duplicate", "%s: parameter '%s' is declared twice"),
  INVALID_JAVA_NAME("ffmbind.name.invalid", "'%s' is not a valid Java %s"),
  DUPLICATE_OPAQUE("ffmbind.opaque.duplicate", "opaque type '%s' is declared twice"),
  DUPLICATE_STATUS_TABLE("ffmbind.status.duplicate-table", "status table '%s' is declared twice"),
  DUPLICATE_STATUS_CODE("ffmbind.status.duplicate-code", "status table '%s' declares '%s' twice"),
  STATUS_TABLE_NO_SUCCESS(
      "ffmbind.status.no-success",
      "status table '%s' declares no success code; mark at least one code 'success: true'"),
  UNKNOWN_STATUS_TABLE("ffmbind.status.unknown", "%s: unknown status table '%s'%s"),
  MESSAGE_FUNCTION_UNKNOWN(
      "ffmbind.status.message-function",
      "status table '%s': message function '%s' is not a function of this binding%s"),
  MESSAGE_FUNCTION_SHAPE(
      "ffmbind.status.message-function-shape",
      "status table '%s': message function '%s' must take one int status code or one handle and return a string"),
  ERRORS_NEED_INTEGER(
      "ffmbind.errors.integer-return",
      "%s: error convention '%s' needs an integer return type, but the function returns '%s'"),
  ERRORS_NEED_POINTER(
      "ffmbind.errors.pointer-return",
      "%s: error convention 'null-errno' needs a pointer return type, but the function returns '%s'"),
  PREDICATE_UNKNOWN(
      "ffmbind.errors.predicate-unknown", "%s: %s '%s' is not a function of this binding%s"),
  PREDICATE_SHAPE(
      "ffmbind.errors.predicate-shape",
      "%s: %s '%s' must take one parameter of the result's C type '%s', return %s and have no"
          + " error convention of its own"),
  RETRY_WITHOUT_ERRNO(
      "ffmbind.errors.retry-without-errno",
      "%s: retry on EINTR needs an errno convention (minus-one-errno, null-errno or negative-errno)"),
  LENGTH_TARGET_UNKNOWN(
      "ffmbind.length.unknown",
      "%s: parameter '%s' is the length of '%s', which is not a parameter%s"),
  LENGTH_TARGET_NOT_ARRAY(
      "ffmbind.length.not-array",
      "%s: parameter '%s' is the length of '%s', which is not an array or buffer"),
  LENGTH_NOT_INTEGER(
      "ffmbind.length.not-integer",
      "%s: length parameter '%s' must have an integer C type, not '%s'"),
  LENGTH_TWICE("ffmbind.length.twice", "%s: array '%s' has more than one length parameter"),
  LENGTH_AND_BOUNDS(
      "ffmbind.length.both", "%s: parameter '%s' cannot be both length_of and bounds"),
  DIRECTION_ON_SCALAR(
      "ffmbind.direction.scalar",
      "%s: parameter '%s' is passed by value; a direction only applies to pointers"),
  DIRECTION_INTO_CONST(
      "ffmbind.direction.const",
      "%s: parameter '%s' points to const data, so C cannot write it; remove direction '%s'"),
  DIRECTION_STRING_OUT(
      "ffmbind.direction.string-out",
      "%s: String parameter '%s' can only be an input; use byte[] for a buffer C writes"),
  OWNERSHIP_NOT_POINTER(
      "ffmbind.ownership.not-pointer",
      "%s: only pointer return values can be owned; '%s' is not a pointer"),
  OWNERSHIP_NEEDS_FREE(
      "ffmbind.ownership.free-missing",
      "%s: an owned return value needs the C function that frees it, e.g. 'free' or 'sqlite3_free'"),
  OWNERSHIP_UNSUPPORTED(
      "ffmbind.ownership.unsupported",
      "%s: only String, NativeBuffer and handle return values can be owned; '%s' maps to %s"),
  BUFFER_NO_SIZE(
      "ffmbind.buffer.no-size",
      "%s: a NativeBuffer return value needs its size in bytes: name an integer parameter or a size_t* out-parameter (YAML 'size:', @ReturnSize)"),
  SIZE_UNKNOWN(
      "ffmbind.size.unknown",
      "%s: the size of the return value is '%s', which is not a parameter%s"),
  SIZE_NOT_INTEGER(
      "ffmbind.size.not-integer",
      "%s: the size of the return value, parameter '%s', must be an integer ('size_t n') or a pointer C writes it to ('size_t* out_len'), not '%s'"),
  SIZE_UNSUPPORTED(
      "ffmbind.size.unsupported",
      "%s: only a NativeBuffer or String return value has a size; this one maps to %s"),
  SIZE_PARAM_LINKED(
      "ffmbind.size.linked",
      "%s: parameter '%s' gives the size of the return value, so it cannot also be length_of, bounds or nullable"),
  OWNERSHIP_NO_DESTRUCTOR(
      "ffmbind.ownership.no-destructor",
      "%s: %s is an owned handle, but opaque type '%s' declares no destructor to free it; give the type a destructor (YAML 'destructor:', @Opaque(destructor = ...)) or remove the ownership"),
  OWNERSHIP_HANDLE_FREE(
      "ffmbind.ownership.handle-free",
      "%s: an owned handle is freed by its type's destructor, not by '%s'; remove free"),
  OWNERSHIP_PARAM(
      "ffmbind.ownership.param",
      "%s: parameter '%s' cannot be owned: only a handle out-parameter (T**, Ref<Handle>) receives an owned pointer, and an out-string (char**, Ref<String>) one freed by 'free'"),
  DESTRUCTOR_NAME(
      "ffmbind.opaque.destructor-name",
      "opaque type '%s': destructor '%s' is not a C function name"),
  DESTRUCTOR_SHAPE(
      "ffmbind.opaque.destructor-shape",
      "opaque type '%s': destructor '%s' is declared as function '%s', so it must take exactly one parameter, a '%s*', and return void or an integer checked by an error convention"),
  DESTRUCTOR_OPTIONAL(
      "ffmbind.opaque.destructor-optional",
      "opaque type '%s': destructor '%s' cannot be an optional symbol; a handle that cannot be freed would leak"),
  SYMBOL_INVALID(
      "ffmbind.symbol.invalid",
      "%s: '%s' is not a C symbol; write a name, or name@VERSION for a versioned symbol"),
  SYMBOL_VERSIONED_NAME(
      "ffmbind.symbol.versioned-name",
      "'%s' cannot be a Java method name; a versioned symbol needs its own method name: write c_symbol: \"%s\" and name: %s"),
  OPTIONAL_HAS_CLASH(
      "ffmbind.optional.has-clash",
      "%s: an optional function gets a generated method '%s' that tells whether the library has it, but a function of that name is declared too"),
  CHARSET_ON_WCHAR(
      "ffmbind.charset.wchar",
      "%s: a wchar_t string is always in the platform's wchar_t encoding (UTF-32, native byte order); remove the charset"),
  CHARSET_UNSUPPORTED(
      "ffmbind.charset.unsupported",
      "charset '%s' is not supported; use UTF-8, ISO-8859-1, US-ASCII, UTF-16LE, UTF-16BE, UTF-32LE or UTF-32BE"),
  CHARSET_ON_NON_STRING("ffmbind.charset.non-string", "%s: a charset only applies to strings"),
  NULLABLE_SCALAR("ffmbind.nullable.scalar", "%s: parameter '%s' is a scalar and cannot be null"),
  CALLBACK_NO_LIFETIME(
      "ffmbind.callback.no-lifetime",
      "%s: callback parameter '%s' needs a lifetime: 'call' if C calls it only during the call, 'registered' if C keeps it (YAML 'lifetime:', annotation @Lifetime)"),
  CALLBACK_UNKNOWN(
      "ffmbind.callback.unknown",
      "%s: parameter '%s' has a lifetime, so its type must be a callback type, but '%s' is not declared under callbacks%s"),
  CALLBACK_REGISTERED_NO_RELEASE(
      "ffmbind.callback.registered-no-release",
      "%s: registered callback '%s' could never be released: ffmbind tells registrations apart by their user data, so the function and callback type '%s' both need a user_data parameter"),
  CALLBACK_IN_CRITICAL(
      "ffmbind.callback.critical",
      "%s: a critical function cannot take callback '%s': an upcall during a critical call aborts the JVM; remove critical"),
  CALLBACK_USER_DATA_UNLINKED(
      "ffmbind.callback.user-data-unlinked",
      "%s: callback type '%s' %s a user_data parameter but the function %s; give both one, or neither"),
  USER_DATA_MORE_THAN_ONE(
      "ffmbind.user-data.more-than-one",
      "%s: parameters '%s' and '%s' are both user data; a function passes one user-data pointer, which all its callbacks share"),
  CALLBACK_LIFETIMES_DIFFER(
      "ffmbind.callback.lifetimes-differ",
      "%s: callback '%s' has lifetime '%s' but '%s' has '%s'; the callbacks of one function share their user data, so they share one lifetime (only a destructor has lifetime 'release')"),
  CALLBACK_SAME_TYPE(
      "ffmbind.callback.same-type",
      "%s: callbacks '%s' and '%s' have the same type '%s', so their stub could not tell them apart; declare a second callback type with the same signature"),
  CALLBACK_RELEASE("ffmbind.callback.release", "%s: destructor '%s' (lifetime 'release') %s"),
  CALLBACK_HANDLE_PARAM("ffmbind.callback.handle-param", "%s: parameter '%s' %s"),
  CALLBACK_HANDLE_NO_DESTRUCTOR(
      "ffmbind.callback.handle-no-destructor",
      "%s: '%s' is set on handle '%s' of type '%s', which has no destructor, so it could never be released; declare the type's destructor"),
  CALLBACK_REGISTERED_RESULT(
      "ffmbind.callback.registered-result",
      "%s: a function that registers a callback returns a Registration, so its C result must be void or checked by an error convention, not '%s'"),
  CALLBACK_PARAM_UNSUPPORTED(
      "ffmbind.callback.param-type",
      "callback '%s': parameter '%s' of C type '%s' cannot be passed to Java%s"),
  CALLBACK_RETURN_UNSUPPORTED(
      "ffmbind.callback.return-type",
      "callback '%s': return type '%s' is not supported; a callback returns void or a scalar"),
  CALLBACK_ON_EXCEPTION(
      "ffmbind.callback.on-exception",
      "callback '%s': on_exception value '%s' is not a value of C type '%s'"),
  CALLBACK_LENGTH_FROM(
      "ffmbind.callback.length-from",
      "callback '%s': parameter '%s' takes its length from '%s', which is not an integer parameter of the callback%s"),
  DUPLICATE_CALLBACK("ffmbind.callback.duplicate", "callback type '%s' is declared twice"),
  CALLBACK_USER_DATA_FROM(
      "ffmbind.callback.user-data-from",
      "callback '%s': parameter '%s' takes its user data from '%s', %s"),
  CALLBACK_ON_EXCEPTION_CALL(
      "ffmbind.callback.on-exception-call", "callback '%s': on_exception_call '%s' %s"),
  USER_DATA_WITHOUT_CALLBACK(
      "ffmbind.user-data.no-callback",
      "%s: user-data parameter '%s' is only for a callback of the same function, and the function takes none"),
  USER_DATA_NOT_VOID_POINTER(
      "ffmbind.user-data.not-void-pointer",
      "%s: user-data parameter '%s' must have C type 'void*', not '%s'"),
  LINK_ON_WRONG_KIND(
      "ffmbind.link.holder-kind", "%s: %s can only be written on %s, but parameter '%s' is %s"),
  ARRAY_SIZE_UNSTATED(
      "ffmbind.array.size-unstated",
      "%s: C may write array '%s' (%s), but nothing states its size, so C could write past its end; name its length (YAML length_of, @WithLength) or a bound (YAML bounds, @BoundedBy), or accept the risk with YAML 'size: unchecked' / @UncheckedSize"),
  UNCHECKED_SIZE_NOT_NEEDED(
      "ffmbind.array.unchecked-not-needed",
      "%s: 'size: unchecked' (@UncheckedSize) only applies to an array C may write that has no length or bound; parameter '%s' %s"),
  ELEMENT_SIZE_TARGET_UNKNOWN(
      "ffmbind.element-size.unknown",
      "%s: parameter '%s' is the element size of '%s', which is not a parameter%s"),
  ELEMENT_SIZE_TARGET_NOT_ARRAY(
      "ffmbind.element-size.not-array",
      "%s: parameter '%s' is the element size of '%s', which is %s; only an array or a pointer to a scalar ('int*', 'double*') has an element size"),
  ELEMENT_SIZE_TWICE(
      "ffmbind.element-size.twice", "%s: array '%s' has more than one element size parameter"),
  ELEMENT_SIZE_AND_LENGTH(
      "ffmbind.element-size.other-link",
      "%s: parameter '%s' cannot be both element_size_of (@WithElementSize) and %s"),
  POINTS_INTO_UNSTATED(
      "ffmbind.points-into.unstated",
      "%s: C returns a pointer (%s), and %s copied into scratch memory that is released when the call returns, so a pointer into %s would dangle; say where it points: YAML 'points_into: %s' under returns (@PointsInto(\"%s\")) returns its position in that argument as a long, and 'points_into: none' (@PointsInto(PointsInto.NONE)) states that C never returns a pointer into a copied argument"),
  POINTS_INTO_UNKNOWN(
      "ffmbind.points-into.unknown",
      "%s: the return value points into '%s', which is not a parameter%s"),
  POINTS_INTO_NOT_DATA(
      "ffmbind.points-into.not-data",
      "%s: the return value points into '%s', which is %s; name an array, String, ByteBuffer or MemorySegment parameter"),
  POINTS_INTO_NOT_POINTER(
      "ffmbind.points-into.not-pointer",
      "%s: points_into (@PointsInto) is for a returned pointer (a MemorySegment, or a borrowed NativeBuffer without a size), but this one is %s"),
  POINTS_INTO_CRITICAL(
      "ffmbind.points-into.critical",
      "%s: a critical function passes array '%s' in place, and the garbage collector may move it once the call returns, so no position in it can be found; remove critical"),
  POINTS_INTO_JAVA_TYPE(
      "ffmbind.points-into.java-type",
      "%s: @PointsInto(\"%s\") returns the position of the pointer in that argument, so the method must return long, not %s"),
  FREE_NAME(
      "ffmbind.ownership.free-name",
      "%s: free function '%s' is not a C function name; write an identifier such as free or sqlite3_free"),
  STATUS_CODE_NAME(
      "ffmbind.status.code-name",
      "status table '%s': code name '%s' is not a C identifier (letters, digits, '_')"),
  RESERVED_PACKAGE(
      "ffmbind.name.reserved-package",
      "package '%s' belongs to the JDK; javac refuses classes in java.* and javax.*: choose a package of your own"),
  RESTRICTED_TYPE_NAME(
      "ffmbind.name.restricted",
      "'%s' cannot name a Java class: var, yield, record, sealed and permits are restricted identifiers"),
  NAME_TOO_LONG(
      "ffmbind.name.too-long",
      "%s '%s...' takes %d bytes in a class file, whose constants hold at most 65535"),
  NAME_CLASH_GENERATED(
      "ffmbind.name.generated-clash",
      "%s '%s' clashes with %s in the generated class; choose another name"),
  DUPLICATE_NESTED_CLASS(
      "ffmbind.name.duplicate-class",
      "%s and %s both generate the nested class '%s'; give one of them another Java name"),
  DUPLICATE_CONSTANT("ffmbind.constant.duplicate", "constant '%s' is declared twice"),
  CONSTANT_CLASH(
      "ffmbind.constant.clash", "constant '%s' would clash with %s in the generated class"),
  CONSTANT_VALUE(
      "ffmbind.constant.value",
      "constant '%s': %s does not fit its C type '%s' (integer types take integers in their"
          + " range, float and double numbers, char* strings)"),
  DUPLICATE_ENUM("ffmbind.enum.duplicate", "enum '%s' is declared twice"),
  ENUM_TYPEDEF(
      "ffmbind.enum.typedef",
      "enum '%s' has the name of a typedef: an enum's name is already a typedef of its type"),
  ENUM_TYPE(
      "ffmbind.enum.type",
      "enum '%s' has type '%s'; an enum travels as a 32- or 64-bit integer C type"
          + " (int, int32_t, unsigned int, long, int64_t, uint64_t, ...)"),
  DUPLICATE_ENUM_VALUE(
      "ffmbind.enum.duplicate-value",
      "enum '%s' declares '%s' twice (C aliases have their own names)"),
  ENUM_VALUE_RANGE(
      "ffmbind.enum.value-range", "enum '%s': value %s = %d does not fit its type '%s'"),
  STRUCT_DUPLICATE("ffmbind.struct.duplicate", "%s is declared twice"),
  STRUCT_NAME_TAKEN(
      "ffmbind.struct.name-taken", "%s has the name of %s; one C name can have one declaration"),
  STRUCT_EMPTY("ffmbind.struct.empty", "%s has no fields; C requires at least one"),
  STRUCT_DUPLICATE_FIELD("ffmbind.struct.duplicate-field", "%s declares field '%s' twice"),
  STRUCT_FIELD_NAME("ffmbind.struct.field-name", "%s: field '%s' %s"),
  STRUCT_BITFIELD(
      "ffmbind.struct.bitfield",
      "%s: field '%s' is a bitfield ('%s'); bitfields are not supported, because their layout is"
          + " the compiler's choice: declare the whole storage unit (an unsigned int) and mask the"
          + " bits in Java"),
  STRUCT_FLEXIBLE_ARRAY(
      "ffmbind.struct.flexible-array",
      "%s: field '%s' is a flexible array member ('%s'), which has no size; declare the struct"
          + " without it and reach the trailing data through a MemorySegment"),
  STRUCT_LONG_DOUBLE(
      "ffmbind.struct.long-double",
      "%s: field '%s' has type '%s'; long double has no Java carrier and is not supported"),
  STRUCT_ATTRIBUTE(
      "ffmbind.struct.attribute",
      "%s: field '%s' has type '%s'; packed and aligned attributes are not supported: ffmbind"
          + " lays structs out by the plain C rules only"),
  STRUCT_FIELD_TYPE("ffmbind.struct.field-type", "%s: field '%s' has type '%s', which %s"),
  STRUCT_FIELD_JAVA_TYPE(
      "ffmbind.struct.field-java-type",
      "%s: field '%s' of type '%s' cannot be carried by %s; only a char[N] field has a choice"
          + " (String, the default, or byte[])"),
  STRUCT_CYCLE(
      "ffmbind.struct.cycle",
      "%s contains itself by value (%s); a struct can contain itself only through a pointer"),
  STRUCT_UNDECLARED(
      "ffmbind.struct.undeclared",
      "'%s' names %s '%s', which the spec does not declare; declare it under %s (or under"
          + " opaque_types if Java only passes pointers to it)"),
  STRUCT_UNSUPPORTED_USE(
      "ffmbind.struct.unsupported-use",
      "%s has type '%s': %s '%s' travels by value or through one pointer (an array when a length"
          + " names it); pointers to pointers are not supported yet: pass a MemorySegment (void*)"
          + " and use the generated type's read and write"),
  STRUCT_IN_CALLBACK(
      "ffmbind.struct.in-callback",
      "callback '%s': parameter '%s' has type '%s'; a callback receives a struct by value or"
          + " through one pointer, not an array of them or a pointer to a pointer: declare it void*"
          + " (a MemorySegment)"),
  STRUCT_VIEW_FIELD_NAME(
      "ffmbind.struct.view-field-name",
      "%s is resident: field '%s' gives the accessor name '%s', which its view %s already"
          + " declares; rename it in the spec (the C name only documents the field)"),
  STRUCT_ANNOTATION_NOT_RECORD(
      "ffmbind.struct.not-record",
      "@%s may only annotate a record nested in the @NativeLibrary interface; make %s a record"
          + " whose components are the C fields in order"),
  STRUCT_COMPONENT_C_TYPE(
      "ffmbind.struct.component-c-type",
      "%s: component '%s' has Java type %s, which states no C type; annotate it @CType"
          + " (@CType(\"char[65]\") String, @CType(\"int[4]\") int[], @CType(\"long\") long)"),
  STRUCT_UNDECLARED_ANNOTATION(
      "ffmbind.struct.undeclared-annotation",
      "'%s' names %s '%s', which the interface does not declare; declare it as a record nested in"
          + " the interface annotated @%s (or as an @Opaque handle class if Java only passes"
          + " pointers to it)"),
  STRUCT_RECORD_PARAMETER(
      "ffmbind.struct.record-parameter",
      "%s has Java type %s, a %s declaration; methods take and return the value type the"
          + " processor generates from it: write %s (Ref<...> for a pointer C writes, an array for"
          + " a pointer with a length)"),
  STRUCT_VIEW_NOT_RESIDENT(
      "ffmbind.struct.view-not-resident",
      "%s has Java type %s, the view of %s, which is generated only for a resident struct: declare"
          + " it with %s, or pass the value type %s"),
  GENERATED_TYPE_UNKNOWN(
      "ffmbind.struct.generated-unknown",
      "%s has Java type %s, which is not a type the interface's declarations generate in %s"
          + " (a @Struct or @Union value type, a resident struct's view, a @CEnum class): %s"),
  STRUCT_NOT_NESTED(
      "ffmbind.struct.not-nested",
      "@%s %s is not nested in a @NativeLibrary interface, so no binding declares it; move it into"
          + " the interface whose methods use it"),
  ENUM_ANNOTATION_NOT_ENUM(
      "ffmbind.enum.not-enum",
      "@CEnum may only annotate a Java enum nested in the @NativeLibrary interface; make %s an enum"
          + " whose constants are the C enumerators"),
  ENUM_DECLARATION_PARAMETER(
      "ffmbind.enum.declaration-parameter",
      "%s has Java type %s, a @CEnum declaration, which cannot hold a value C returns that it does"
          + " not list; methods take and return the class the processor generates from it: write"
          + " %s"),
  EMPTY_LIBRARY_NAME("ffmbind.library.empty", "the library name must not be empty"),
  NO_FUNCTIONS("ffmbind.library.no-functions", "binding '%s' declares no functions"),
  POINTS_INTO_PARAM_UNSTATED(
      "ffmbind.points-into.param-unstated",
      "%s: parameter '%s' is a Ref<Long>, which receives the position of the pointer C writes within a copied argument; say which argument: YAML 'points_into: <parameter>' on it (@PointsInto(\"<parameter>\"))"),
  POINTS_INTO_PARAM_TARGET(
      "ffmbind.points-into.param-target",
      "%s: parameter '%s' points into '%s', which %s; name a String, array or ByteBuffer parameter of the Java method%s"),
  POINTS_INTO_PARAM_TYPE(
      "ffmbind.points-into.param-type",
      "%s: points_into (@PointsInto) on parameter '%s' is for a char** out-pointer carried as Ref<Long>, but this one is %s"),
  C_TYPE_ARRAY_LENGTH(
      "ffmbind.type.array-length",
      "'%s': array length '%s' is not an integer constant of this spec%s"),
  OUT_POINTER_DIRECTION(
      "ffmbind.out-pointer.direction",
      "%s: parameter '%s' (%s) is a slot C writes a pointer into, so its direction is out, not %s"),

  // --- ABI check against the C headers (abi) ---------------------------------------------------
  ABI_PARAM_TYPE(
      "ffmbind.abi.param-type", "%s: parameter '%s' is '%s'%s in the spec, but %s declares '%s'%s"),
  ABI_PARAM_COUNT(
      "ffmbind.abi.param-count", "%s: the spec gives %d parameter(s), but %s declares %d: %s"),
  ABI_RETURN_TYPE(
      "ffmbind.abi.return-type", "%s: returns '%s'%s in the spec, but %s declares '%s'%s"),
  ABI_PROTOTYPE(
      "ffmbind.abi.prototype",
      "%s: the spec's prototype '%s' is not compatible with the one %s declares%s"),
  ABI_MISSING("ffmbind.abi.missing", "%s '%s' is not declared by %s"),
  ABI_TYPEDEF_SIZE(
      "ffmbind.abi.typedef-size",
      "typedef '%s' is '%s' in the spec (%s bytes), but in %s it has %s bytes"),
  ABI_ENUM_VALUE("ffmbind.abi.enum-value", "enum '%s': '%s' is %d in the spec, but %s gives it %s"),
  ABI_CONSTANT_VALUE(
      "ffmbind.abi.constant-value", "constant '%s' is %s in the spec, but %s gives %s"),
  ABI_CALLBACK_TYPE(
      "ffmbind.abi.callback-type",
      "callback '%s' is '%s' in the spec, but %s declares it as '%s'%s"),
  ABI_STRUCT_SIZE(
      "ffmbind.abi.struct-size",
      "%s: its fields make %d bytes aligned to %d in the spec, but in %s it has %s bytes aligned to"
          + " %s"),
  ABI_FIELD_OFFSET(
      "ffmbind.abi.field-offset",
      "%s: field '%s' is at offset %d in the spec, but at offset %s in %s"),
  ABI_FIELD_TYPE(
      "ffmbind.abi.field-type", "%s: field '%s' is '%s'%s in the spec, but %s declares '%s'%s"),
  ABI_UNEXPECTED("ffmbind.abi.unexpected", "%s: the C compiler did not accept the check: %s"),
  ABI_COMPILER(
      "ffmbind.abi.compiler",
      "the ABI check could not compile the headers %s: %s; check 'headers',"
          + " 'header_include_dirs' and 'header_defines'"),
  ABI_SKIPPED(
      "ffmbind.abi.skipped",
      "the ABI check against %s was skipped: no C compiler (%s); install one or set CC"),

  // --- declarations taken from the header (from_header) -------------------------------------
  HEADER_UNAVAILABLE(
      "ffmbind.header.unavailable",
      "the declarations named in from_header cannot be taken from %s: %s"),
  HEADER_MISSING(
      "ffmbind.header.missing",
      "'%s' is named in from_header, but the headers do not declare it (searched %s); write it out in its section or fix the name"),
  HEADER_CANNOT_TAKE("ffmbind.header.cannot-take", "'%s' is named in from_header, but in %s %s"),
  HEADER_UNKNOWN_FIELD(
      "ffmbind.header.unknown-field",
      "field '%s' is not a field of '%s' in the header (it has %s); fields of a struct named in from_header only add to the header's"),
  HEADER_RESIDENT_NOT_NAMED(
      "ffmbind.header.resident-not-named",
      "'%s' is in residentStructs but not in fromHeader (%s); residentStructs only marks structs taken from the header resident: name it in fromHeader too, or declare it with @Struct(resident = true)"),
  BLOCKING_CRITICAL(
      "ffmbind.blocking.critical",
      "%s: a function cannot be both blocking and critical: a critical call must be short, and a"
          + " blocking one may wait; remove critical or blocking",
      "%s: a function cannot be both blocking and critical: a critical call must be short, and a"
          + " blocking one may wait; remove @Critical or @Blocking");

  private final String id;
  private final String format;
  private final String annotationFormat;
  private final Kind kind;

  Message(String id, String format) {
    this(id, format, Kind.ERROR);
  }

  Message(String id, String format, Kind kind) {
    this(id, format, format, kind);
  }

  /** A message whose advice names YAML keys, with the same advice in annotation words. */
  Message(String id, String yamlFormat, String annotationFormat) {
    this(id, yamlFormat, annotationFormat, Kind.ERROR);
  }

  Message(String id, String format, String annotationFormat, Kind kind) {
    this.id = id;
    this.format = format;
    this.annotationFormat = annotationFormat;
    this.kind = kind;
  }

  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  /** The message text with its id tag, e.g. {@code [ffmbind.yaml.unknown-key] unknown key ...}. */
  public String render(Object... args) {
    return "[" + id + "] " + String.format(format, args);
  }

  /**
   * The message text for a problem at {@code ref}: in annotation words when it is in Java source
   * ({@code declare it with @Opaque ...}), in YAML words otherwise.
   */
  public String render(dev.ffmbind.processor.model.SourceRef ref, Object... args) {
    return "[" + id + "] " + String.format(ref.inJavaSource() ? annotationFormat : format, args);
  }
}

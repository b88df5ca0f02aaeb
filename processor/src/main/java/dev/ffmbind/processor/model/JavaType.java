package dev.ffmbind.processor.model;

/**
 * The Java side of a parameter or return value. Together with the {@link CTypeExpr} it fixes how a
 * value is marshalled; {@link CTypes#defaultJavaType} gives the default for a C type, {@link
 * CTypes#compatibleJavaTypes} says which other Java types may carry it, and {@link
 * CTypes#impliedCType} gives the C type a Java type stands for when none is written.
 */
public sealed interface JavaType {

  /** Java primitive kinds that cross the boundary. */
  enum Primitive {
    BOOLEAN("boolean"),
    BYTE("byte"),
    SHORT("short"),
    CHAR("char"),
    INT("int"),
    LONG("long"),
    FLOAT("float"),
    DOUBLE("double");

    private final String keyword;

    Primitive(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }
  }

  /** A short Java spelling for messages, e.g. {@code long}, {@code byte[]}, {@code String}. */
  String describe();

  /** {@code void}: only as a return type. */
  record Void() implements JavaType {
    @Override
    public String describe() {
      return "void";
    }
  }

  /** A Java primitive carrying a C scalar. */
  record Scalar(Primitive primitive) implements JavaType {
    @Override
    public String describe() {
      return primitive.keyword();
    }
  }

  /** A primitive array carrying a C array/buffer ({@code uint8_t*}, {@code int*}, ...). */
  record PrimitiveArray(Primitive element) implements JavaType {
    @Override
    public String describe() {
      return element.keyword() + "[]";
    }
  }

  /** {@code java.lang.String} carrying a NUL-terminated C string. */
  record Str() implements JavaType {
    @Override
    public String describe() {
      return "String";
    }
  }

  /** {@code java.lang.foreign.MemorySegment}: a raw pointer, passed without copying. */
  record Segment() implements JavaType {
    @Override
    public String describe() {
      return "MemorySegment";
    }
  }

  /** {@code java.nio.ByteBuffer}: direct buffers pass without copying, heap buffers are copied. */
  record Buffer() implements JavaType {
    @Override
    public String describe() {
      return "ByteBuffer";
    }
  }

  /** A typed handle class for an opaque C pointer ({@code sqlite3*}). */
  record Handle(JavaClassName handleClass) implements JavaType {
    @Override
    public String describe() {
      return handleClass.simpleName();
    }
  }

  /** {@code dev.ffmbind.Ref<Handle>}: an out-parameter receiving a handle ({@code sqlite3**}). */
  record HandleRef(JavaClassName handleClass) implements JavaType {
    @Override
    public String describe() {
      return "Ref<" + handleClass.simpleName() + ">";
    }
  }

  /** A Java functional interface passed to C as a function pointer ({@link CallbackType}). */
  record Callback(JavaClassName callbackClass, String cName) implements JavaType {
    @Override
    public String describe() {
      return callbackClass.simpleName();
    }
  }

  /** The generated class of a C enum ({@link EnumModel}), carried as its integer value. */
  record CEnum(JavaClassName enumClass, String cName) implements JavaType {
    @Override
    public String describe() {
      return enumClass.simpleName();
    }
  }

  /** A Java object passed through C as an opaque {@code void*} user-data handle. */
  record UserData() implements JavaType {
    @Override
    public String describe() {
      return "Object";
    }
  }

  /**
   * {@code String[]}: in callbacks, a {@code char**} with a count, copied out; as a function
   * parameter, a {@code const char* const*} copied in, NULL-terminated (and counted when a length
   * parameter is linked to it).
   */
  record StringArray() implements JavaType {
    @Override
    public String describe() {
      return "String[]";
    }
  }

  /**
   * An array of borrowed handles: in callbacks, a {@code T**} of an opaque type with a count in
   * another parameter ({@code sqlite3_value** argv} with {@code argc}), copied into a Java array
   * whose handles are valid during the callback.
   */
  record HandleArray(JavaClassName handleClass) implements JavaType {
    @Override
    public String describe() {
      return handleClass.simpleName() + "[]";
    }
  }

  /**
   * {@code dev.ffmbind.Ref<String>}: a {@code char**} out-parameter through which C hands back a
   * string ({@code sqlite3_exec}'s {@code errmsg}); copied after the call, then freed with the
   * declared function when owned.
   */
  record StringRef() implements JavaType {
    @Override
    public String describe() {
      return "Ref<String>";
    }
  }

  /**
   * {@code dev.ffmbind.Ref<Long>}: a {@code char**} out-parameter through which C hands back a
   * pointer into a copied argument ({@code strtol}'s {@code endptr}), received as its position
   * there (see {@link ParamModel#pointsInto()}).
   */
  record PositionRef() implements JavaType {
    @Override
    public String describe() {
      return "Ref<Long>";
    }
  }

  /**
   * Return values only: {@code dev.ffmbind.NativeBuffer}, a sized, closeable view of bytes C
   * returned ({@code uint8_t*} with a known size), bound to its deallocator when owned.
   */
  record NativeBuf() implements JavaType {
    @Override
    public String describe() {
      return "NativeBuffer";
    }
  }

  /**
   * The generated value type of a C struct or union ({@link StructModel}): passed by value, or
   * through a pointer C only reads ({@code const struct timeval*}), or returned by value or through
   * a pointer (copied out; {@code NULL} is {@code null}).
   */
  record StructValue(JavaClassName structClass, String cName) implements JavaType {
    @Override
    public String describe() {
      return structClass.simpleName();
    }
  }

  /**
   * {@code dev.ffmbind.Ref<T>} of a struct's value type: a {@code struct timeval*} C writes (and,
   * for {@code inout}, reads first); set after a call that succeeded.
   */
  record StructRef(JavaClassName structClass, String cName) implements JavaType {
    @Override
    public String describe() {
      return "Ref<" + structClass.simpleName() + ">";
    }
  }

  /**
   * An array of a struct's value type for a {@code T*} that a length or bound names ({@code struct
   * pollfd* fds} with {@code nfds}): the elements are copied in (unless {@code out}) and, unless
   * the pointer is {@code const}, read back into the array after the call.
   */
  record StructArray(JavaClassName structClass, String cName) implements JavaType {
    @Override
    public String describe() {
      return structClass.simpleName() + "[]";
    }
  }

  /**
   * The generated view of a resident struct ({@link StructModel#resident}): a {@code T*} passed as
   * the address of memory the caller allocated (no copy, C may keep it across calls), or a returned
   * {@code T*} wrapped as a view over {@code sizeof(T)} bytes C owns.
   */
  record StructView(JavaClassName structClass, JavaClassName viewClass, String cName)
      implements JavaType {
    @Override
    public String describe() {
      return viewClass.simpleName();
    }
  }
}

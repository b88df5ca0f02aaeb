package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.ffmbind.processor.binding.StringEncoding;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.JavaType.Primitive;
import dev.ffmbind.processor.model.StructLayouts;
import dev.ffmbind.processor.model.StructLayouts.FieldType;
import dev.ffmbind.processor.model.StructLayouts.Member;
import dev.ffmbind.processor.model.StructModel;
import java.util.stream.IntStream;

/**
 * How one field of a struct or union is carried in Java, laid out, read from and written to a
 * {@code MemorySegment}, and checked; shared by {@link StructWriter}'s records and unions. Reads
 * and writes use the unaligned value layouts: a union's bytes live in a heap {@code byte[]}, whose
 * segment admits no wider alignment, and on x86-64 and AArch64 an aligned address costs the same
 * either way. {@code LAYOUT} itself uses the aligned layouts, so FFM checks the offsets ffmbind
 * computed and classifies a struct passed by value as C does.
 */
final class StructAccess {

  static final ClassName MEMORY_LAYOUT = ClassName.get("java.lang.foreign", "MemoryLayout");
  static final ClassName STRUCT_LAYOUT = ClassName.get("java.lang.foreign", "StructLayout");
  static final ClassName UNION_LAYOUT = ClassName.get("java.lang.foreign", "UnionLayout");
  static final ClassName STRUCTS = ClassName.get("dev.ffmbind.internal", "Structs");
  static final ClassName NATIVE_STRINGS = ClassName.get("dev.ffmbind.internal", "NativeStrings");

  private final StructLayouts layouts;
  private final String charset;

  StructAccess(StructLayouts layouts, String charset) {
    this.layouts = layouts;
    this.charset = charset;
  }

  /** Whether a field is a {@code char[N]} carried as a {@code String}. */
  static boolean isString(Member m) {
    return isCharArray(m.type())
        && !m.field()
            .javaType()
            .equals(java.util.Optional.of(new JavaType.PrimitiveArray(Primitive.BYTE)));
  }

  private static boolean isCharArray(FieldType t) {
    return t instanceof StructLayouts.Array a
        && a.element() instanceof StructLayouts.Scalar s
        && s.scalar().cName().equals("char");
  }

  /** Whether the Java type of a field is an array (cloned in and out, compared by content). */
  static boolean isJavaArray(Member m) {
    return m.type() instanceof StructLayouts.Array && !isString(m);
  }

  /** The Java type of a field. */
  TypeName javaType(Member m) {
    if (isString(m)) {
      return ClassName.get(String.class);
    }
    return javaType(m.type());
  }

  static TypeName javaType(FieldType t) {
    return switch (t) {
      case StructLayouts.Scalar s ->
          s.enumType().isPresent()
              ? Poet.className(s.enumType().get().javaClass())
              : Poet.primitive(s.scalar().widened());
      case StructLayouts.Pointer p -> Poet.MEMORY_SEGMENT;
      case StructLayouts.Nested n -> Poet.className(n.struct().javaClass());
      case StructLayouts.Array a ->
          ArrayTypeName.of(
              a.element() instanceof StructLayouts.Scalar s
                  ? Poet.primitive(s.scalar().carrier())
                  : javaType(a.element()));
    };
  }

  /** The aligned layout of a field type, unnamed. */
  CodeBlock layout(FieldType t) {
    return switch (t) {
      case StructLayouts.Scalar s ->
          CodeBlock.of("$T.$L", Poet.VALUE_LAYOUT, Poet.layoutConstant(s.scalar().carrier()));
      case StructLayouts.Pointer p -> CodeBlock.of("$T.ADDRESS", Poet.VALUE_LAYOUT);
      case StructLayouts.Nested n ->
          CodeBlock.of("$T.$L", Poet.className(n.struct().javaClass()), "LAYOUT");
      case StructLayouts.Array a ->
          CodeBlock.of("$T.sequenceLayout($L, $L)", MEMORY_LAYOUT, a.length(), layout(a.element()));
    };
  }

  /** The unaligned access layout of a scalar or pointer. */
  private static CodeBlock access(FieldType t) {
    if (t instanceof StructLayouts.Scalar s) {
      Primitive p = s.scalar().carrier();
      String name = Poet.layoutConstant(p);
      boolean oneByte = p == Primitive.BYTE || p == Primitive.BOOLEAN;
      return CodeBlock.of("$T.$L", Poet.VALUE_LAYOUT, oneByte ? name : name + "_UNALIGNED");
    }
    return CodeBlock.of("$T.ADDRESS_UNALIGNED", Poet.VALUE_LAYOUT);
  }

  /** The charset of {@code char[N]} strings: the binding's. */
  CodeBlock charset() {
    return StringEncoding.standardConstant(charset)
        .map(c -> CodeBlock.of("$T.$L", Poet.STANDARD_CHARSETS, c))
        .orElseGet(() -> CodeBlock.of("$T.charset($S)", NATIVE_STRINGS, charset));
  }

  /** {@code struct timeval}, the subject of runtime messages. */
  static String subject(StructModel s) {
    return s.keyword() + " " + s.cName();
  }

  /** An expression reading a field at {@code offset} of the segment in local {@code seg}. */
  CodeBlock read(StructModel owner, Member m, String seg) {
    if (isString(m)) {
      StructLayouts.Array a = (StructLayouts.Array) m.type();
      return CodeBlock.of(
          "$T.decodeChars($N, $LL, $L,$W$L,$W$S,$W$S)",
          STRUCTS,
          seg,
          m.offset(),
          a.length(),
          charset(),
          subject(owner),
          m.field().name());
    }
    return read(m.type(), seg, CodeBlock.of("$LL", m.offset()));
  }

  CodeBlock read(FieldType t, String seg, CodeBlock offset) {
    return switch (t) {
      case StructLayouts.Scalar s -> {
        CodeBlock raw = CodeBlock.of("$N.get($L, $L)", seg, access(t), offset);
        yield s.enumType().isPresent()
            ? CodeBlock.of("$T.of($L)", Poet.className(s.enumType().get().javaClass()), raw)
            : Poet.widen(raw, s.scalar(), s.scalar().widened());
      }
      case StructLayouts.Pointer p -> CodeBlock.of("$N.get($L, $L)", seg, access(t), offset);
      case StructLayouts.Nested n ->
          CodeBlock.of(
              "$T.read($N.asSlice($L))", Poet.className(n.struct().javaClass()), seg, offset);
      case StructLayouts.Array a -> {
        if (a.element() instanceof StructLayouts.Scalar) {
          yield CodeBlock.of(
              "$N.asSlice($L, $LL).toArray($L)", seg, offset, a.size(layouts), access(a.element()));
        }
        long size = a.element().size(layouts);
        yield CodeBlock.of(
            "$T.range(0, $L)$W.mapToObj(i -> $L)$W.toArray($T[]::new)",
            IntStream.class,
            a.length(),
            read(a.element(), seg, CodeBlock.of("$L + i * $LL", offset, size)),
            javaType(a.element()));
      }
    };
  }

  /** Statements writing the value in local or field {@code value} into the segment {@code seg}. */
  CodeBlock write(StructModel owner, Member m, String seg, CodeBlock value) {
    if (isString(m)) {
      StructLayouts.Array a = (StructLayouts.Array) m.type();
      return CodeBlock.of(
          "$T.encodeChars($N, $LL, $L, $L,$W$L,$W$S,$W$S);\n",
          STRUCTS,
          seg,
          m.offset(),
          a.length(),
          value,
          charset(),
          subject(owner),
          m.field().name());
    }
    return write(m.type(), seg, CodeBlock.of("$LL", m.offset()), value);
  }

  CodeBlock write(FieldType t, String seg, CodeBlock offset, CodeBlock value) {
    return switch (t) {
      case StructLayouts.Scalar s -> {
        CodeBlock v =
            s.enumType().isPresent()
                ? CodeBlock.of("$L.value()", value)
                : s.scalar().widened() != s.scalar().carrier()
                    ? CodeBlock.of("($T) $L", Poet.primitive(s.scalar().carrier()), value)
                    : value;
        yield CodeBlock.of("$N.set($L, $L, $L);\n", seg, access(t), offset, v);
      }
      case StructLayouts.Pointer p ->
          CodeBlock.of("$N.set($L, $L, $L);\n", seg, access(t), offset, value);
      case StructLayouts.Nested n ->
          CodeBlock.of("$L.write($N.asSlice($L));\n", value, seg, offset);
      case StructLayouts.Array a -> {
        if (a.element() instanceof StructLayouts.Scalar) {
          yield CodeBlock.of(
              "$T.copy($L, 0, $N, $L, $L, $L);\n",
              Poet.MEMORY_SEGMENT,
              value,
              seg,
              access(a.element()),
              offset,
              a.length());
        }
        long size = a.element().size(layouts);
        yield CodeBlock.builder()
            .beginControlFlow("for (int i = 0; i < $L; i++)", a.length())
            .add(
                write(
                    a.element(),
                    seg,
                    CodeBlock.of("$L + i * $LL", offset, size),
                    CodeBlock.of("$L[i]", value)))
            .endControlFlow()
            .build();
      }
    };
  }

  /**
   * The checks of a constructor or factory for a field's value in local {@code name}: not null,
   * unsigned range, array length, a string that fits.
   */
  CodeBlock check(StructModel owner, Member m, String name) {
    String subject = subject(owner);
    String field = m.field().name();
    CodeBlock.Builder b = CodeBlock.builder();
    if (isString(m)) {
      StructLayouts.Array a = (StructLayouts.Array) m.type();
      return b.addStatement(
              "$T.checkChars($N, $L,$W$L,$W$S,$W$S)",
              STRUCTS,
              name,
              a.length(),
              charset(),
              subject,
              field)
          .build();
    }
    switch (m.type()) {
      case StructLayouts.Scalar s -> {
        if (s.enumType().isPresent()) {
          b.addStatement("$T.notNull($N, $S, $S)", STRUCTS, name, subject, field);
        } else if (s.scalar().widened() != s.scalar().carrier()) {
          b.addStatement(
              "$T.unsignedRange($N, $LL, $S, $S)",
              STRUCTS,
              name,
              s.scalar().unsignedMax(),
              subject,
              field);
        }
      }
      case StructLayouts.Array a -> {
        b.addStatement(
            "$T.length($T.notNull($N, $S, $S).length,$W$L,$W$S,$W$S)",
            STRUCTS,
            STRUCTS,
            name,
            subject,
            field,
            a.length(),
            subject,
            field);
        if (!(a.element() instanceof StructLayouts.Scalar)) {
          b.beginControlFlow("for ($T e : $N)", javaType(a.element()), name)
              .addStatement("$T.notNull(e, $S, $S)", STRUCTS, subject, field)
              .endControlFlow();
        }
      }
      default -> b.addStatement("$T.notNull($N, $S, $S)", STRUCTS, name, subject, field);
    }
    return b.build();
  }
}

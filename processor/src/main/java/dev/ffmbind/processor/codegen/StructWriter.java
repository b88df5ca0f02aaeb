package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.codegen.text.Javadoc;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.StructLayouts;
import dev.ffmbind.processor.model.StructLayouts.Layout;
import dev.ffmbind.processor.model.StructLayouts.Member;
import dev.ffmbind.processor.model.StructModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the value type of a C struct or union. A struct is an immutable record with a component
 * per field, its {@code LAYOUT} (a named {@code StructLayout} with explicit padding, members named
 * as the C fields), and {@code read}/{@code write} from and to a {@code MemorySegment}. A union is
 * a final class carrying the union's bytes, with a factory {@code ofX} per member that writes it,
 * and an accessor per member that reads the bytes as that member (as C does: reading another member
 * than the one written reinterprets the same bytes).
 */
final class StructWriter {

  private static final String SEGMENT = "segment";
  private static final String SLICE = "s";
  private static final String BYTES = "bytes";

  private final StructModel model;
  private final Layout layout;
  private final StructAccess access;
  private final ClassName self;

  private StructWriter(StructModel model, StructLayouts layouts, String charset) {
    this.model = model;
    this.layout = layouts.layout(model);
    this.access = new StructAccess(layouts, charset);
    this.self = Poet.className(model.javaClass());
  }

  /** The nested type of a struct or union of a validated model. */
  static TypeSpec write(StructModel model, StructLayouts layouts, String charset) {
    StructWriter w = new StructWriter(model, layouts, charset);
    return model.union() ? w.union() : w.record();
  }

  private Javadoc typeDoc(String what) {
    Prose about = Prose.of("The C $L $L, $L.", model.keyword(), Prose.code(model.cName()), what);
    Javadoc doc = Javadoc.specDoc(model.doc(), about);
    if (!model.doc().isBlank()) {
      doc.paragraph(about);
    }
    doc.paragraph(
        "$L $L, $L $L; its fields, with their offsets:",
        Prose.code("sizeof"),
        layout.size(),
        Prose.code("_Alignof"),
        layout.align());
    List<String> lines = new ArrayList<>();
    for (Member m : layout.members()) {
      String decl = declaration(m.field()) + ";";
      lines.add(decl + " ".repeat(Math.max(1, 36 - decl.length())) + "// offset " + m.offset());
    }
    doc.snippet("c", lines, true);
    return doc;
  }

  /** A field's C declaration as the spec wrote its type: {@code struct point corners[2]}. */
  static String declaration(StructModel.Field f) {
    String spelling = f.spelling().strip();
    int bracket = spelling.lastIndexOf('[');
    if (bracket > 0 && spelling.endsWith("]")) {
      return spelling.substring(0, bracket).strip() + " " + f.name() + spelling.substring(bracket);
    }
    return spelling + (spelling.endsWith("*") ? "" : " ") + f.name();
  }

  private FieldSpec layoutField(boolean union) {
    ClassName type = union ? StructAccess.UNION_LAYOUT : StructAccess.STRUCT_LAYOUT;
    CodeBlock.Builder members = CodeBlock.builder();
    long at = 0;
    List<CodeBlock> parts = new ArrayList<>();
    for (Member m : layout.members()) {
      if (!union && m.offset() > at) {
        parts.add(
            CodeBlock.of("$T.paddingLayout($L)", StructAccess.MEMORY_LAYOUT, m.offset() - at));
      }
      parts.add(CodeBlock.of("$L.withName($S)", access.layout(m.type()), m.field().name()));
      at = union ? Math.max(at, m.size()) : m.offset() + m.size();
    }
    if (at < layout.size()) {
      parts.add(
          CodeBlock.of(
              "$T.paddingLayout($L)",
              StructAccess.MEMORY_LAYOUT,
              union ? layout.size() : layout.size() - at));
    }
    members.add("$T.$L(\n", StructAccess.MEMORY_LAYOUT, union ? "unionLayout" : "structLayout");
    members.indent().indent();
    for (int i = 0; i < parts.size(); i++) {
      members.add("$L$L\n", parts.get(i), i + 1 < parts.size() ? "," : ")");
    }
    members.unindent().unindent();
    members.add("$>$>.withName($S)$<$<", model.cName());
    return FieldSpec.builder(
            type, Names.STRUCT_LAYOUT, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            Javadoc.summary(
                    "The layout of $L, as C lays it out on LP64 x86-64 and AArch64.",
                    Prose.code(StructAccess.subject(model)))
                .render(2))
        .initializer(members.build())
        .build();
  }

  private Prose fieldDoc(Member m) {
    StructModel.Field f = m.field();
    Prose c = Prose.of("the C field $L, at offset $L", Prose.code(declaration(f)), m.offset());
    String doc = f.doc().strip();
    while (doc.endsWith(".")) {
      doc = doc.substring(0, doc.length() - 1);
    }
    return doc.isEmpty() ? c : Prose.of("$L ($L)", Prose.text(doc), c);
  }

  // --- structs ----------------------------------------------------------------------------------

  private TypeSpec record() {
    Javadoc doc = typeDoc("as a value copied to and from native memory");
    MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
    boolean arrays = false;
    for (Member m : layout.members()) {
      String name = m.field().javaName();
      doc.param(name, fieldDoc(m));
      canonical.addParameter(access.javaType(m), name);
      ctor.addCode(access.check(model, m, name));
      if (StructAccess.isJavaArray(m)) {
        ctor.addStatement("$N = $N.clone()", name, name);
        arrays = true;
      }
    }
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(doc.render(1))
            .recordConstructor(canonical.build())
            .addField(layoutField(false))
            .addMethod(read())
            .addMethod(writeMethod());
    Prose checks = checksProse();
    if (!checks.isEmpty()) {
      ctor.addJavadoc(Javadoc.summary("Checks the values: $L.", checks).render(2));
      type.addMethod(ctor.build());
    }
    if (arrays) {
      for (Member m : layout.members()) {
        if (StructAccess.isJavaArray(m)) {
          String name = m.field().javaName();
          type.addMethod(
              MethodSpec.methodBuilder(name)
                  .addAnnotation(Override.class)
                  .addModifiers(Modifier.PUBLIC)
                  .returns(access.javaType(m))
                  .addJavadoc(
                      Javadoc.summary("A copy of $L.", fieldDoc(m))
                          .tag("@return", Prose.of("a copy"))
                          .render(2))
                  .addStatement("return $N.clone()", name)
                  .build());
        }
      }
      type.addMethod(equalsMethod()).addMethod(hashCodeMethod()).addMethod(toStringMethod());
    }
    return type.build();
  }

  /** What the compact constructor checks, after the kinds of fields there are. */
  private Prose checksProse() {
    List<Prose> checks = new ArrayList<>();
    boolean references = false;
    boolean unsigned = false;
    boolean arrays = false;
    boolean strings = false;
    for (Member m : layout.members()) {
      if (StructAccess.isString(m)) {
        strings = true;
      } else if (StructAccess.isJavaArray(m)) {
        arrays = true;
      } else if (m.type() instanceof StructLayouts.Scalar s && s.enumType().isEmpty()) {
        unsigned |= s.scalar().widened() != s.scalar().carrier();
      } else {
        references = true;
      }
    }
    if (references || arrays || strings) {
      checks.add(Prose.of("no reference is $L", Prose.code("null")));
    }
    if (unsigned) {
      checks.add(Prose.of("unsigned values fit their C type"));
    }
    if (arrays) {
      checks.add(Prose.of("arrays hold exactly their C length (and are copied)"));
    }
    if (strings) {
      checks.add(Prose.of("strings fit their $L arrays with a terminator", Prose.code("char")));
    }
    if (checks.isEmpty()) {
      return Prose.of("");
    }
    Prose.Builder b = Prose.builder();
    for (int i = 0; i < checks.size(); i++) {
      b.add(i == 0 ? "$L" : ", $L", checks.get(i));
    }
    return b.build();
  }

  private MethodSpec read() {
    CodeBlock.Builder args = CodeBlock.builder();
    List<Member> members = layout.members();
    for (int i = 0; i < members.size(); i++) {
      args.add(
          "$>$>$L$L$<$<",
          access.read(model, members.get(i), SLICE),
          i + 1 < members.size() ? ",\n" : "");
    }
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(Poet.MEMORY_SEGMENT, SEGMENT)
        .addJavadoc(
            Javadoc.summary(
                    "Reads a $L from the start of $L.",
                    Prose.code(StructAccess.subject(model)),
                    Prose.code(SEGMENT))
                .param(
                    SEGMENT,
                    Prose.of(
                        "at least $L bytes (a pointer C returned needs {@code reinterpret(LAYOUT"
                            + ".byteSize())} first)",
                        layout.size()))
                .tag("@return", Prose.of("a copy of the value"))
                .render(2))
        .addStatement(
            "$T $N = $N.asSlice(0, $N.byteSize())",
            Poet.MEMORY_SEGMENT,
            SLICE,
            SEGMENT,
            Names.STRUCT_LAYOUT)
        .addStatement("return new $T(\n$L)", self, args.build())
        .build();
  }

  private MethodSpec writeMethod() {
    long used = layout.members().stream().mapToLong(Member::size).sum();
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("write")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Poet.MEMORY_SEGMENT, SEGMENT)
            .addJavadoc(
                Javadoc.summary(
                        "Writes this value to the start of $L$L.",
                        Prose.code(SEGMENT),
                        used < layout.size() ? Prose.of(", padding bytes zeroed") : Prose.of(""))
                    .param(SEGMENT, Prose.of("at least $L writable bytes", layout.size()))
                    .render(2))
            .addStatement(
                "$T $N = $N.asSlice(0, $N.byteSize())",
                Poet.MEMORY_SEGMENT,
                SLICE,
                SEGMENT,
                Names.STRUCT_LAYOUT);
    if (used < layout.size()) {
      m.addStatement("$N.fill((byte) 0)", SLICE);
    }
    for (Member member : layout.members()) {
      m.addCode(access.write(model, member, SLICE, CodeBlock.of("$N", member.field().javaName())));
    }
    return m.build();
  }

  private MethodSpec equalsMethod() {
    CodeBlock.Builder cond = CodeBlock.builder().add("o instanceof $T other", self);
    for (Member m : layout.members()) {
      String n = m.field().javaName();
      TypeName t = access.javaType(m);
      CodeBlock c;
      if (StructAccess.isJavaArray(m)) {
        c = CodeBlock.of("$T.equals($N, other.$N)", Arrays.class, n, n);
      } else if (t.equals(TypeName.FLOAT)) {
        c = CodeBlock.of("$T.compare($N, other.$N) == 0", Float.class, n, n);
      } else if (t.equals(TypeName.DOUBLE)) {
        c = CodeBlock.of("$T.compare($N, other.$N) == 0", Double.class, n, n);
      } else if (t.isPrimitive()) {
        c = CodeBlock.of("$N == other.$N", n, n);
      } else {
        c = CodeBlock.of("$T.equals($N, other.$N)", Objects.class, n, n);
      }
      cond.add("\n$>$>&& $L$<$<", c);
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "o")
        .addJavadoc(
            Javadoc.summary(
                    "Whether $L holds the same values (arrays by content).", Prose.code("o"))
                .param("o", Prose.of("another object"))
                .tag("@return", Prose.of("whether the values are equal"))
                .render(2))
        .addStatement("return $L", cond.build())
        .build();
  }

  private MethodSpec hashCodeMethod() {
    CodeBlock.Builder values = CodeBlock.builder();
    List<Member> members = layout.members();
    for (int i = 0; i < members.size(); i++) {
      String n = members.get(i).field().javaName();
      values.add(
          StructAccess.isJavaArray(members.get(i)) ? "$W$T.hashCode($N)" : "$W$N",
          StructAccess.isJavaArray(members.get(i))
              ? new Object[] {Arrays.class, n}
              : new Object[] {n});
      if (i + 1 < members.size()) {
        values.add(",");
      }
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addJavadoc(
            Javadoc.summary("A hash of the values (arrays by content).")
                .tag("@return", Prose.of("the hash"))
                .render(2))
        .addStatement("return $T.hash($L)", Objects.class, values.build())
        .build();
  }

  private MethodSpec toStringMethod() {
    CodeBlock.Builder text = CodeBlock.builder().add("$S", self.simpleName() + "[");
    List<Member> members = layout.members();
    for (int i = 0; i < members.size(); i++) {
      String n = members.get(i).field().javaName();
      text.add("\n$>$>+ $S + ", (i == 0 ? "" : ", ") + n + "=");
      text.add(
          StructAccess.isJavaArray(members.get(i)) ? "$T.toString($N)$<$<" : "$N$<$<",
          StructAccess.isJavaArray(members.get(i))
              ? new Object[] {Arrays.class, n}
              : new Object[] {n});
    }
    text.add("\n$>$>+ $S$<$<", "]");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc(
            Javadoc.summary("The values, arrays by content.")
                .tag("@return", Prose.of("the text"))
                .render(2))
        .addStatement("return $L", text.build())
        .build();
  }

  // --- unions -----------------------------------------------------------------------------------

  private TypeSpec union() {
    Javadoc doc =
        typeDoc("as a value carrying its bytes, copied to and from native memory")
            .paragraph(
                "Make one with the $L factory of the member C should see; each accessor reads the"
                    + " same bytes as its member, as C does.",
                Prose.code("of"));
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(doc.render(1))
            .addField(layoutField(true))
            .addField(byte[].class, BYTES, Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(byte[].class, BYTES)
                    .addStatement("this.$N = $N", BYTES, BYTES)
                    .build());
    for (Member m : layout.members()) {
      type.addMethod(factory(m)).addMethod(accessor(m));
    }
    type.addMethod(
        MethodSpec.methodBuilder("read")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(Poet.MEMORY_SEGMENT, SEGMENT)
            .addJavadoc(
                Javadoc.summary(
                        "Copies a $L from the start of $L.",
                        Prose.code(StructAccess.subject(model)),
                        Prose.code(SEGMENT))
                    .param(SEGMENT, Prose.of("at least $L bytes", layout.size()))
                    .tag("@return", Prose.of("a copy of its bytes"))
                    .render(2))
            .addStatement(
                "return new $T($N.asSlice(0, $N.byteSize()).toArray($T.JAVA_BYTE))",
                self,
                SEGMENT,
                Names.STRUCT_LAYOUT,
                Poet.VALUE_LAYOUT)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("write")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Poet.MEMORY_SEGMENT, SEGMENT)
            .addJavadoc(
                Javadoc.summary(
                        "Copies this union's bytes to the start of $L.", Prose.code(SEGMENT))
                    .param(SEGMENT, Prose.of("at least $L writable bytes", layout.size()))
                    .render(2))
            .addStatement(
                "$T.copy($N, 0, $N, $T.JAVA_BYTE, 0, $N.length)",
                Poet.MEMORY_SEGMENT,
                BYTES,
                SEGMENT,
                Poet.VALUE_LAYOUT,
                BYTES)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toByteArray")
            .addModifiers(Modifier.PUBLIC)
            .returns(byte[].class)
            .addJavadoc(
                Javadoc.summary("A copy of the union's $L bytes.", layout.size())
                    .tag("@return", Prose.of("the bytes"))
                    .render(2))
            .addStatement("return $N.clone()", BYTES)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(Object.class, "o")
            .addJavadoc(
                Javadoc.summary("Whether $L holds the same bytes.", Prose.code("o"))
                    .param("o", Prose.of("another object"))
                    .tag("@return", Prose.of("whether the bytes are equal"))
                    .render(2))
            .addStatement(
                "return o instanceof $T other && $T.equals($N, other.$N)",
                self,
                Arrays.class,
                BYTES,
                BYTES)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addJavadoc(
                Javadoc.summary("A hash of the bytes.")
                    .tag("@return", Prose.of("the hash"))
                    .render(2))
            .addStatement("return $T.hashCode($N)", Arrays.class, BYTES)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                Javadoc.summary("The bytes in hexadecimal.")
                    .tag("@return", Prose.of("the text"))
                    .render(2))
            .addStatement(
                "return $S + $T.of().formatHex($N) + $S",
                self.simpleName() + "[",
                java.util.HexFormat.class,
                BYTES,
                "]")
            .build());
    return type.build();
  }

  private MethodSpec factory(Member m) {
    String name = m.field().javaName();
    return MethodSpec.methodBuilder("of" + Names.upperCamel(m.field().name()))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(ParameterSpec.builder(access.javaType(m), name).build())
        .addJavadoc(
            Javadoc.summary(
                    "A union holding $L, its other bytes zero.", Prose.code(m.field().name()))
                .param(name, fieldDoc(m))
                .tag("@return", Prose.of("the union"))
                .render(2))
        .addCode(access.check(model, m, name))
        .addStatement(
            "$T $N = $T.ofArray(new byte[$L])",
            Poet.MEMORY_SEGMENT,
            SLICE,
            Poet.MEMORY_SEGMENT,
            layout.size())
        .addCode(access.write(model, m, SLICE, CodeBlock.of("$N", name)))
        .addStatement("return new $T($N.toArray($T.JAVA_BYTE))", self, SLICE, Poet.VALUE_LAYOUT)
        .build();
  }

  private MethodSpec accessor(Member m) {
    return MethodSpec.methodBuilder(m.field().javaName())
        .addModifiers(Modifier.PUBLIC)
        .returns(access.javaType(m))
        .addJavadoc(
            Javadoc.summary("The bytes read as $L.", fieldDoc(m))
                .tag("@return", Prose.of("the member's value"))
                .render(2))
        .addStatement(
            "$T $N = $T.ofArray($N)", Poet.MEMORY_SEGMENT, SLICE, Poet.MEMORY_SEGMENT, BYTES)
        .addStatement("return $L", access.read(model, m, SLICE))
        .build();
  }
}

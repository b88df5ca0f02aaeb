package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ffmbind.processor.codegen.text.Javadoc;
import dev.ffmbind.processor.codegen.text.Prose;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.StructLayouts;
import dev.ffmbind.processor.model.StructLayouts.Layout;
import dev.ffmbind.processor.model.StructLayouts.Member;
import dev.ffmbind.processor.model.StructModel;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the view of a resident struct ({@link StructModel#resident}): a final class over a {@code
 * MemorySegment} of {@code sizeof} bytes that C may keep a pointer to across calls. It has {@code
 * allocate(Arena)} (zeroed memory the caller's arena owns) and {@code of(MemorySegment)}, a getter
 * and a fluent setter per field that read and write native memory directly (a pointer as a {@code
 * MemorySegment}, a nested resident struct as its view, another nested struct as its value, an
 * array element by index), {@code segment()}, and {@code toValue()}/{@code set(value)} to convert
 * from and to the value type. Field access goes through the segment, so FFM's liveness check makes
 * use after the arena closed an {@code IllegalStateException}.
 */
final class StructViewWriter {

  private static final String SEGMENT = "segment";
  private static final ClassName ARENA = ClassName.get("java.lang.foreign", "Arena");
  private static final ClassName VIEWS = ClassName.get("dev.ffmbind.internal", "StructViews");

  private final StructModel model;
  private final StructLayouts layouts;
  private final Layout layout;
  private final StructAccess access;
  private final ClassName self;
  private final ClassName value;

  private StructViewWriter(StructModel model, StructLayouts layouts, String charset) {
    this.model = model;
    this.layouts = layouts;
    this.layout = layouts.layout(model);
    this.access = new StructAccess(layouts, charset);
    this.self = Poet.className(model.viewClass());
    this.value = Poet.className(model.javaClass());
  }

  /** The nested view class of a resident struct or union of a validated model. */
  static TypeSpec write(StructModel model, StructLayouts layouts, String charset) {
    return new StructViewWriter(model, layouts, charset).view();
  }

  private String subject() {
    return StructAccess.subject(model);
  }

  private TypeSpec view() {
    Javadoc doc =
        Javadoc.summary(
                "A view of the C $L $L resident in native memory, for a pointer C keeps across"
                    + " calls.",
                model.keyword(),
                Prose.code(model.cName()))
            .paragraph(
                "Its accessors read and write the $L bytes directly; nothing is copied when it is"
                    + " passed to C. Once the arena that owns the memory is closed, any access"
                    + " throws $L. $L is the same struct as a value.",
                layout.size(),
                Prose.code("IllegalStateException"),
                Prose.code(value.simpleName()));
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(doc.render(1))
            .addField(
                FieldSpec.builder(Poet.MEMORY_SEGMENT, SEGMENT, Modifier.PRIVATE, Modifier.FINAL)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(Poet.MEMORY_SEGMENT, SEGMENT)
                    .addStatement("this.$N = $N", SEGMENT, SEGMENT)
                    .build())
            .addMethod(allocate())
            .addMethod(of())
            .addMethod(segment())
            .addMethod(toValue())
            .addMethod(set());
    for (Member m : layout.members()) {
      accessors(type, m);
    }
    return type.build();
  }

  private CodeBlock size() {
    return CodeBlock.of("$T.$N.byteSize()", value, Names.STRUCT_LAYOUT);
  }

  private MethodSpec allocate() {
    return MethodSpec.methodBuilder("allocate")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(ARENA, "arena")
        .addJavadoc(
            Javadoc.summary(
                    "Allocates a zeroed $L in $L, which owns it.",
                    Prose.code(subject()),
                    Prose.code("arena"))
                .param("arena", Prose.of("the arena whose lifetime the struct shares"))
                .tag("@return", Prose.of("a view of the new memory"))
                .render(2))
        .addStatement("return new $T(arena.allocate($T.$N))", self, value, Names.STRUCT_LAYOUT)
        .build();
  }

  private MethodSpec of() {
    return MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(Poet.MEMORY_SEGMENT, SEGMENT)
        .addJavadoc(
            Javadoc.summary(
                    "A view of the first $L bytes of $L.", layout.size(), Prose.code(SEGMENT))
                .param(SEGMENT, Prose.of("memory holding the struct, not {@code NULL}"))
                .tag("@return", Prose.of("a view sharing the segment's lifetime"))
                .tag(
                    "@throws IllegalArgumentException",
                    Prose.of("if the segment is {@code NULL} or shorter than the struct"))
                .render(2))
        .addStatement(
            "return new $T($T.wrap($N, $L,$W$S))", self, VIEWS, SEGMENT, size(), subject())
        .build();
  }

  private MethodSpec segment() {
    return MethodSpec.methodBuilder("segment")
        .addModifiers(Modifier.PUBLIC)
        .returns(Poet.MEMORY_SEGMENT)
        .addJavadoc(
            Javadoc.summary("The memory of the struct, $L bytes.", layout.size())
                .tag("@return", Prose.of("the segment C is given a pointer to"))
                .render(2))
        .addStatement("return $N", SEGMENT)
        .build();
  }

  private MethodSpec toValue() {
    return MethodSpec.methodBuilder("toValue")
        .addModifiers(Modifier.PUBLIC)
        .returns(value)
        .addJavadoc(
            Javadoc.summary("Copies the struct's current fields into a value.")
                .tag("@return", Prose.of("a copy"))
                .render(2))
        .addStatement("return $T.read($N)", value, SEGMENT)
        .build();
  }

  private MethodSpec set() {
    return MethodSpec.methodBuilder("set")
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(value, "value")
        .addJavadoc(
            Javadoc.summary("Overwrites every field with those of $L.", Prose.code("value"))
                .param("value", Prose.of("the fields to write"))
                .tag("@return", Prose.of("this view"))
                .render(2))
        .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
        .addStatement("value.write($N)", SEGMENT)
        .addStatement("return this")
        .build();
  }

  /** The C field, with the spec's doc of it in parentheses when there is one. */
  private Prose fieldDoc(Member m) {
    Prose c =
        Prose.of(
            "the C field $L, at offset $L",
            Prose.code(StructWriter.declaration(m.field())),
            m.offset());
    String doc = m.field().doc().strip();
    while (doc.endsWith(".")) {
      doc = doc.substring(0, doc.length() - 1);
    }
    return doc.isEmpty() ? c : Prose.of("$L ($L)", c, Prose.text(doc));
  }

  private void accessors(TypeSpec.Builder type, Member m) {
    String name = m.field().javaName();
    if (m.type() instanceof StructLayouts.Nested n && n.struct().resident()) {
      StructModel nested = n.struct();
      ClassName view = Poet.className(nested.viewClass());
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PUBLIC)
              .returns(view)
              .addJavadoc(
                  Javadoc.summary("A view of $L, sharing this struct's memory.", fieldDoc(m))
                      .tag("@return", Prose.of("the nested view"))
                      .render(2))
              .addStatement(
                  "return $T.of($N.asSlice($LL, $L))", view, SEGMENT, m.offset(), m.size())
              .build());
      return;
    }
    if (m.type() instanceof StructLayouts.Array a && !StructAccess.isString(m)) {
      indexed(type, m, a);
      return;
    }
    TypeName t = access.javaType(m);
    type.addMethod(
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(t)
            .addJavadoc(
                Javadoc.summary("Reads $L.", fieldDoc(m))
                    .tag("@return", Prose.of("its value"))
                    .render(2))
            .addStatement("return $L", access.read(model, m, SEGMENT))
            .build());
    type.addMethod(
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(t, name)
            .addJavadoc(
                Javadoc.summary("Writes $L.", fieldDoc(m))
                    .param(name, Prose.of("the new value"))
                    .tag("@return", Prose.of("this view"))
                    .render(2))
            .addCode(access.check(model, m, name))
            .addCode(access.write(model, m, SEGMENT, CodeBlock.of("$N", name)))
            .addStatement("return this")
            .build());
  }

  private void indexed(TypeSpec.Builder type, Member m, StructLayouts.Array a) {
    String name = m.field().javaName();
    String field = m.field().name();
    TypeName t = StructAccess.javaType(a.element());
    long size = a.element().size(layouts);
    CodeBlock index =
        CodeBlock.of(
            "long at = $LL + $T.index(i,$W$L,$W$S,$W$S) * $LL",
            m.offset(),
            VIEWS,
            a.length(),
            subject(),
            field,
            size);
    CodeBlock at = CodeBlock.of("at");
    type.addMethod(
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(t)
            .addParameter(TypeName.INT, "i")
            .addJavadoc(
                Javadoc.summary("Reads element $L of $L.", Prose.code("i"), fieldDoc(m))
                    .param("i", Prose.of("the index, from 0 to $L", a.length() - 1))
                    .tag("@return", Prose.of("its value"))
                    .render(2))
            .addStatement("$L", index)
            .addStatement("return $L", access.read(a.element(), SEGMENT, at))
            .build());
    CodeBlock.Builder checks = CodeBlock.builder();
    if (a.element() instanceof StructLayouts.Scalar s) {
      if (s.enumType().isPresent()) {
        checks.addStatement("$T.notNull($N, $S, $S)", StructAccess.STRUCTS, name, subject(), field);
      } else if (s.scalar().widened() != s.scalar().carrier()) {
        checks.addStatement(
            "$T.unsignedRange($N, $LL, $S, $S)",
            StructAccess.STRUCTS,
            name,
            s.scalar().unsignedMax(),
            subject(),
            field);
      }
    } else {
      checks.addStatement("$T.notNull($N, $S, $S)", StructAccess.STRUCTS, name, subject(), field);
    }
    type.addMethod(
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(TypeName.INT, "i")
            .addParameter(t, name)
            .addJavadoc(
                Javadoc.summary("Writes element $L of $L.", Prose.code("i"), fieldDoc(m))
                    .param("i", Prose.of("the index, from 0 to $L", a.length() - 1))
                    .param(name, Prose.of("the new value"))
                    .tag("@return", Prose.of("this view"))
                    .render(2))
            .addCode(checks.build())
            .addStatement("$L", index)
            .addCode(access.write(a.element(), SEGMENT, at, CodeBlock.of("$N", name)))
            .addStatement("return this")
            .build());
  }
}

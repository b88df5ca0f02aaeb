package dev.ffmbind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Structs, resident structs and enums in annotated methods: methods name the types the processor
 * generates from the interface's declarations ({@code Time_Ffm.Timeval}, {@code
 * Time_Ffm.PointView}, {@code Time_Ffm.Color}); each misuse is reported at the element it concerns.
 */
class StructEnumAnnotationTest {

  private static JavaFileObject time(String... members) {
    List<String> lines = new ArrayList<>();
    lines.add("package t;");
    lines.add(Sources.IMPORTS);
    lines.add("@NativeLibrary(\"c\")");
    lines.add("public interface Time {");
    lines.addAll(List.of(members));
    lines.add("}");
    return JavaFileObjects.forSourceLines("t.Time", lines);
  }

  @Test
  void generatedStructAndEnumTypesCompileInEveryPosition() {
    Compilation compilation =
        Sources.compile(
            time(
                "  @Struct(\"timeval\")",
                "  record Timeval(@CType(\"long\") long tv_sec, @CType(\"long\") long tv_usec) {}",
                "  @Struct(value = \"point\", resident = true)",
                "  record Point(int x, int y, Color tint) {}",
                "  @CEnum(value = \"color\", type = \"unsigned int\")",
                "  enum Color { RED, @EnumValue(7) GREEN, BLUE }",
                "  Time_Ffm.Timeval now();",
                "  int set(@CType(\"const struct timeval*\") Time_Ffm.Timeval tv);",
                "  int get(@Out Ref<Time_Ffm.Timeval> tv);",
                "  int all(@WithLength(\"size_t\") Time_Ffm.Timeval[] tvs);",
                "  Time_Ffm.PointView origin();",
                "  int move(Time_Ffm.PointView p, Time_Ffm.Color c);",
                "  Time_Ffm.Color tint(Time_Ffm.Point p);"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("t.Time_Ffm")
        .contentsAsUtf8String()
        .contains("public static final Color GREEN = new Color(7, \"GREEN\");");
  }

  @Test
  void aViewOfAStructThatIsNotResidentIsRefused() {
    JavaFileObject source =
        time(
            "  @Struct(\"point\")",
            "  record Point(int x, int y) {}",
            "  int move(Time_Ffm.PointView p);");
    Compilation compilation = Sources.compileLenient(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.struct.view-not-resident] parameter 'p' has Java type Time_Ffm.PointView, the"
                + " view of struct 'point', which is generated only for a resident struct: declare"
                + " it with resident = true, or pass the value type Point")
        .inFile(source)
        .onLineContaining("PointView p");
  }

  @Test
  void aCallbackGetsAValueForAWritablePointerOnlyAsASegmentOrAView() {
    JavaFileObject source =
        time(
            "  @Struct(\"timeval\")",
            "  record Timeval(@CType(\"long\") long tv_sec, @CType(\"long\") long tv_usec) {}",
            "  @Callback(\"tick_fn\")",
            "  interface Tick {",
            "    void tick(@CType(\"struct timeval*\") Time_Ffm.Timeval now);",
            "  }",
            "  void each(@Lifetime(CallbackLifetime.CALL) Tick fn);");
    Compilation compilation = Sources.compileLenient(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.type.mismatch] callback 'tick_fn' (now): C type 'struct timeval*' cannot be"
                + " carried by Java Timeval; use MemorySegment")
        .inFile(source)
        .onLineContaining("Timeval now");
  }

  @Test
  void aCallbackParameterNamingTheViewOfAStructThatIsNotResidentIsRefused() {
    JavaFileObject source =
        time(
            "  @Struct(\"point\")",
            "  record Point(int x, int y) {}",
            "  @Callback(\"move_fn\")",
            "  interface Move {",
            "    void moved(@CType(\"struct point*\") Time_Ffm.PointView p);",
            "  }",
            "  void each(@Lifetime(CallbackLifetime.CALL) Move fn);");
    Compilation compilation = Sources.compileLenient(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ffmbind.struct.view-not-resident] parameter 'p' has Java type")
        .inFile(source)
        .onLineContaining("PointView p");
  }

  @Test
  void aNameInTheBindingThatNoDeclarationGeneratesIsRefused() {
    JavaFileObject source =
        time(
            "  @Struct(\"point\")",
            "  record Point(int x, int y) {}",
            "  Time_Ffm.Poynt origin();");
    Compilation compilation = Sources.compileLenient(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.struct.generated-unknown] the return value of origin() has Java type"
                + " Time_Ffm.Poynt, which is not a type the interface's declarations generate in"
                + " Time_Ffm (a @Struct or @Union value type, a resident struct's view, a @CEnum"
                + " class): Time_Ffm.Point")
        .inFile(source)
        .onLineContaining("Poynt origin");
  }

  @Test
  void theDeclaringRecordInARefOrAnArrayIsRefusedNamingTheGeneratedType() {
    JavaFileObject source =
        time(
            "  @Struct(\"timeval\")",
            "  record Timeval(@CType(\"long\") long tv_sec) {}",
            "  int get(@Out Ref<Timeval> tv);",
            "  int all(@WithLength(\"size_t\") Timeval[] many);");
    Compilation compilation = Sources.compileLenient(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.struct.record-parameter] parameter 'tv' has Java type Timeval")
        .inFile(source)
        .onLineContaining("Ref<Timeval> tv");
    assertThat(compilation)
        .hadErrorContaining("write Time_Ffm.Timeval")
        .inFile(source)
        .onLineContaining("Timeval[] many");
  }

  @Test
  void aStructRecordNotNestedInTheInterfaceIsReported() {
    JavaFileObject record =
        JavaFileObjects.forSourceLines(
            "t.Timeval",
            "package t;",
            Sources.IMPORTS,
            "@Struct(\"timeval\")",
            "public record Timeval(@CType(\"long\") long tv_sec) {}");
    Compilation compilation = Sources.compileLenient(record, time("  int getpid();"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.struct.not-nested] @Struct Timeval is not nested in a @NativeLibrary"
                + " interface, so no binding declares it; move it into the interface whose methods"
                + " use it")
        .inFile(record)
        .onLineContaining("@Struct(\"timeval\")");
  }

  @Test
  void anEnumAnnotationOnSomethingElseThanAnEnumIsRefused() {
    JavaFileObject source =
        time("  @CEnum(\"color\")", "  record Color(int value) {}", "  int getpid();");
    Compilation compilation = Sources.compileLenient(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.enum.not-enum] @CEnum may only annotate a Java enum nested in the"
                + " @NativeLibrary interface; make Color an enum whose constants are the C"
                + " enumerators")
        .inFile(source)
        .onLineContaining("@CEnum(\"color\")");
  }

  @Test
  void theDeclaringEnumAsAParameterIsRefusedNamingTheGeneratedClass() {
    JavaFileObject source =
        time("  @CEnum(\"color\")", "  enum Color { RED, GREEN }", "  int paint(Color c);");
    Compilation compilation = Sources.compileLenient(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[ffmbind.enum.declaration-parameter] parameter 'c' has Java type Color, a @CEnum"
                + " declaration, which cannot hold a value C returns that it does not list;"
                + " methods take and return the class the processor generates from it: write"
                + " Time_Ffm.Color")
        .inFile(source)
        .onLineContaining("Color c");
  }

  @Test
  void anEnumTypeThatDoesNotParseIsReportedAtTheType() {
    JavaFileObject source =
        time(
            "  @CEnum(value = \"color\", type = \"unsigned (int)\")",
            "  enum Color { RED }",
            "  int getpid();");
    Compilation compilation = Sources.compileLenient(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ffmbind.type.syntax]")
        .inFile(source)
        .onLineContaining("unsigned (int)");
  }

  @Test
  void theValidatorChecksAnnotatedEnumsAtTheConstant() {
    JavaFileObject source =
        time(
            "  @CEnum(\"small\")",
            "  enum Small {",
            "    A,",
            "    @EnumValue(0x100000000L) TOO_BIG",
            "  }",
            "  int getpid();");
    Compilation compilation = Sources.compileLenient(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[ffmbind.enum.")
        .inFile(source)
        .onLineContaining("TOO_BIG");
  }
}

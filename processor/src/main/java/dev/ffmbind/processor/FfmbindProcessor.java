package dev.ffmbind.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.ffmbind.processor.abi.AbiCheck;
import dev.ffmbind.processor.binding.Resolver;
import dev.ffmbind.processor.codegen.BindingGenerator;
import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.annotation.AnnotationFrontEnd;
import dev.ffmbind.processor.frontend.annotation.ElementRef;
import dev.ffmbind.processor.frontend.yaml.YamlRef;
import dev.ffmbind.processor.frontend.yaml.YamlSpecReader;
import dev.ffmbind.processor.importer.HeaderDeclarations;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The ffmbind annotation processor. Per round, the whole pipeline:
 *
 * <ol>
 *   <li>front ends build a {@link LibraryModel} from each {@code @NativeLibrary} interface and each
 *       YAML spec named by {@code @BindingSpec};
 *   <li>the {@link Validator} checks each model;
 *   <li>every diagnostic is printed, located at the element, annotation and value (or, for YAML, as
 *       {@code spec.yaml:line:col} on the {@code @BindingSpec} that named the spec);
 *   <li>the {@link BindingGenerator} writes the bindings that have no errors.
 * </ol>
 *
 * <p>It claims ffmbind's own annotations (and the {@code @Generated} it writes), so a build with
 * {@code -Xlint:all} has no "no processor claimed" warnings, and it never lets an exception escape
 * into javac.
 */
@AutoService(Processor.class)
public final class FfmbindProcessor extends AbstractProcessor {

  static final String NATIVE_LIBRARY = "dev.ffmbind.annotation.NativeLibrary";

  /** The environment the C compiler and clang are found in ({@code CC}, {@code CLANG}, PATH). */
  private final java.util.Map<String, String> environment;

  /** The processor javac loads, finding compilers in the process environment. */
  public FfmbindProcessor() {
    this(System.getenv());
  }

  /** A processor finding compilers in {@code environment} (tests: one without clang). */
  FfmbindProcessor(java.util.Map<String, String> environment) {
    this.environment = java.util.Map.copyOf(environment);
  }

  static final String BINDING_SPEC = "dev.ffmbind.annotation.BindingSpec";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        "dev.ffmbind.annotation.*",
        "dev.ffmbind.GeneratedBinding",
        "javax.annotation.processing.Generated");
  }

  /** Processor option: {@code false} turns the ABI check of specs with headers off. */
  static final String OPTION_ABI_CHECK = "ffmbind.abi.check";

  /** Processor option: {@code true} makes a missing C compiler an error instead of a warning. */
  static final String OPTION_ABI_REQUIRE_CC = "ffmbind.abi.requireCompiler";

  /** Processor option: include directories for the ABI check, separated by the path separator. */
  static final String OPTION_ABI_INCLUDE_DIRS = "ffmbind.abi.includeDirs";

  /**
   * Processor option: {@code true} reports, as a note when processing ends, the processor's own
   * time (reading, validating, generating, writing) and the lines it generated.
   */
  static final String OPTION_TIMING = "ffmbind.timing";

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION_ABI_CHECK, OPTION_ABI_REQUIRE_CC, OPTION_ABI_INCLUDE_DIRS, OPTION_TIMING);
  }

  /** Time spent in the phases of every binding, in nanoseconds, for {@link #OPTION_TIMING}. */
  private long readNanos;

  private long generateNanos;
  private long writeNanos;
  private long totalNanos;
  private long cpuNanos;
  private int bindings;
  private long generatedLines;

  /** The CPU time of the javac process so far (JIT and GC threads included), or 0 if unknown. */
  private static long processCpuNanos() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(java.time.Duration::toNanos)
        .orElse(0L);
  }

  /**
   * The ABI check of a valid binding that names its headers, unless turned off: when a C compiler
   * is present, the binding is compiled against them (docs/abi-check.md).
   */
  private LibraryModel checkAbi(LibraryModel model, Diagnostics diagnostics) {
    var options = processingEnv.getOptions();
    if (model.headers().isEmpty()
        || diagnostics.hasErrors()
        || "false".equalsIgnoreCase(options.getOrDefault(OPTION_ABI_CHECK, "true"))) {
      return model;
    }
    AbiCheck.Options abi = abiOptions();
    if (AbiCheck.check(model, abi, diagnostics) != AbiCheck.Outcome.PASSED) {
      return model;
    }
    // The generated Javadoc quotes the header's prototypes.
    return model.withHeaders(
        model.headers().map(h -> h.withPrototypes(AbiCheck.quotePrototypes(model, abi))));
  }

  /** The ABI check's options, which header lookups ({@code from_header:}) use too. */
  private AbiCheck.Options abiOptions() {
    var options = processingEnv.getOptions();
    String dirs = options.getOrDefault(OPTION_ABI_INCLUDE_DIRS, "");
    java.util.List<String> includeDirs =
        dirs.isBlank()
            ? java.util.List.of()
            : java.util.List.of(
                dirs.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator)));
    return new AbiCheck.Options(
        Optional.empty(),
        includeDirs,
        environment,
        "true".equalsIgnoreCase(options.getOrDefault(OPTION_ABI_REQUIRE_CC, "false")));
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    long startCpu = processCpuNanos();
    processRound(annotations, round);
    totalNanos += System.nanoTime() - start;
    cpuNanos += processCpuNanos() - startCpu;
    if (round.processingOver()
        && bindings > 0
        && "true".equalsIgnoreCase(processingEnv.getOptions().get(OPTION_TIMING))) {
      processingEnv
          .getMessager()
          .printMessage(
              javax.tools.Diagnostic.Kind.NOTE,
              String.format(
                  "[ffmbind] processor time: %d ms (read and validate %d ms, generate %d ms,"
                      + " write %d ms; %d ms CPU of all javac threads meanwhile) for %d"
                      + " binding(s), %d generated lines",
                  totalNanos / 1_000_000,
                  readNanos / 1_000_000,
                  generateNanos / 1_000_000,
                  writeNanos / 1_000_000,
                  cpuNanos / 1_000_000,
                  bindings,
                  generatedLines));
    }
    return true;
  }

  private void processRound(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (AnnotationFrontEnd.isDeclaration(annotation)) {
        // Read with the interface they are nested in; one nested elsewhere is reported.
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          Diagnostics diagnostics = new Diagnostics();
          AnnotationFrontEnd.checkPlacement(element, annotation, diagnostics);
          print(diagnostics, element, null, null, Optional.empty());
        }
        continue;
      }
      if (!annotation.getQualifiedName().contentEquals(NATIVE_LIBRARY)
          && !annotation.getQualifiedName().contentEquals(BINDING_SPEC)) {
        continue; // read through the two entry annotations, or written by ffmbind itself
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        try {
          if (annotation.getQualifiedName().contentEquals(NATIVE_LIBRARY)) {
            processInterface((TypeElement) element);
          } else {
            processSpecs(element, annotation);
          }
        } catch (RuntimeException | Error e) {
          // A bug in ffmbind must surface as a located error, not as a javac crash.
          StringWriter trace = new StringWriter();
          e.printStackTrace(new PrintWriter(trace));
          processingEnv
              .getMessager()
              .printMessage(
                  javax.tools.Diagnostic.Kind.ERROR,
                  Message.INTERNAL_ERROR.render(element, trace),
                  element);
        }
      }
    }
  }

  private void processInterface(TypeElement type) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    Optional<LibraryModel> model =
        AnnotationFrontEnd.read(
            processingEnv, type, diagnostics, new HeaderDeclarations(abiOptions()));
    String source = type.getQualifiedName().toString();
    model.ifPresent(m -> new Validator().validate(m, diagnostics));
    model = model.map(m -> checkAbi(m, diagnostics));
    print(diagnostics, type, null, null, Optional.empty());
    readNanos += System.nanoTime() - start;
    if (model.isPresent() && !diagnostics.hasErrors()) {
      write(generate(model.get(), source), type);
    }
  }

  private void processSpecs(Element element, TypeElement annotation) {
    AnnotationMirror mirror =
        element.getAnnotationMirrors().stream()
            .filter(m -> m.getAnnotationType().asElement().equals(annotation))
            .findFirst()
            .orElseThrow();
    AnnotationValue value =
        mirror.getElementValues().entrySet().stream()
            .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
            .map(java.util.Map.Entry::getValue)
            .findFirst()
            .orElse(null);
    for (String path : SpecLocator.paths(value)) {
      long start = System.nanoTime();
      Diagnostics diagnostics = new Diagnostics();
      Optional<SpecLocator.Spec> spec =
          SpecLocator.find(
              processingEnv.getFiler(),
              processingEnv.getElementUtils(),
              new ElementRef(element, mirror, value),
              path,
              diagnostics);
      Optional<LibraryModel> model =
          spec.flatMap(
              s ->
                  YamlSpecReader.read(
                      s.fileName(),
                      s.content(),
                      diagnostics,
                      new HeaderDeclarations(abiOptions())));
      model.ifPresent(m -> new Validator().validate(m, diagnostics));
      model = model.map(m -> checkAbi(m, diagnostics));
      print(diagnostics, element, mirror, value, spec.flatMap(SpecLocator.Spec::file));
      readNanos += System.nanoTime() - start;
      if (model.isPresent() && !diagnostics.hasErrors()) {
        write(generate(model.get(), spec.get().fileName()), element);
      }
    }
  }

  /**
   * Prints diagnostics. Those located in Java source point at their element. Those in a spec that
   * is a file start with its path, {@code /abs/src/main/resources/com/x/x.yaml:9:10: [id] ...}, and
   * are not attached to any element, so no Java location comes before it ({@code error:
   * /abs/...yaml:9:10: ...}; Maven: {@code [ERROR] error: /abs/...}), and consoles and IDEs turn it
   * into a link to the spec. Other spec locations (a spec in a jar or in memory) carry their {@code
   * name:line:col} in the text and are attached to the element that named the spec, so IDEs still
   * show them.
   */
  private void print(
      Diagnostics diagnostics,
      Element fallback,
      AnnotationMirror mirror,
      AnnotationValue value,
      Optional<java.nio.file.Path> specFile) {
    var messager = processingEnv.getMessager();
    for (Diagnostic d : diagnostics.all()) {
      if (d.ref() instanceof ElementRef e) {
        messager.printMessage(d.kind(), d.text(), e.element(), e.annotation(), e.value());
      } else if (d.ref() instanceof YamlRef y && specFile.isPresent()) {
        messager.printMessage(
            d.kind(), specFile.get() + ":" + y.line() + ":" + y.column() + ": " + d.text());
      } else {
        messager.printMessage(
            d.kind(), d.ref().describe() + ": " + d.text(), fallback, mirror, value);
      }
    }
  }

  private java.util.List<JavaFile> generate(LibraryModel model, String source) {
    long start = System.nanoTime();
    java.util.List<JavaFile> files = BindingGenerator.generate(Resolver.resolve(model), source);
    generateNanos += System.nanoTime() - start;
    bindings++;
    return files;
  }

  private void write(java.util.List<JavaFile> files, Element originating) {
    long start = System.nanoTime();
    for (JavaFile file : files) {
      String name =
          file.packageName().isEmpty()
              ? file.typeSpec().name()
              : file.packageName() + "." + file.typeSpec().name();
      // Rendered once into memory: the lines are counted, and the Filer gets one write.
      StringBuilder text = new StringBuilder();
      try (java.io.Writer out =
          processingEnv.getFiler().createSourceFile(name, originating).openWriter()) {
        file.writeTo(text);
        out.append(text);
        generatedLines += text.chars().filter(c -> c == '\n').count();
      } catch (IOException e) {
        processingEnv
            .getMessager()
            .printMessage(
                javax.tools.Diagnostic.Kind.ERROR,
                Message.INTERNAL_ERROR.render(
                    originating, "cannot write " + name + ": " + e.getMessage()),
                originating);
      }
    }
    writeNanos += System.nanoTime() - start;
  }
}

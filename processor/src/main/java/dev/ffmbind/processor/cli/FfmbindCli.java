package dev.ffmbind.processor.cli;

import com.palantir.javapoet.JavaFile;
import dev.ffmbind.processor.abi.AbiCheck;
import dev.ffmbind.processor.binding.Resolver;
import dev.ffmbind.processor.codegen.BindingGenerator;
import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.frontend.yaml.HeaderLookup;
import dev.ffmbind.processor.frontend.yaml.YamlRef;
import dev.ffmbind.processor.frontend.yaml.YamlSpecReader;
import dev.ffmbind.processor.importer.HeaderDeclarations;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.SourceRef;
import dev.ffmbind.processor.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prints or writes what the processor would generate for YAML binding specs, through the same
 * pipeline: {@link YamlSpecReader} → {@link Validator} → {@link BindingGenerator}.
 *
 * <pre>
 * java -jar ffmbind-processor.jar [-d DIR] spec.yaml...
 * java -jar ffmbind-processor.jar check-abi [-I DIR] [--require-cc] spec.yaml...
 * java -jar ffmbind-processor.jar import-header [options] header.h
 * </pre>
 *
 * <p>{@code check-abi} checks specs against their C headers ({@link AbiCommands}); {@code
 * import-header} writes a draft spec from a header.
 *
 * <p>Without {@code -d} the generated sources go to standard output; with it they are written under
 * {@code DIR} in package folders. Diagnostics go to standard error as {@code file:line:col: error:
 * [id] text}. Exit status: {@value #OK} on success, {@value #ERRORS} when a spec has errors
 * (nothing is generated for it), {@value #USAGE} for a bad command line.
 */
public final class FfmbindCli {

  /** Everything was generated. */
  public static final int OK = 0;

  /** At least one spec had errors, or output could not be written. */
  public static final int ERRORS = 1;

  /** The command line was not understood. */
  public static final int USAGE = 2;

  static final String USAGE_LINE = "usage: java -jar ffmbind-processor.jar [-d DIR] spec.yaml...";

  /** The header commands' usage, printed with {@code --help} and by their own errors. */
  static final String HEADER_COMMANDS_USAGE =
      "       java -jar ffmbind-processor.jar check-abi [-I DIR] [--require-cc]"
          + " [--print-source] spec.yaml...\n"
          + "       java -jar ffmbind-processor.jar import-header [-I DIR] [-D DEF] [--library NAME]"
          + " [--package PKG] [--class NAME] [-o spec.yaml] header.h";

  private FfmbindCli() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the CLI.
   *
   * @return the exit status: {@link #OK}, {@link #ERRORS} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals(AbiCommands.CHECK_ABI)) {
      return AbiCommands.checkAbi(List.of(args).subList(1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals(AbiCommands.IMPORT_HEADER)) {
      return AbiCommands.importHeader(List.of(args).subList(1, args.length), out, err);
    }
    Path outputDir = null;
    List<String> specs = new ArrayList<>();
    boolean options = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (options && (arg.equals("-h") || arg.equals("--help"))) {
        out.println(USAGE_LINE);
        out.println(HEADER_COMMANDS_USAGE);
        out.println(
            "Prints the Java source generated for each YAML binding spec, or writes it under DIR with -d.");
        out.println("--json-schema prints the JSON Schema of binding specs, for editors.");
        return OK;
      } else if (options && arg.equals("--json-schema")) {
        // For editors: the JSON Schema of specs, from the reader's own key tables.
        out.print(dev.ffmbind.processor.schema.SpecJsonSchema.generate());
        return OK;
      } else if (options && (arg.equals("-d") || arg.equals("--directory"))) {
        if (i + 1 >= args.length) {
          return usage(err, "option " + arg + " needs a directory");
        }
        if (outputDir != null) {
          return usage(err, "option " + arg + " given twice");
        }
        outputDir = Path.of(args[++i]);
      } else if (options && arg.equals("--")) {
        options = false;
      } else if (options && arg.startsWith("-") && arg.length() > 1) {
        return usage(err, "unknown option '" + arg + "'");
      } else {
        specs.add(arg);
      }
    }
    if (specs.isEmpty()) {
      return usage(err, "no binding spec given");
    }

    boolean failed = false;
    List<JavaFile> generated = new ArrayList<>();
    for (String spec : specs) {
      Diagnostics diagnostics = new Diagnostics();
      List<JavaFile> files = process(spec, diagnostics);
      for (Diagnostic d : inDocumentOrder(diagnostics.all())) {
        err.println(d.format());
      }
      if (diagnostics.hasErrors()) {
        failed = true;
      } else {
        generated.addAll(files);
      }
    }

    if (outputDir != null) {
      for (JavaFile file : generated) {
        try {
          file.writeTo(outputDir, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
          err.println(
              "ffmbind: error: cannot write "
                  + qualifiedName(file)
                  + " under "
                  + outputDir
                  + ": "
                  + e);
          failed = true;
        }
      }
    } else {
      for (JavaFile file : generated) {
        if (generated.size() > 1) {
          out.println("// " + qualifiedName(file).replace('.', '/') + ".java");
        }
        out.print(file.toString());
      }
      out.flush();
    }
    return failed ? ERRORS : OK;
  }

  /**
   * Reads what a spec names in {@code from_header:} from its headers, with relative include
   * directories resolved against the spec's directory (as {@code check-abi} does).
   */
  static HeaderLookup fromHeader(String spec) {
    return new HeaderDeclarations(
        AbiCheck.Options.defaults(Optional.ofNullable(Path.of(spec).toAbsolutePath().getParent())));
  }

  /** Reads and validates one spec; empty when it has errors (reported). */
  static Optional<LibraryModel> readValid(String spec, Diagnostics diagnostics) {
    SourceRef specRef = () -> spec;
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Path.of(spec));
    } catch (IOException e) {
      diagnostics.error(specRef, Message.SPEC_UNREADABLE, spec, describe(e));
      return Optional.empty();
    }
    try {
      Optional<LibraryModel> model =
          YamlSpecReader.read(spec, bytes, diagnostics, fromHeader(spec));
      model.ifPresent(m -> new Validator().validate(m, diagnostics));
      return diagnostics.hasErrors() ? Optional.empty() : model;
    } catch (RuntimeException e) {
      diagnostics.error(specRef, Message.INTERNAL_ERROR, spec, e);
      return Optional.empty();
    }
  }

  /** One spec through the pipeline; returns nothing when it has errors. */
  private static List<JavaFile> process(String spec, Diagnostics diagnostics) {
    SourceRef specRef = () -> spec;
    Path path = Path.of(spec);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      diagnostics.error(specRef, Message.SPEC_UNREADABLE, spec, describe(e));
      return List.of();
    }
    try {
      // The reader decodes: bytes that are not UTF-8 are reported at their line and column.
      Optional<LibraryModel> model =
          YamlSpecReader.read(spec, bytes, diagnostics, fromHeader(spec));
      if (model.isEmpty()) {
        return List.of();
      }
      new Validator().validate(model.get(), diagnostics);
      if (diagnostics.hasErrors()) {
        return List.of();
      }
      Path name = path.getFileName();
      return BindingGenerator.generate(
          Resolver.resolve(model.get()), name == null ? spec : name.toString());
    } catch (RuntimeException e) {
      diagnostics.error(specRef, Message.INTERNAL_ERROR, spec, e);
      return List.of();
    }
  }

  /** The reader's and the validator's diagnostics merged by line and column (stable). */
  static List<Diagnostic> inDocumentOrder(List<Diagnostic> diagnostics) {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(
        Comparator.comparingLong(
            d -> d.ref() instanceof YamlRef r ? ((long) r.line() << 32) + r.column() : 0L));
    return sorted;
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
  }

  private static int usage(PrintStream err, String problem) {
    err.println("ffmbind: error: " + problem);
    err.println(USAGE_LINE);
    return USAGE;
  }
}

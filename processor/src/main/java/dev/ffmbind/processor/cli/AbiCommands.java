package dev.ffmbind.processor.cli;

import dev.ffmbind.processor.abi.AbiCheck;
import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.importer.HeaderImporter;
import dev.ffmbind.processor.model.LibraryModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CLI's header commands: {@code check-abi} (a spec against its headers, {@link AbiCheck}) and
 * {@code import-header} (a draft spec from a header, {@link HeaderImporter}).
 */
final class AbiCommands {

  static final String CHECK_ABI = "check-abi";
  static final String IMPORT_HEADER = "import-header";

  private AbiCommands() {}

  /**
   * {@code check-abi [-I DIR]... [--require-cc] [--print-source] spec.yaml...}: exit {@link
   * FfmbindCli#OK} when every spec passes (or names no headers), {@link FfmbindCli#ERRORS} when one
   * does not or the check could not run and {@code --require-cc} was given.
   */
  static int checkAbi(List<String> args, PrintStream out, PrintStream err) {
    List<String> includeDirs = new ArrayList<>();
    List<String> specs = new ArrayList<>();
    boolean requireCc = false;
    boolean printSource = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "-h", "--help" -> {
          out.println(FfmbindCli.HEADER_COMMANDS_USAGE.strip());
          out.println(
              "check-abi compiles each spec's claims against the C headers it names (headers:)");
          out.println("with $CC (else cc) and reports every difference at the spec's location.");
          return FfmbindCli.OK;
        }
        case "-I" -> {
          if (i + 1 >= args.size()) {
            return usage(err, "option -I needs a directory");
          }
          includeDirs.add(Path.of(args.get(++i)).toAbsolutePath().toString());
        }
        case "--require-cc" -> requireCc = true;
        case "--print-source" -> printSource = true;
        default -> {
          if (a.startsWith("-I") && a.length() > 2) {
            includeDirs.add(Path.of(a.substring(2)).toAbsolutePath().toString());
          } else if (a.startsWith("-") && a.length() > 1) {
            return usage(err, "unknown option '" + a + "' of check-abi");
          } else {
            specs.add(a);
          }
        }
      }
    }
    if (specs.isEmpty()) {
      return usage(err, "no binding spec given to check-abi");
    }
    boolean failed = false;
    for (String spec : specs) {
      Diagnostics diagnostics = new Diagnostics();
      Optional<LibraryModel> model = FfmbindCli.readValid(spec, diagnostics);
      long started = System.nanoTime();
      Optional<AbiCheck.Outcome> outcome =
          model.map(
              m ->
                  AbiCheck.check(
                      m,
                      new AbiCheck.Options(
                          Optional.ofNullable(Path.of(spec).toAbsolutePath().getParent()),
                          includeDirs,
                          System.getenv(),
                          false),
                      diagnostics));
      if (printSource) {
        model.ifPresent(m -> out.print(AbiCheck.claimSource(m)));
      }
      for (Diagnostic d : FfmbindCli.inDocumentOrder(diagnostics.all())) {
        err.println(d.format());
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (outcome.isEmpty() || diagnostics.hasErrors()) {
        failed = true;
      } else if (outcome.get() == AbiCheck.Outcome.NO_HEADERS) {
        err.println(spec + ": no 'headers:' to check against");
      } else if (outcome.get() == AbiCheck.Outcome.SKIPPED) {
        failed |= requireCc;
      } else {
        err.println(spec + ": the ABI check passed (" + millis + " ms)");
      }
    }
    return failed ? FfmbindCli.ERRORS : FfmbindCli.OK;
  }

  /**
   * {@code import-header [-I DIR]... [-D DEF]... [--library NAME] [--package P] [--class C] [-o
   * spec.yaml] header.h}: writes the draft to the file or standard output.
   */
  static int importHeader(List<String> args, PrintStream out, PrintStream err) {
    HeaderImporter.Request.Builder request = HeaderImporter.Request.builder();
    Path output = null;
    String header = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-h") || a.equals("--help")) {
        out.println(FfmbindCli.HEADER_COMMANDS_USAGE.strip());
        out.println(
            "import-header options: -I DIR, -D NAME[=VALUE], --library NAME, --package PKG,"
                + " --class NAME, -o SPEC.yaml");
        return FfmbindCli.OK;
      }
      boolean takesValue =
          List.of("-I", "-D", "--library", "--package", "--class", "-o").contains(a);
      if (takesValue && i + 1 >= args.size()) {
        return usage(err, "option " + a + " needs a value");
      }
      switch (a) {
        case "-I" -> request.includeDir(args.get(++i));
        case "-D" -> request.define(args.get(++i));
        case "--library" -> request.library(args.get(++i));
        case "--package" -> request.javaPackage(args.get(++i));
        case "--class" -> request.javaClass(args.get(++i));
        case "-o" -> output = Path.of(args.get(++i));
        default -> {
          if (a.startsWith("-") && a.length() > 1) {
            return usage(err, "unknown option '" + a + "' of import-header");
          }
          if (header != null) {
            return usage(
                err, "import-header reads one header; got '" + header + "' and '" + a + "'");
          }
          header = a;
        }
      }
    }
    if (header == null) {
      return usage(err, "no header given to import-header");
    }
    request.header(header);
    if (output != null) {
      request.specDir(output.toAbsolutePath().getParent());
    }
    HeaderImporter.Result result;
    try {
      result = HeaderImporter.importHeader(request.build());
    } catch (HeaderImporter.ImportException e) {
      err.println("ffmbind: error: " + e.getMessage());
      return FfmbindCli.ERRORS;
    }
    try {
      if (output == null) {
        out.print(result.yaml());
      } else {
        Files.writeString(output, result.yaml(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      err.println("ffmbind: error: cannot write " + output + ": " + e.getMessage());
      return FfmbindCli.ERRORS;
    }
    err.println(result.summary());
    return FfmbindCli.OK;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("ffmbind: error: " + problem);
    err.println(FfmbindCli.USAGE_LINE);
    err.println(FfmbindCli.HEADER_COMMANDS_USAGE);
    return FfmbindCli.USAGE;
  }
}

package dev.ffmbind.processor.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.frontend.yaml.YamlRef;
import dev.ffmbind.processor.frontend.yaml.YamlSpecReader;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.validation.Validator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one C header with clang and writes a draft YAML binding spec: the functions, enums,
 * typedefs, callback types and literal {@code #define}s the header itself declares (not what it
 * includes), in header order, with the comments clang attaches to them as {@code doc}. What the
 * spec cannot say exactly (a struct by value, a function pointer without a typedef, a variadic
 * function) is left out with a comment saying why, so that the draft is a valid spec that passes
 * the ABI check as it stands; what needs a human is marked {@code REVIEW}.
 */
public final class HeaderImporter {

  /** The import failed before anything could be written (no clang, header not found, ...). */
  public static final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    ImportException(String message) {
      super(message);
    }
  }

  /**
   * What to import.
   *
   * @param header the header: a path, or a name as {@code #include} writes it ({@code uuid/uuid.h})
   * @param includeDirs directories to search ({@code -I})
   * @param defines macros ({@code -D})
   * @param library the library to load; guessed from the header's name when empty
   * @param javaPackage the Java package of the generated class
   * @param javaClass the class; guessed from the header's name when empty
   * @param specDir where the draft will be written, so include directories can be relative to it
   */
  public record Request(
      String header,
      List<String> includeDirs,
      List<String> defines,
      Optional<String> library,
      String javaPackage,
      Optional<String> javaClass,
      Optional<Path> specDir) {

    public Request {
      includeDirs = List.copyOf(includeDirs);
      defines = List.copyOf(defines);
    }

    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Request}; by default package {@code bindings}, no directories. */
    public static final class Builder {
      private String header = "";
      private final List<String> includeDirs = new ArrayList<>();
      private final List<String> defines = new ArrayList<>();
      private Optional<String> library = Optional.empty();
      private String javaPackage = "bindings";
      private Optional<String> javaClass = Optional.empty();
      private Optional<Path> specDir = Optional.empty();

      public Builder header(String header) {
        this.header = header;
        return this;
      }

      public Builder includeDir(String dir) {
        includeDirs.add(dir);
        return this;
      }

      public Builder define(String define) {
        defines.add(define);
        return this;
      }

      public Builder library(String library) {
        this.library = Optional.of(library);
        return this;
      }

      public Builder javaPackage(String javaPackage) {
        this.javaPackage = javaPackage;
        return this;
      }

      public Builder javaClass(String javaClass) {
        this.javaClass = Optional.of(javaClass);
        return this;
      }

      public Builder specDir(Path specDir) {
        this.specDir = Optional.ofNullable(specDir);
        return this;
      }

      public Request build() {
        return new Request(header, includeDirs, defines, library, javaPackage, javaClass, specDir);
      }
    }
  }

  /**
   * The draft.
   *
   * @param yaml the spec's text
   * @param summary one line: how many declarations were imported and left out
   */
  public record Result(String yaml, String summary) {}

  private static final List<String> SYSTEM_DIRS =
      List.of("/usr/local/include", "/usr/include/x86_64-linux-gnu", "/usr/include");

  private HeaderImporter() {}

  /** Imports {@code request.header()}. */
  public static Result importHeader(Request request) throws ImportException {
    Located header = locate(request);
    String clang = findClang(System.getenv());
    JsonNode ast = dump(clang, header.path(), request);
    String headerText;
    try {
      headerText = Files.readString(header.path(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new ImportException("cannot read " + header.path() + ": " + e.getMessage());
    }
    Map<String, String> macros =
        macroExpansions(clang, header.path(), request, macroNames(headerText));
    Draft draft = new Draft(header, request, headerText);
    draft.read(ast);
    draft.readMacros(macros);
    // What the validator refuses (a callback type Java cannot take, two callbacks in one call) is
    // left out with the validator's words, until the draft is a valid spec.
    String yaml = draft.yaml();
    int unresolved = 0;
    for (int round = 0; round < 50; round++) {
      Diagnostics diagnostics = new Diagnostics();
      Optional<LibraryModel> model = YamlSpecReader.read("draft.yaml", yaml, diagnostics);
      model.ifPresent(m -> new Validator().validate(m, diagnostics));
      if (!diagnostics.hasErrors()) {
        unresolved = 0;
        break;
      }
      boolean progress = false;
      unresolved = 0;
      for (Diagnostic d : diagnostics.all()) {
        if (d.kind() != javax.tools.Diagnostic.Kind.ERROR) {
          continue;
        }
        Optional<String> entry =
            d.ref() instanceof YamlRef r ? draft.entryAt(r.line()) : Optional.empty();
        if (entry.isPresent()) {
          progress |= draft.exclude(entry.get(), d.text());
        } else {
          unresolved++;
        }
      }
      if (!progress) {
        break;
      }
      yaml = draft.yaml();
    }
    String summary =
        draft.summary()
            + (unresolved > 0
                ? "; the draft still has " + unresolved + " error(s) to fix by hand"
                : "");
    return new Result(yaml, summary);
  }

  /** The header found: its file, the name {@code #include} uses, its include directory if any. */
  record Located(Path path, String includeName, Optional<String> includeDir) {}

  private static Located locate(Request request) throws ImportException {
    Path given = Path.of(request.header());
    if (Files.isRegularFile(given)) {
      Path abs = given.toAbsolutePath().normalize();
      Path dir = abs.getParent();
      String rel =
          request
              .specDir()
              .map(d -> d.toAbsolutePath().normalize().relativize(dir).toString())
              .orElse(dir.toString());
      boolean system = SYSTEM_DIRS.contains(dir.toString());
      return new Located(
          abs,
          abs.getFileName().toString(),
          system ? Optional.empty() : Optional.of(rel.isEmpty() ? "." : rel));
    }
    List<String> dirs = new ArrayList<>(request.includeDirs());
    dirs.addAll(SYSTEM_DIRS);
    for (String d : dirs) {
      Path p = Path.of(d).resolve(request.header());
      if (Files.isRegularFile(p)) {
        return new Located(p.toAbsolutePath().normalize(), request.header(), Optional.empty());
      }
    }
    throw new ImportException(
        "header '"
            + request.header()
            + "' was not found (looked in "
            + String.join(", ", dirs)
            + ")");
  }

  /** {@code CLANG}, else {@code clang}, else the newest {@code clang-NN} on {@code PATH}. */
  static String findClang(Map<String, String> env) throws ImportException {
    List<String> names = new ArrayList<>();
    if (!env.getOrDefault("CLANG", "").isBlank()) {
      names.add(env.get("CLANG").strip());
    }
    names.add("clang");
    for (int v = 25; v >= 11; v--) {
      names.add("clang-" + v);
    }
    for (String name : names) {
      if (name.contains(File.separator) && Files.isExecutable(Path.of(name))) {
        return name;
      }
      for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    throw new ImportException(
        "import-header needs clang, which is not on PATH: install it (Debian: apt-get install"
            + " clang) or set CLANG to its path");
  }

  private static List<String> flags(Request request) {
    List<String> args = new ArrayList<>(List.of("-x", "c", "-std=gnu11", "-w"));
    request.includeDirs().forEach(d -> args.add("-I" + d));
    request.defines().forEach(d -> args.add("-D" + d));
    return args;
  }

  static JsonNode dump(String clang, Path header, Request request) throws ImportException {
    List<String> args = new ArrayList<>(List.of(clang));
    args.addAll(flags(request));
    args.addAll(
        List.of(
            "-fsyntax-only",
            "-fparse-all-comments",
            "-Xclang",
            "-ast-dump=json",
            header.toString()));
    try {
      Process p = start(args);
      JsonNode tree;
      try (InputStream in = p.getInputStream()) {
        tree = new ObjectMapper().readTree(in);
      }
      String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      wait(p);
      if (p.exitValue() != 0 || tree == null) {
        throw new ImportException("clang could not read " + header + ": " + firstLine(errors));
      }
      return tree;
    } catch (IOException e) {
      throw new ImportException("running clang failed: " + e.getMessage());
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static Process start(List<String> args) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(args);
    pb.environment().put("LC_ALL", "C");
    Process p = pb.start();
    p.getOutputStream().close();
    return p;
  }

  private static void wait(Process p) throws ImportException {
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new ImportException("clang did not finish in 120 s");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new ImportException("interrupted");
    }
  }

  private static final Pattern DEFINE =
      Pattern.compile("^\\s*#\\s*define\\s+([A-Za-z][A-Za-z0-9_]*)([ \\t]+\\S.*)?$");

  /** The object-like macros a header's text defines, in order. */
  private static List<String> macroNames(String headerText) {
    List<String> names = new ArrayList<>();
    for (String line : headerText.split("\n")) {
      Matcher m = DEFINE.matcher(line);
      if (m.matches() && m.group(2) != null && !names.contains(m.group(1))) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /**
   * What each of {@code names} expands to where {@code header} is included; a name that is no macro
   * there (one of an inactive branch, or not a macro at all) is left out.
   */
  static Map<String, String> macroExpansions(
      String clang, Path header, Request request, List<String> names) throws ImportException {
    Map<String, String> result = new LinkedHashMap<>();
    if (names.isEmpty()) {
      return result;
    }
    StringBuilder probe = new StringBuilder("#include \"" + header + "\"\n");
    for (int i = 0; i < names.size(); i++) {
      probe.append("ffmbind_probe_begin_").append(i).append(' ').append(names.get(i));
      probe.append(" ffmbind_probe_end_").append(i).append('\n');
    }
    try {
      Path tmp = Files.createTempFile("ffmbind-import", ".c");
      try {
        Files.writeString(tmp, probe, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(clang));
        args.addAll(flags(request));
        args.addAll(List.of("-E", "-P", tmp.toString()));
        Process p = start(args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getErrorStream().readAllBytes();
        wait(p);
        for (int i = 0; i < names.size(); i++) {
          Matcher m =
              Pattern.compile(
                      "ffmbind_probe_begin_" + i + "\\s(.*?)\\sffmbind_probe_end_" + i + "\\b",
                      Pattern.DOTALL)
                  .matcher(out);
          if (m.find() && !m.group(1).strip().equals(names.get(i))) {
            result.put(names.get(i), m.group(1).strip());
          }
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new ImportException("running clang's preprocessor failed: " + e.getMessage());
    }
    return result;
  }

  /**
   * Guesses the library's name: {@code sqlite3.h} → {@code sqlite3}, {@code zlib.h} → {@code z}.
   */
  static String guessLibrary(String includeName) {
    String base = Path.of(includeName).getFileName().toString().replaceFirst("\\.h$", "");
    if (base.startsWith("lib") && base.length() > 3) {
      return base.substring(3);
    }
    return switch (base) {
      case "zlib" -> "z";
      case "bzlib" -> "bz2";
      default -> base;
    };
  }

  static String yamlString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** A Java identifier for a C name (a keyword gets a trailing underscore). */
  static String javaName(String cName) {
    return Names.isKeyword(cName) || cName.equals("_") ? cName + "_" : cName;
  }

  /**
   * The spec's reading of clang's spelling of a type, when it says exactly the same: empty for what
   * the spec's type syntax cannot hold ({@code volatile}, function pointers without a typedef).
   */
  static Optional<CTypeExpr> exactType(String clangSpelling) {
    String t = clangSpelling.strip();
    if (t.contains("volatile") || t.contains("(") || t.contains("_Atomic") || t.contains("__")) {
      return Optional.empty();
    }
    // A const pointer below the top (argv's char *const *) is kept: the model drops it (same
    // ABI) and the ABI check writes it as spelled.
    return CTypeExpr.parse(t);
  }

  /** Whether a base is one of the C types every spec knows. */
  static boolean builtin(String base) {
    return base.equals("void") || CTypes.scalar(base).isPresent();
  }

  static Set<String> newSet() {
    return new HashSet<>();
  }
}

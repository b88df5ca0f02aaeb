package dev.ffmbind.processor.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ffmbind.processor.abi.AbiCheck;
import dev.ffmbind.processor.frontend.yaml.HeaderLookup;
import dev.ffmbind.processor.importer.HeaderImporter.ImportException;
import dev.ffmbind.processor.importer.HeaderImporter.Located;
import dev.ffmbind.processor.importer.HeaderImporter.Request;
import dev.ffmbind.processor.model.HeadersModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The declarations a spec names in {@code from_header:}, read from its headers by header import's
 * reader (clang's JSON AST dump, {@link Draft}) and written as spec text. clang runs once per spec
 * (one AST dump of a translation unit including every header, and one preprocessor run when a name
 * may be a macro); the result is cached for the life of the JVM by headers, directories, defines
 * and names (and each header's modification time), so a spec read again (another processing round,
 * the CLI's check after generate) costs nothing more.
 */
public final class HeaderDeclarations implements HeaderLookup {

  private record Key(
      List<String> files,
      List<String> includeDirs,
      List<String> defines,
      List<String> names,
      List<String> versions) {}

  private static final Map<Key, Result> CACHE = new ConcurrentHashMap<>();

  private final AbiCheck.Options options;

  /**
   * A lookup resolving relative include directories and finding clang as the ABI check does.
   *
   * @param options the ABI check's options: the spec's directory, extra include directories, and
   *     the environment ({@code CLANG}, {@code PATH})
   */
  public HeaderDeclarations(AbiCheck.Options options) {
    this.options = options;
  }

  @Override
  public Result find(HeadersModel headers, List<String> names) {
    List<String> dirs = AbiCheck.includeDirs(headers, options);
    Key key =
        new Key(
            headers.files(), dirs, headers.defines(), List.copyOf(names), versions(headers, dirs));
    Result cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    Result result = read(key);
    CACHE.put(key, result);
    return result;
  }

  /**
   * Where each header was found and when it last changed, so that a long-lived compiler (an IDE's,
   * a build daemon's) reads a header again after it was edited.
   */
  private static List<String> versions(HeadersModel headers, List<String> dirs) {
    List<String> versions = new ArrayList<>();
    List<String> search = new ArrayList<>(dirs);
    search.addAll(List.of("/usr/local/include", "/usr/include/x86_64-linux-gnu", "/usr/include"));
    for (String f : headers.files()) {
      for (String d : search) {
        Path p = Path.of(d).resolve(f);
        if (Files.isRegularFile(p)) {
          try {
            versions.add(p + "@" + Files.getLastModifiedTime(p).toMillis());
          } catch (IOException e) {
            versions.add(p.toString());
          }
          break;
        }
      }
    }
    return versions;
  }

  private Result read(Key key) {
    String searched =
        String.join(", ", key.files())
            + (key.includeDirs().isEmpty()
                ? ""
                : " (also in " + String.join(", ", key.includeDirs()) + ")");
    try {
      String clang = HeaderImporter.findClang(options.environment());
      Path tu = Files.createTempFile("ffmbind-from-header", ".c");
      try {
        StringBuilder text = new StringBuilder();
        for (String f : key.files()) {
          text.append("#include \"").append(f).append("\"\n");
        }
        Files.writeString(tu, text, StandardCharsets.UTF_8);
        Request.Builder b =
            Request.builder().header(tu.toString()).library("from_header").javaClass("FromHeader");
        key.includeDirs().forEach(b::includeDir);
        key.defines().forEach(b::define);
        Request request = b.build();
        JsonNode ast;
        try {
          ast = HeaderImporter.dump(clang, tu, request);
        } catch (ImportException e) {
          // Not the temporary file's name: what clang said about the headers.
          return new Unavailable(
              e.getMessage()
                  .replaceAll(java.util.regex.Pattern.quote(tu.toString()) + "(:[0-9]+)*: ", "")
                  .replace("clang could not read ", "clang could not read the headers: "));
        }
        Draft draft = new Draft(new Located(tu, key.files().get(0), Optional.empty()), request, "");
        draft.read(ast);
        Map<String, String> problems = draft.take(key.names());
        List<String> maybeMacros = new ArrayList<>();
        problems.forEach(
            (n, why) -> {
              if (why.isEmpty()) {
                maybeMacros.add(n);
              }
            });
        if (!maybeMacros.isEmpty()) {
          draft.takeMacros(
              problems, HeaderImporter.macroExpansions(clang, tu, request, maybeMacros));
        }
        return new Found(draft.yaml(), problems, searched);
      } finally {
        Files.deleteIfExists(tu);
      }
    } catch (ImportException e) {
      return new Unavailable(e.getMessage());
    } catch (IOException e) {
      return new Unavailable("cannot write a temporary file: " + e.getMessage());
    }
  }
}

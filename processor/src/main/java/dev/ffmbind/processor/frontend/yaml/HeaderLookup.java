package dev.ffmbind.processor.frontend.yaml;

import dev.ffmbind.processor.model.HeadersModel;
import java.util.List;
import java.util.Map;

/**
 * Reads the declarations a spec names in {@code from_header:} out of its C headers, as spec text:
 * the YAML front end grafts them into the spec before reading it, so a declaration taken from the
 * header and one written out become the same model. Header import implements it (with clang); the
 * front end only knows this interface.
 */
@FunctionalInterface
public interface HeaderLookup {

  /**
   * The declarations of {@code names} in the headers.
   *
   * @param headers the spec's headers, include directories and defines
   * @param names the names, in the spec's order
   * @return what was found, or why the headers could not be read
   */
  Result find(HeadersModel headers, List<String> names);

  /** The outcome of a lookup. */
  sealed interface Result {}

  /**
   * The headers were read.
   *
   * @param yaml a spec whose sections hold the named declarations and the typedefs, structs and
   *     opaque types their definitions use
   * @param problems each name that is no declaration the spec can take, with the reason (a name the
   *     headers do not declare has an empty reason)
   * @param searched the headers and directories searched, for messages
   */
  record Found(String yaml, Map<String, String> problems, String searched) implements Result {
    public Found {
      problems = Map.copyOf(problems);
    }
  }

  /**
   * The headers could not be read (no clang, a header not found or not compiling).
   *
   * @param why the reason, for a message
   */
  record Unavailable(String why) implements Result {}

  /** A lookup for readers given no way to read headers. */
  HeaderLookup NONE =
      (headers, names) ->
          new Unavailable("this reader of the spec was given no way to read C headers");
}

package dev.ffmbind.processor.model;

import java.util.List;
import java.util.Map;

/**
 * The C headers that declare a library: what the ABI check compiles the spec against, and what
 * header import reads.
 *
 * @param ref where the headers were declared
 * @param files the headers, as an {@code #include} names them ({@code zlib.h}, {@code
 *     uuid/uuid.h}), included in this order
 * @param includeDirs directories searched for them ({@code -I}), in order; a relative one is
 *     relative to the spec's directory when that is known
 * @param defines macros defined before the headers are included ({@code NAME} or {@code
 *     NAME=VALUE}, as {@code -D} takes them)
 * @param prototypes each function's prototype as the headers declare it, by C symbol, once the ABI
 *     check has read them (generated Javadoc quotes it); empty before
 */
public record HeadersModel(
    SourceRef ref,
    List<String> files,
    List<String> includeDirs,
    List<String> defines,
    Map<String, Quote> prototypes) {

  public HeadersModel {
    files = List.copyOf(files);
    includeDirs = List.copyOf(includeDirs);
    defines = List.copyOf(defines);
    prototypes = Map.copyOf(prototypes);
  }

  /** Headers whose prototypes are not read yet. */
  public HeadersModel(
      SourceRef ref, List<String> files, List<String> includeDirs, List<String> defines) {
    this(ref, files, includeDirs, defines, Map.of());
  }

  /** These headers with the prototypes the ABI check read from them. */
  public HeadersModel withPrototypes(Map<String, Quote> prototypes) {
    return new HeadersModel(ref, files, includeDirs, defines, prototypes);
  }

  /**
   * A declaration as a header spells it.
   *
   * @param file the header's file name ({@code zlib.h})
   * @param line its line there
   * @param text the declaration ({@code int compress2(Bytef *, uLongf *, const Bytef *, uLong,
   *     int)})
   */
  public record Quote(String file, int line, String text) {}
}

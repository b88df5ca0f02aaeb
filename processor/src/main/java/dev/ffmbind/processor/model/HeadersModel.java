package dev.ffmbind.processor.model;

import java.util.List;

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
 */
public record HeadersModel(
    SourceRef ref, List<String> files, List<String> includeDirs, List<String> defines) {

  public HeadersModel {
    files = List.copyOf(files);
    includeDirs = List.copyOf(includeDirs);
    defines = List.copyOf(defines);
  }
}

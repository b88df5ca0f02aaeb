package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The C headers that declare a {@link NativeLibrary}'s functions and types: the twin of a YAML
 * spec's {@code headers:}. With it, the processor compiles the interface's claims against the
 * headers with the system C compiler (the ABI check, docs/abi-check.md) and reports every
 * prototype, size or value that differs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CHeaders {

  /** The headers, as {@code #include} names them ({@code "zlib.h"}, {@code "uuid/uuid.h"}). */
  String[] value();

  /** Directories searched for them ({@code -I}); relative ones resolve against the build's. */
  String[] includeDirs() default {};

  /** Macros defined before they are included: {@code NAME} or {@code NAME=VALUE} ({@code -D}). */
  String[] defines() default {};

  /**
   * Structs, unions, enums, typedefs and constants (macros too) taken from the headers by name, as
   * a YAML spec's {@code from_header:} takes them: each becomes the declaration written out in the
   * header's own spellings, with its generated type nested in the binding class ({@code z_stream}
   * gives {@code Zlib_Ffm.ZStream}), so methods can use it and constants appear on the binding.
   * Read at build time with clang (docs/abi-check.md).
   */
  String[] fromHeader() default {};

  /**
   * Structs named in {@link #fromHeader} that are resident, which a header cannot tell: each also
   * gets a view over native memory, as {@code @Struct(resident = true)} or a YAML struct's {@code
   * resident: true} give.
   */
  String[] residentStructs() default {};
}

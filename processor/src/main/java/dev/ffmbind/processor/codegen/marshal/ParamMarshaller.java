package dev.ffmbind.processor.codegen.marshal;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedParam;
import dev.ffmbind.processor.codegen.text.Prose;

/**
 * One way of passing a parameter to C. A strategy renders its parts of the method; it never decides
 * which strategy applies ({@link ParamMarshallers} does) and holds no state, so one instance serves
 * every parameter of its kind. Every part returns a {@code CodeBlock} built from {@code $T}/{@code
 * $L}/{@code $S}/{@code $N} arguments; an empty block means nothing to do.
 *
 * <p>The writer asks, in this order: {@link #check} (before any native work), {@link #prepare}
 * (marshal into scratch memory; parameters that are {@link #preparedFirst} go first), {@link #pass}
 * (the {@code invokeExact} argument), {@link #copyBack} (before the error check), {@link #publish}
 * (after it). Scratch memory is released by the method's try-with-resources.
 */
public interface ParamMarshaller {

  /** Statements checking the Java argument before any native work. */
  default CodeBlock check(ResolvedParam p, Call call) {
    return CodeBlock.builder().add(Guards.notNull(p, call)).add(Guards.bounds(p, call)).build();
  }

  /** Whether passing it takes per-call scratch memory. */
  default boolean needsScratch(ResolvedParam p, Call call) {
    return false;
  }

  /** Whether it is prepared before every other parameter (another one's value depends on it). */
  default boolean preparedFirst(ResolvedParam p) {
    return false;
  }

  /** Statements that marshal it into native memory, declaring {@code Names.nativeLocal}. */
  default CodeBlock prepare(ResolvedParam p, Call call) {
    return CodeBlock.builder().build();
  }

  /** The argument expression passed to C, after {@link #prepare}. */
  CodeBlock pass(ResolvedParam p, Call call);

  /** Statements copying what C wrote back into the Java argument, before the error check. */
  default CodeBlock copyBack(ResolvedParam p, Call call) {
    return CodeBlock.builder().build();
  }

  /**
   * Whether {@link #copyBack} also frees native memory C allocated (an owned {@code char**}
   * out-string): then it runs even when a callback threw during the call, which otherwise copies
   * nothing back, so that nothing leaks.
   */
  default boolean copyBackReleases(ResolvedParam p) {
    return false;
  }

  /** Statements handing what C created to Java, only once the call succeeded. */
  default CodeBlock publish(ResolvedParam p, Call call) {
    return CodeBlock.builder().build();
  }

  /**
   * Its Javadoc: the {@code @param} text of a parameter of the Java method, or a paragraph saying
   * what the stub passes for a hidden one.
   */
  default Prose doc(ResolvedParam p, Call call) {
    return Guards.paramDoc(p).build();
  }

  /**
   * Its element count as a {@code long} expression, for the parameter that is its length or bound;
   * only array-like parameters have one.
   */
  default CodeBlock elementCount(ResolvedParam p, Call call) {
    throw new IllegalStateException("no length for " + p.javaType());
  }

  /** Its value as the byte size of the returned string or buffer it is the size of. */
  default CodeBlock sizeInBytes(ResolvedParam p) {
    throw new IllegalStateException("not a size: " + p.javaType());
  }
}

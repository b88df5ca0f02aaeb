/**
 * The text of generated source, apart from the code: javadoc prose that wraps itself to the column
 * limit ({@link dev.ffmbind.processor.codegen.text.Prose}, {@link
 * dev.ffmbind.processor.codegen.text.Javadoc}), the one escaping function per Java context for
 * strings that come from a spec ({@link dev.ffmbind.processor.codegen.text.Escapes}), and the
 * layout rules every generated file keeps ({@link dev.ffmbind.processor.codegen.text.SourceStyle}).
 * Writers and strategies both use it; it uses nothing of theirs.
 */
package dev.ffmbind.processor.codegen.text;

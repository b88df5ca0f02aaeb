/**
 * The YAML front end: reads a binding spec (docs/dsl.md) into the shared model, with a {@code
 * file:line:column} location for every part and every problem.
 *
 * <p>{@link dev.ffmbind.processor.frontend.yaml.YamlSpecReader} is the entry point. It decodes the
 * bytes as UTF-8 ({@code Utf8Text}), builds a located node tree ({@code YamlTreeBuilder}, {@code
 * YamlNode}) and reads the root map; each kind of map below it has a reader of its own ({@code
 * OpaqueTypeReader}, {@code StatusTableReader}, {@code CallbackReader}, {@code FunctionReader},
 * {@code ReturnReader}, {@code ErrorsReader}). {@code YamlSchema} is the one table of sections,
 * keys, value kinds, words and defaults: the readers read keys only through it ({@code Fields}), so
 * it can describe the format to editors and docs as the reader understands it. Only structural
 * problems are reported here; the shared validator checks the meaning.
 */
package dev.ffmbind.processor.frontend.yaml;

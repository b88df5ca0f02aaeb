/**
 * The JSON Schema of the YAML binding-spec format, generated from the YAML front end's own key
 * tables ({@link dev.ffmbind.processor.frontend.yaml.YamlSchema}), so editors validate and complete
 * exactly the keys the reader accepts. docs/ffmbind-spec.schema.json is its output, and the
 * processor jar carries it as {@code dev/ffmbind/processor/ffmbind-spec.schema.json}.
 */
package dev.ffmbind.processor.schema;

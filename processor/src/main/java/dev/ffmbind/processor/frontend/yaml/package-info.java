/**
 * The YAML front end: reads a binding spec (docs/dsl.md) into the shared model, with a
 * {@code file:line:column} location for every part and every problem.
 */
package dev.ffmbind.processor.frontend.yaml;

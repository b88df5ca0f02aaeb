/**
 * Diagnostics: the catalogue of every user-facing message with its stable id ({@link
 * dev.ffmbind.processor.diag.Message}), and the collector that front ends and the validator report
 * problems into, each located by a {@link dev.ffmbind.processor.model.SourceRef}.
 *
 * <p>It may depend on the model's {@code SourceRef} and on {@code javax.tools} for the message
 * kind; printing through javac or to a terminal is left to the processor and the CLI.
 */
package dev.ffmbind.processor.diag;

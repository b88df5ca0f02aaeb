/**
 * The command-line tool: prints or writes what the processor would generate for YAML binding specs.
 */
package dev.ffmbind.processor.cli;

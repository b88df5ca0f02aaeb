/**
 * Header import: a C header read by clang ({@code -Xclang -ast-dump=json}) and written as a draft
 * binding spec, with what only a human can decide marked for review. docs/abi-check.md describes it
 * and why clang's JSON dump was chosen as the front end.
 */
package dev.ffmbind.processor.importer;

/**
 * ffmbind examples: YAML bindings for a slice of libc, zlib and SQLite (specs in {@code
 * src/main/resources/dev/ffmbind/examples/}), and {@link dev.ffmbind.examples.Demo}, which uses
 * them. The processor generates {@code Libc}, {@code Zlib} and {@code Sqlite3} in this package.
 */
@BindingSpec({"libc.yaml", "zlib.yaml", "sqlite3.yaml"})
package dev.ffmbind.examples;

import dev.ffmbind.annotation.BindingSpec;

/**
 * The ABI check: a binding spec compiled against its C headers by the system C compiler.
 *
 * <p>{@link dev.ffmbind.processor.abi.AbiCheck} writes one C translation unit that includes the
 * spec's headers and states, per declaration, what the spec claims ({@code _Static_assert} on
 * {@code __builtin_types_compatible_p}, {@code sizeof} and values); each claim is a {@link
 * dev.ffmbind.processor.abi.CheckKind.Check} produced by one {@link
 * dev.ffmbind.processor.abi.CheckKind}. The compiler's diagnostics are mapped back to the claims by
 * line; a second, "explain" unit asks the compiler for the header's side of each failed claim
 * (spellings, sizes, values) so that the message can quote it. docs/abi-check.md describes it.
 */
package dev.ffmbind.processor.abi;

/**
 * The resolving step between validation and code generation. The {@link
 * dev.ffmbind.processor.binding.Resolver} turns a validated, syntax-level {@link
 * dev.ffmbind.processor.model.LibraryModel} into a {@link
 * dev.ffmbind.processor.binding.ResolvedLibrary}: every C type expanded once, every link (length
 * and bounds parameters, status tables, message functions, destructors, deallocators, callback
 * types) an object instead of a name, and library-wide facts (charset fields, symbols to require,
 * functions linked as {@code void f(void*)}) computed once. The generator renders this and never
 * looks anything up by name again. Knows nothing of javac or JavaPoet.
 */
package dev.ffmbind.processor.binding;

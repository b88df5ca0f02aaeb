/**
 * The semantic checks of a binding model, shared by both front ends. {@link
 * dev.ffmbind.processor.validation.Validator} is the entry point: it indexes the model once into an
 * immutable {@code ValidationContext} (functions, opaque types, status tables and callbacks by
 * name, typedefs expanded once), so every check costs the same however large the binding, and then
 * runs one small validator per kind of declaration, each built from named checks, in this order:
 *
 * <ol>
 *   <li>{@code LibraryValidator}: library name, package and class names (no JDK package, no
 *       restricted identifier), the classes nested in the generated class (one name each), default
 *       charset, names that fit a class-file constant, that there are functions;
 *   <li>{@code TypedefValidator}: each typedef is a C type and leads into no cycle;
 *   <li>{@code OpaqueTypeValidator}: declared once, handle class name, destructor;
 *   <li>{@code StatusTableValidator}: declared once, exception class name, codes, message function;
 *   <li>{@code CallbackValidator}: callback types, their parameters and return value;
 *   <li>{@code FunctionValidator}: for each function in order, its names and availability method,
 *       then {@code ParameterValidator} (names, ownership, C and Java types, direction, charset,
 *       nullability; the length and bounds links of every parameter kind and the stated size of
 *       arrays C may write through {@code ParamLinks}), {@code ReturnValidator} (type, charset,
 *       size, ownership, free function), {@code ErrorConventionValidator} (return type, status
 *       table, retry) and {@code CallbackUseValidator} (one callback, its user data and lifetime).
 * </ol>
 *
 * <p>The order is part of the contract: diagnostics come out in it, and tests compare exact lists.
 * {@code SharedChecks} holds the checks more than one validator makes (charsets, a C type against
 * its Java carrier, user data, owned handles, parameter names); {@code ReservedNames} the names the
 * generated code already uses. Validators are records of the context, the {@link
 * dev.ffmbind.processor.diag.Diagnostics} they report into and the shared checks: they keep no
 * state between one check and the next, so any of them can run on its own.
 *
 * <p>It may depend on the model and on diagnostics, never on a front end, the generator, JavaPoet
 * or javac elements (enforced by {@code ArchitectureTest}).
 */
package dev.ffmbind.processor.validation;

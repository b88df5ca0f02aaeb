/**
 * Pointers to pointers against real C ({@code ptrptr.c} and the C library): the YAML specs generate
 * {@link dev.ffmbind.it.ptrptr.PtrLib} and {@link dev.ffmbind.it.ptrptr.PtrLibc}, the annotated
 * {@link dev.ffmbind.it.ptrptr.PtrApi} its twin {@code PtrApi_Ffm}.
 */
@BindingSpec({"ptrptr.yaml", "ptrlibc.yaml"})
package dev.ffmbind.it.ptrptr;

import dev.ffmbind.annotation.BindingSpec;

/**
 * The {@code predicate} error convention against a zstd-style C library ({@code predicate.c}): the
 * YAML spec generates {@link dev.ffmbind.it.predicate.PredicateLib}, the annotated {@link
 * dev.ffmbind.it.predicate.PredicateApi} its twin {@code PredicateApi_Ffm}.
 */
@BindingSpec("predicate.yaml")
package dev.ffmbind.it.predicate;

import dev.ffmbind.annotation.BindingSpec;

/**
 * Annotations that describe C functions on a Java interface ({@link
 * dev.ffmbind.annotation.NativeLibrary}) or name YAML binding specs ({@link
 * dev.ffmbind.annotation.BindingSpec}). The ffmbind processor reads them at compile time; none is
 * needed at run time. Reference: docs/annotations.md.
 */
package dev.ffmbind.annotation;

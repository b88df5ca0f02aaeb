/**
 * What users of ffmbind-generated bindings see: the exception hierarchy rooted at {@link
 * dev.ffmbind.NativeException}, the base class of handle classes ({@link dev.ffmbind.NativeHandle})
 * and handle out-parameters ({@link dev.ffmbind.Ref}).
 */
package dev.ffmbind;

/**
 * How C arguments reach a Java callback: one {@link
 * dev.ffmbind.processor.codegen.upcall.UpcallArgument} per way a callback parameter is received
 * (scalar, string, string array, segment, handle, user data), each giving its layout in the stub's
 * descriptor, its conversion and its Javadoc. {@link
 * dev.ffmbind.processor.codegen.upcall.UpcallArguments} is the single place that picks one; {@code
 * CallbackWriter} only puts the parts in order.
 */
package dev.ffmbind.processor.codegen.upcall;

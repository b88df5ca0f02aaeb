/**
 * How values cross the boundary in a downcall: one {@link
 * dev.ffmbind.processor.codegen.marshal.ParamMarshaller} per way of passing a parameter and one
 * {@link dev.ffmbind.processor.codegen.marshal.ReturnConversion} per way of returning a result,
 * each choosing nothing and rendering its part of the method as {@code CodeBlock}s. {@link
 * dev.ffmbind.processor.codegen.marshal.ParamMarshallers} and {@link
 * dev.ffmbind.processor.codegen.marshal.ReturnConversions} are the single places that pick the
 * strategy for a resolved parameter or return value; {@code FunctionWriter} only puts the parts in
 * order. docs/architecture.md ("How to add a marshaller") walks through adding one.
 */
package dev.ffmbind.processor.codegen.marshal;

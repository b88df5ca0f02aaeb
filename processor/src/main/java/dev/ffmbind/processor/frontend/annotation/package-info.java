/**
 * The annotation front end: reads an interface annotated {@code @NativeLibrary} into the shared
 * model, with each part located at its element (and annotation value) for javac's messages.
 *
 * <p>{@link dev.ffmbind.processor.frontend.annotation.AnnotationFrontEnd} is the entry point and
 * reads the library-level annotation; {@code StatusTableReader} reads its status tables, {@code
 * MethodReader} each abstract method with {@code ParameterReader} and {@code ReturnReader}, and
 * {@code TypeReader} the types of both, registering the handle classes ({@code HandleClassReader})
 * and callback interfaces ({@code CallbackReader}) it meets. The C declarations nested in the
 * interface are read first ({@code EnumDeclReader} for {@code @CEnum} enums, {@code
 * StructDeclReader} for {@code @Struct}/{@code @Union} records); methods name the types generated
 * from them ({@code Clock_Ffm.Timeval}), which {@code GeneratedTypes} recognizes by name before
 * they exist. C types come from {@code @CType} or, without one, from the model's one C/Java table
 * ({@code CTypes.impliedCType}). Annotations are read through mirrors by name ({@code
 * Annotations}), so the processor needs none of the runtime's classes. Only what the Java source
 * alone shows is reported here; the shared validator checks the meaning.
 *
 * <p>It may depend on the model, on diagnostics and on javac's element and type API; never on the
 * generator or the validator (enforced by {@code ArchitectureTest}).
 */
package dev.ffmbind.processor.frontend.annotation;

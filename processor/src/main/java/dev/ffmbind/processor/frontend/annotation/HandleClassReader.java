package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.OpaqueType;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a user-written handle class ({@code @Opaque}, extends {@code NativeHandle}) into an opaque
 * type, after checking its shape: the constructors the generated code calls.
 */
final class HandleClassReader {

  private static final String MEMORY_SEGMENT = "java.lang.foreign.MemorySegment";
  private static final String DESTRUCTOR = "dev.ffmbind.NativeHandle.Destructor";

  private final AnnotationContext ctx;

  /** Handle classes whose {@code @Opaque} value was reported as not a C type name. */
  private final Set<String> invalidNames = new HashSet<>();

  HandleClassReader(AnnotationContext ctx) {
    this.ctx = ctx;
  }

  /** Registers the handle class {@code usedBy} names; empty (reported) when it is malformed. */
  Optional<JavaClassName> read(Element usedBy, TypeElement handle) {
    JavaClassName name = AnnotationContext.className(handle);
    Optional<AnnotationMirror> opaque = Annotations.find(handle, Annotations.OPAQUE);
    if (opaque.isEmpty()) {
      ctx.typeError(
          usedBy, ElementRef.of(usedBy), Message.HANDLE_CLASS_NOT_OPAQUE, name.canonicalName());
      return Optional.empty();
    }
    boolean constructor = hasConstructor(handle, MEMORY_SEGMENT);
    if (!constructor
        || !AnnotationContext.isSubclassOf(handle, TypeReader.NATIVE_HANDLE)
        || handle.getModifiers().contains(Modifier.ABSTRACT)) {
      ctx.typeError(
          usedBy,
          ElementRef.of(handle, opaque.get()),
          Message.HANDLE_CLASS_SHAPE,
          name.canonicalName());
      return Optional.empty();
    }
    Optional<String> destructor =
        Annotations.string(opaque.get(), "destructor").filter(d -> !d.isEmpty());
    if (destructor.isPresent() && !hasConstructor(handle, MEMORY_SEGMENT, DESTRUCTOR)) {
      ctx.typeError(
          usedBy,
          new ElementRef(
              handle, opaque.get(), Annotations.value(opaque.get(), "destructor").orElse(null)),
          Message.HANDLE_CLASS_DESTRUCTOR_CONSTRUCTOR,
          name.canonicalName(),
          destructor.get());
      return Optional.empty();
    }
    String cName = Annotations.string(opaque.get(), "value").orElse("");
    if (!TypeReader.isCTypeName(cName)) {
      if (!invalidNames.add(name.canonicalName())) {
        ctx.typeProblemAlreadyReported(usedBy); // once per class, not once per use
        return Optional.empty();
      }
      ctx.typeError(
          usedBy,
          new ElementRef(
              handle, opaque.get(), Annotations.value(opaque.get(), "value").orElse(null)),
          Message.C_TYPE_NAME,
          "Opaque",
          name.canonicalName(),
          cName);
      return Optional.empty();
    }
    ctx.addOpaqueType(
        new OpaqueType(ElementRef.of(handle, opaque.get()), cName, name, false, "", destructor));
    return Optional.of(name);
  }

  /** Whether the class has a non-private constructor taking exactly these parameter types. */
  private static boolean hasConstructor(TypeElement type, String... parameterTypes) {
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (c.getModifiers().contains(Modifier.PRIVATE)
          || c.getParameters().size() != parameterTypes.length) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < parameterTypes.length; i++) {
        matches &= c.getParameters().get(i).asType().toString().equals(parameterTypes[i]);
      }
      if (matches) {
        return true;
      }
    }
    return false;
  }
}

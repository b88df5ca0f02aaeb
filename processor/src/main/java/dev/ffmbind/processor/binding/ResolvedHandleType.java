package dev.ffmbind.processor.binding;

import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.OpaqueType;
import java.util.Optional;

/**
 * An opaque type with its destructor resolved.
 *
 * @param type the opaque type
 * @param destructorFunction the binding's function that is the type's destructor (a function bound
 *     to the destructor symbol that takes a handle of the type); empty when the type has no
 *     destructor, or when it is only linked as {@code void destructor(T*)}
 */
public record ResolvedHandleType(OpaqueType type, Optional<FunctionModel> destructorFunction) {

  /** Whether owned handles of this type are closed through a declared destructor function. */
  public boolean hasDestructorFunction() {
    return destructorFunction.isPresent();
  }
}

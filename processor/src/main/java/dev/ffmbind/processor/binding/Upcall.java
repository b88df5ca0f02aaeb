package dev.ffmbind.processor.binding;

import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.LifetimeModel;
import java.util.Optional;

/**
 * The callback a downcall takes (the validator allows one, with at most one user-data parameter).
 *
 * @param callback the callback parameter
 * @param type its callback type
 * @param userData the user-data parameter, if any
 */
public record Upcall(ResolvedParam callback, CallbackType type, Optional<ResolvedParam> userData) {

  /** Whether C keeps the callback after the call: the method returns a registration. */
  public boolean registered() {
    return callback.model().lifetime().orElse(LifetimeModel.CALL) == LifetimeModel.REGISTERED;
  }
}

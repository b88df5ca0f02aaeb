package dev.ffmbind.processor.binding;

import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.LifetimeModel;
import java.util.List;
import java.util.Optional;

/**
 * The callbacks a downcall takes, and the user data they share (the validator allows any number of
 * callbacks with one lifetime, plus at most one destructor of lifetime {@code release}, and at most
 * one user-data parameter). A function that only sets user data on a handle ({@code
 * set_user_data(p, obj)}) has no callbacks and a handle-scoped user-data parameter.
 *
 * @param callbacks the callback parameters, in C order (the destructor included)
 * @param userData the user-data parameter, if any
 */
public record Upcall(List<Entry> callbacks, Optional<ResolvedParam> userData) {

  public Upcall {
    callbacks = List.copyOf(callbacks);
  }

  /**
   * One callback parameter.
   *
   * @param param the parameter
   * @param type its callback type
   */
  public record Entry(ResolvedParam param, CallbackType type) {

    public String name() {
      return param.name();
    }

    public LifetimeModel lifetime() {
      return param.model().lifetime().orElse(LifetimeModel.CALL);
    }

    /** Whether this is C's destructor of the user data. */
    public boolean isRelease() {
      return lifetime() == LifetimeModel.RELEASE;
    }
  }

  /** The lifetime shared by the callbacks (a destructor alone makes it {@code registered}). */
  public LifetimeModel lifetime() {
    if (callbacks.isEmpty()) {
      return LifetimeModel.HANDLE;
    }
    return callbacks.stream()
        .filter(e -> !e.isRelease())
        .map(Entry::lifetime)
        .findFirst()
        .orElse(LifetimeModel.REGISTERED);
  }

  /** The destructor callback C calls when it drops the user data, if the function takes one. */
  public Optional<Entry> release() {
    return callbacks.stream().filter(Entry::isRelease).findFirst();
  }

  /** Whether C keeps the callbacks after the call (registered or released by C). */
  public boolean registered() {
    return lifetime() == LifetimeModel.REGISTERED;
  }

  /**
   * Whether the method returns a registration Java closes: registered callbacks C does not release
   * itself.
   */
  public boolean returnsRegistration() {
    return registered() && release().isEmpty();
  }

  /** Whether the callbacks and user data are set on a handle. */
  public boolean handleScoped() {
    return lifetime() == LifetimeModel.HANDLE;
  }

  /** For handle-scoped callbacks: the handle parameter's name. */
  public Optional<String> handleParam() {
    return callbacks.stream()
        .map(e -> e.param().model().handle())
        .flatMap(Optional::stream)
        .findFirst()
        .or(() -> userData.flatMap(u -> u.model().handle()));
  }

  /** Whether this is the old one-callback shape that the simple dispatch calls serve. */
  public boolean single() {
    return callbacks.size() == 1 && release().isEmpty();
  }

  /** The one callback of a {@link #single()} upcall. */
  public Entry only() {
    return callbacks.get(0);
  }
}

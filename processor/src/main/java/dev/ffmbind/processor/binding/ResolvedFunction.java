package dev.ffmbind.processor.binding;

import dev.ffmbind.processor.model.ErrorModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.List;
import java.util.Optional;

/**
 * One Java method calling a C function, with every link resolved.
 *
 * @param model the function as declared (for the private destructor method: with the handle
 *     parameter carried as a raw {@code MemorySegment})
 * @param params the parameters, in C order
 * @param returns the return value
 * @param statusTable for the {@code status} convention: the table
 * @param statusMessage for the {@code status} convention: where the detail text comes from
 * @param ownedClose for the public method of a type's declared destructor: the type and the
 *     parameter whose owned handle is closed instead
 * @param destroying for the private method an owned handle's {@code close()} calls: its type
 * @param upcall the callback the function takes, if any
 * @param errorPredicate for the {@code predicate} convention: the functions that judge and describe
 *     the result
 * @param callerFrame whether the method marks its thread as a Java caller during the downcall, so
 *     that a registered or handle-scoped callback that throws on this thread has the exception
 *     rethrown here (the library keeps callbacks beyond a call, and the function is not critical)
 * @param closesHandleCallbacks for the private destructor method of a handle type that callbacks
 *     are set on: it forgets them once the handle is destroyed
 */
public record ResolvedFunction(
    FunctionModel model,
    List<ResolvedParam> params,
    ResolvedReturn returns,
    Optional<StatusTableModel> statusTable,
    StatusMessage statusMessage,
    Optional<OwnedClose> ownedClose,
    Optional<ResolvedHandleType> destroying,
    Optional<Upcall> upcall,
    Optional<ErrorPredicate> errorPredicate,
    boolean callerFrame,
    boolean closesHandleCallbacks) {

  public ResolvedFunction {
    params = List.copyOf(params);
  }

  public String javaName() {
    return model.javaName();
  }

  public String cSymbol() {
    return model.cSymbol();
  }

  public ErrorModel.Kind errorKind() {
    return model.errors().kind();
  }

  /** Whether the call may use {@code Linker.Option.critical} (and read Java arrays in place). */
  public boolean critical() {
    return model.critical();
  }

  /** Whether the method returns a registration instead of the C result. */
  public boolean registersCallback() {
    return upcall.map(Upcall::returnsRegistration).orElse(false);
  }

  /** Whether this is the private destructor method of an owned handle type. */
  public boolean isDestructorMethod() {
    return destroying.isPresent();
  }
}

package dev.ffmbind.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.ffmbind.processor.binding.ResolvedFunction;
import dev.ffmbind.processor.binding.Upcall;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The downcall side of a function that takes callbacks: how the method makes its Java callbacks
 * reachable from their types' cached stubs. {@link FunctionWriter} asks it at each step; the
 * callback and user-data arguments themselves are passed by their marshallers.
 *
 * <ul>
 *   <li>call-scoped without user data: one {@code Upcalls.Frame} per callback on this thread's
 *       stack, as try-with-resources resources;
 *   <li>call-scoped with user data: a {@code Upcalls.Call} whose handle is passed as the user data,
 *       also a resource; with several callbacks, each stub finds its own by type;
 *   <li>registered: a {@code Upcalls.Registered} created before the call, returned after it (or,
 *       with a destructor of lifetime {@code release}, released when C calls that), closed if the
 *       call fails;
 *   <li>set on a handle: the callbacks and user data are stored with the handle before the call;
 *       they live until replaced or until the handle is closed.
 * </ul>
 *
 * <p>Independently, a function of a library that keeps callbacks beyond a call enters the thread's
 * {@code Upcalls.Caller} frame, so that a callback that throws on this thread during the downcall
 * has its exception rethrown by the method.
 */
final class UpcallDispatch {

  private final ResolvedFunction fn;
  private final Optional<Upcall> upcall;

  UpcallDispatch(ResolvedFunction fn) {
    this.fn = fn;
    this.upcall = fn.upcall();
  }

  /** Whether the method needs any of this. */
  boolean present() {
    return upcall.isPresent() || fn.callerFrame();
  }

  private CodeBlock userDataValue(Upcall u) {
    return u.userData().map(p -> CodeBlock.of("$N", p.name())).orElse(CodeBlock.of("null"));
  }

  /** {@code A.class, a, B.class, b}: the callbacks with their interfaces. */
  private static CodeBlock byType(Upcall u) {
    List<CodeBlock> pairs = new ArrayList<>();
    for (Upcall.Entry e : u.callbacks()) {
      pairs.add(
          CodeBlock.of("$T.class,$W$N", Poet.className(e.type().javaClass()), e.param().name()));
    }
    return CodeBlock.join(pairs, ",$W");
  }

  private CodeBlock handleSegment(Upcall u) {
    String handle = u.handleParam().orElseThrow();
    return CodeBlock.of("$N.segmentFor($S,$W$S)", handle, fn.cSymbol(), handle);
  }

  /** The user-data slot of a handle-scoped setter. */
  private static String slot(Upcall u) {
    return u.userData()
        .flatMap(p -> p.model().slot())
        .or(() -> u.callbacks().stream().findFirst().map(e -> e.type().cName()))
        .orElse(Names.DEFAULT_SLOT);
  }

  /** Before the try: the registration, or what is set on the handle. */
  CodeBlock before() {
    CodeBlock.Builder b = CodeBlock.builder();
    if (upcall.isEmpty()) {
      return b.build();
    }
    Upcall u = upcall.get();
    if (u.registered() && u.single()) {
      String description = fn.cSymbol() + "(" + u.only().type().cName() + ")";
      b.addStatement(
          "$T $N = $T.register($S,$W$N,$W$L)",
          Poet.UPCALL_REGISTERED,
          Names.UPCALL,
          Poet.UPCALLS,
          description,
          u.only().name(),
          userDataValue(u));
    } else if (u.registered()) {
      b.addStatement(
          "$T $N = $T.registerAll($S,$W$L,$W$L,$W$L)",
          Poet.UPCALL_REGISTERED,
          Names.UPCALL,
          Poet.UPCALLS,
          fn.cSymbol(),
          userDataValue(u),
          u.release()
              .map(e -> CodeBlock.of("$T.class", Poet.className(e.type().javaClass())))
              .orElse(CodeBlock.of("null")),
          byType(u));
    } else if (u.handleScoped()) {
      for (Upcall.Entry e : u.callbacks()) {
        b.addStatement(
            "$T.setHandleCallback($L,$W$T.class,$W$N)",
            Poet.UPCALLS,
            handleSegment(u),
            Poet.className(e.type().javaClass()),
            e.name());
      }
      if (u.userData().isPresent()) {
        b.addStatement(
            "$T $N = $T.setHandleUserData($L,$W$S,$W$N)",
            Poet.MEMORY_SEGMENT,
            Names.USER_DATA,
            Poet.UPCALLS,
            handleSegment(u),
            slot(u),
            u.userData().get().name());
      }
    }
    return b.build();
  }

  /** The try-with-resources resources that make call-scoped callbacks reachable. */
  List<CodeBlock> resources() {
    List<CodeBlock> resources = new ArrayList<>();
    upcall
        .filter(u -> u.lifetime() == LifetimeModel.CALL)
        .ifPresent(
            u -> {
              if (u.userData().isPresent() && u.single()) {
                resources.add(
                    CodeBlock.of(
                        "$T $N = $T.call($N,$W$L)",
                        Poet.UPCALL_CALL,
                        Names.UPCALL,
                        Poet.UPCALLS,
                        u.only().name(),
                        userDataValue(u)));
              } else if (u.userData().isPresent()) {
                resources.add(
                    CodeBlock.of(
                        "$T $N = $T.callAll($L,$W$L)",
                        Poet.UPCALL_CALL,
                        Names.UPCALL,
                        Poet.UPCALLS,
                        userDataValue(u),
                        byType(u)));
              } else {
                for (int i = 0; i < u.callbacks().size(); i++) {
                  Upcall.Entry e = u.callbacks().get(i);
                  resources.add(
                      CodeBlock.of(
                          "$T $N = $T.enter($T.class,$W$N)",
                          Poet.UPCALL_FRAME,
                          Names.upcallFrame(i),
                          Poet.UPCALLS,
                          Poet.className(e.type().javaClass()),
                          e.name()));
                }
              }
            });
    if (fn.callerFrame()) {
      resources.add(
          CodeBlock.of("$T $N = $T.caller()", Poet.UPCALL_CALLER, Names.CALLER, Poet.UPCALLS));
    }
    return resources;
  }

  /** The locals that keep what callbacks threw during the call: frames, call, caller. */
  private List<String> keepers() {
    List<String> names = new ArrayList<>();
    upcall
        .filter(u -> u.lifetime() == LifetimeModel.CALL)
        .ifPresent(
            u -> {
              int frames = u.userData().isPresent() ? 1 : u.callbacks().size();
              for (int i = 0; i < frames; i++) {
                names.add(Names.upcallFrame(i));
              }
            });
    if (fn.callerFrame()) {
      names.add(Names.CALLER);
    }
    return names;
  }

  /** Whether {@link #rethrow} runs the error convention's check itself. */
  boolean checksFailure(CodeBlock failureCheck) {
    return !failureCheck.isEmpty() && !keepers().isEmpty();
  }

  /**
   * Right after C returns: rethrow what a callback threw during the call, the original object. If
   * the function's error convention judges C's result a failure (C failed because the callback
   * did), that exception travels with the callback's as suppressed; so the check runs here, once,
   * before any copy-back ({@link #checksFailure}). A call during which a callback threw copies
   * nothing back; one that C failed on its own copies back first, as any failed call does (an error
   * message C wrote through a {@code char**} reaches the caller and is freed).
   *
   * @param failureCheck the error convention's check of the result; may be empty
   * @param copyBack what the parameters copy back after the call; may be empty
   */
  CodeBlock rethrow(CodeBlock failureCheck, CodeBlock copyBack) {
    List<String> keepers = keepers();
    CodeBlock.Builder b = CodeBlock.builder();
    if (checksFailure(failureCheck)) {
      b.beginControlFlow("try");
      b.add(failureCheck);
      b.nextControlFlow("catch ($T c$$)", RuntimeException.class);
      b.add("// C failed: if because a callback threw, that exception is thrown, with this one.\n");
      keepers.forEach(k -> b.addStatement("$N.rethrowWith(c$$)", k));
      b.add(copyBack);
      b.addStatement("throw c$$");
      b.endControlFlow();
    }
    keepers.forEach(k -> b.addStatement("$N.rethrow()", k));
    return b.build();
  }

  /** A call that failed registered nothing C may use: release the callbacks at once. */
  CodeBlock closeOnFailure() {
    return upcall.filter(Upcall::registered).isPresent()
        ? CodeBlock.builder().addStatement("$N.close()", Names.UPCALL).build()
        : CodeBlock.builder().build();
  }
}

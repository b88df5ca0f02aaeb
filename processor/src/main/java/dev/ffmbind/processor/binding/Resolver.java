package dev.ffmbind.processor.binding;

import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.ReturnModel;
import dev.ffmbind.processor.model.StatusTableModel;
import dev.ffmbind.processor.model.StructModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns a validated {@link LibraryModel} into a {@link ResolvedLibrary}. The only place that
 * expands typedefs and follows names for the generator. It trusts the validator: a model with
 * errors is never resolved, so a dangling name here is a bug and throws.
 */
public final class Resolver {

  private final LibraryModel library;
  private final Map<OpaqueType, ResolvedHandleType> handleTypes = new LinkedHashMap<>();
  private final SortedSet<String> charsetFields = new TreeSet<>();

  private Resolver(LibraryModel library) {
    this.library = library;
    for (OpaqueType type : library.opaqueTypes()) {
      handleTypes.put(type, new ResolvedHandleType(type, library.destructorFunction(type)));
    }
  }

  /** Resolves a model the validator passed without errors. */
  public static ResolvedLibrary resolve(LibraryModel library) {
    return new Resolver(library).resolveLibrary();
  }

  private ResolvedLibrary resolveLibrary() {
    List<ResolvedFunction> functions = new ArrayList<>();
    for (FunctionModel fn : library.functions()) {
      functions.add(function(fn, Optional.empty()));
    }
    List<ResolvedFunction> destructors = new ArrayList<>();
    for (ResolvedHandleType type : handleTypes.values()) {
      type.destructorFunction().ifPresent(fn -> destructors.add(function(fn, Optional.of(type))));
    }
    List<ResolvedCallback> callbacks = library.callbacks().stream().map(this::callback).toList();
    SortedSet<String> free = freeFunctions();
    return new ResolvedLibrary(
        library,
        functions,
        destructors,
        List.copyOf(handleTypes.values()),
        callbacks,
        charsetFields,
        free,
        requiredSymbols(free));
  }

  private CTypeExpr expanded(CTypeExpr type) {
    return CTypes.expand(type, library.typedefs())
        .orElseThrow(() -> new IllegalStateException("unexpandable " + type));
  }

  private StringEncoding encoding(CTypeExpr expanded, Optional<String> own) {
    if (CTypes.isWideString(expanded)) {
      return StringEncoding.WIDE;
    }
    StringEncoding encoding = StringEncoding.of(own.orElse(library.charset()));
    if (encoding.needsField()) {
      charsetFields.add(encoding.charset().orElseThrow());
    }
    return encoding;
  }

  private ResolvedHandleType handleType(JavaClassName handleClass) {
    return handleTypes.get(library.opaqueType(handleClass).orElseThrow());
  }

  private Optional<ResolvedHandleType> handleTypeOf(JavaType type) {
    return switch (type) {
      case JavaType.Handle h -> Optional.of(handleType(h.handleClass()));
      case JavaType.HandleRef r -> Optional.of(handleType(r.handleClass()));
      default -> Optional.empty();
    };
  }

  // ---- functions -------------------------------------------------------------------------------

  /**
   * @param destroying for the private destructor method of this type: the handle parameter is then
   *     carried as the raw pointer (the handle is already closed when it runs)
   */
  private ResolvedFunction function(
      FunctionModel declared, Optional<ResolvedHandleType> destroying) {
    FunctionModel fn = destroying.map(t -> withRawHandle(declared, t.type())).orElse(declared);
    // First each parameter on its own, then again with its links to those.
    Map<String, ResolvedParam> alone = new LinkedHashMap<>();
    for (ParamModel p : fn.params()) {
      alone.put(p.name(), param(fn, p, Optional.empty(), Optional.empty()));
    }
    List<ResolvedParam> params = new ArrayList<>();
    for (ParamModel p : fn.params()) {
      params.add(
          param(fn, p, p.lengthOf().map(alone::get), p.boundsOf().map(alone::get))
              .withElementSize(p.elementSizeOf().map(alone::get).map(Resolver::elementSize))
              .withPointsInto(p.pointsInto().map(alone::get)));
    }
    ResolvedReturn returns =
        returnValue(
            fn.returns(),
            fn.returns().size().map(name -> named(params, name)),
            fn.returns().pointsIntoParam().map(name -> named(params, name)));
    Optional<StatusTableModel> table =
        fn.errors().statusTable().map(name -> library.statusTable(name).orElseThrow());
    Optional<OwnedClose> ownedClose =
        destroying.isPresent()
            ? Optional.empty()
            : handleTypes.values().stream()
                .filter(t -> t.destructorFunction().filter(declared::equals).isPresent())
                .findFirst()
                .map(
                    t ->
                        new OwnedClose(
                            t,
                            params.stream()
                                .filter(
                                    p ->
                                        p.handleType().filter(t::equals).isPresent()
                                            && p.javaType() instanceof JavaType.Handle)
                                .findFirst()
                                .orElseThrow()));
    return new ResolvedFunction(
        fn,
        params,
        returns,
        table,
        statusMessage(table, params, returns),
        ownedClose,
        destroying,
        upcall(params),
        errorPredicate(fn),
        !fn.critical() && keepsCallbacks(),
        destroying
            .or(() -> ownedClose.map(OwnedClose::type))
            .filter(t -> handleScopedTypes().contains(t.type().javaClass()))
            .isPresent());
  }

  /** The predicate and message functions of the {@code predicate} convention, as objects. */
  private Optional<ErrorPredicate> errorPredicate(FunctionModel fn) {
    return fn.errors()
        .predicate()
        .map(
            name ->
                new ErrorPredicate(
                    declaredFunction(name),
                    fn.errors().messageFunction().map(this::declaredFunction)));
  }

  /** The first function of the library whose C symbol or Java name is {@code name}. */
  private FunctionModel declaredFunction(String name) {
    return library.functions().stream()
        .filter(f -> f.cSymbol().equals(name) || f.javaName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static ResolvedParam named(List<ResolvedParam> params, String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * One element of an array as it sits in memory: a Java array's element (it is copied as such), or
   * the C type a typed pointer points to.
   */
  private static ResolvedParam.ElementSize elementSize(ResolvedParam array) {
    int bytes =
        switch (array.javaType()) {
          case JavaType.PrimitiveArray a -> ResolvedParam.ElementSize.bytes(a.element());
          default -> CTypes.scalar(array.cType().pointee()).orElseThrow().bytes();
        };
    return new ResolvedParam.ElementSize(array, bytes);
  }

  private static FunctionModel withRawHandle(FunctionModel fn, OpaqueType type) {
    JavaType handle = new JavaType.Handle(type.javaClass());
    List<ParamModel> params =
        fn.params().stream()
            .map(
                p ->
                    !p.javaType().equals(handle)
                        ? p
                        // The raw pointer: not nullable, the other components at their defaults.
                        : ParamModel.builder(p.ref(), p.name(), p.cType(), new JavaType.Segment())
                            .direction(p.direction())
                            .charset(p.charset())
                            .lengthOf(p.lengthOf())
                            .boundsOf(p.boundsOf())
                            .build())
            .toList();
    return fn.withParams(params);
  }

  private ResolvedParam param(
      FunctionModel fn,
      ParamModel p,
      Optional<ResolvedParam> lengthOf,
      Optional<ResolvedParam> boundsOf) {
    CTypeExpr c = expanded(p.cType());
    Optional<CTypes.Scalar> scalar = p.resultSize() ? CTypes.scalar(c.pointee()) : CTypes.scalar(c);
    boolean text =
        p.javaType() instanceof JavaType.Str
            || p.javaType() instanceof JavaType.StringRef
            || p.javaType() instanceof JavaType.StringArray;
    Optional<StringEncoding> encoding =
        text ? Optional.of(encoding(c, p.charset())) : Optional.empty();
    boolean linked =
        fn.params().stream()
            .anyMatch(
                q ->
                    q.lengthOf().filter(p.name()::equals).isPresent()
                        || q.boundsOf().filter(p.name()::equals).isPresent());
    return new ResolvedParam(
        p,
        c,
        scalar,
        encoding,
        lengthOf,
        boundsOf,
        linked,
        handleTypeOf(p.javaType()),
        Optional.empty(),
        Optional.empty());
  }

  private ResolvedReturn returnValue(
      ReturnModel r, Optional<ResolvedParam> size, Optional<ResolvedParam> pointsInto) {
    CTypeExpr c = expanded(r.cType());
    Optional<StringEncoding> encoding =
        r.javaType() instanceof JavaType.Str
            ? Optional.of(encoding(c, r.charset()))
            : Optional.empty();
    return new ResolvedReturn(
        r, c, CTypes.scalar(c), encoding, size, handleTypeOf(r.javaType()), pointsInto);
  }

  private StatusMessage statusMessage(
      Optional<StatusTableModel> table, List<ResolvedParam> params, ResolvedReturn returns) {
    Optional<String> name = table.flatMap(StatusTableModel::messageFunction);
    if (name.isEmpty()) {
      return new StatusMessage.None();
    }
    FunctionModel message = declaredFunction(name.get());
    JavaType arg = message.params().get(0).javaType();
    if (arg instanceof JavaType.Handle) {
      return params.stream()
          .filter(p -> p.javaType().equals(arg) && p.isInJavaSignature())
          .findFirst()
          .<StatusMessage>map(p -> new StatusMessage.FromHandle(message, p))
          .orElse(new StatusMessage.None());
    }
    return new StatusMessage.FromCode(message, arg);
  }

  private Optional<Upcall> upcall(List<ResolvedParam> params) {
    List<Upcall.Entry> callbacks =
        params.stream()
            .filter(p -> p.javaType() instanceof JavaType.Callback)
            .map(
                c ->
                    new Upcall.Entry(
                        c,
                        library
                            .callback(((JavaType.Callback) c.javaType()).callbackClass())
                            .orElseThrow()))
            .toList();
    Optional<ResolvedParam> userData =
        params.stream().filter(p -> p.javaType() instanceof JavaType.UserData).findFirst();
    if (callbacks.isEmpty() && userData.flatMap(u -> u.model().handle()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Upcall(callbacks, userData));
  }

  /**
   * Whether some callback outlives the call it is passed to (registered, released, on a handle).
   */
  private boolean keepsCallbacks() {
    // Asked once per function: computed once, or a large binding would pay n² (10% of the
    // processor's time for 1 000 functions, measured by benchmarks/scaling.sh).
    if (keepsCallbacks == null) {
      keepsCallbacks = computeKeepsCallbacks();
    }
    return keepsCallbacks;
  }

  private Boolean keepsCallbacks;

  private boolean computeKeepsCallbacks() {
    return library.functions().stream()
        .flatMap(f -> f.params().stream())
        .anyMatch(
            p ->
                p.lifetime().isPresent()
                    && p.lifetime().get() != LifetimeModel.CALL
                    && p.javaType() instanceof JavaType.Callback);
  }

  /** The handle classes that callbacks or user data are set on ({@code lifetime: handle}). */
  private Set<JavaClassName> handleScopedTypes() {
    Set<JavaClassName> types = new HashSet<>();
    for (FunctionModel f : library.functions()) {
      for (ParamModel p : f.params()) {
        p.handle()
            .flatMap(h -> f.params().stream().filter(q -> q.name().equals(h)).findFirst())
            .filter(q -> q.javaType() instanceof JavaType.Handle)
            .ifPresent(q -> types.add(((JavaType.Handle) q.javaType()).handleClass()));
      }
    }
    return types;
  }

  // ---- callbacks -------------------------------------------------------------------------------

  private ResolvedCallback callback(CallbackType type) {
    Map<String, ResolvedCallback.Param> alone = new LinkedHashMap<>();
    for (CallbackParam p : type.params()) {
      alone.put(p.name(), callbackParam(p, Optional.empty()));
    }
    List<ResolvedCallback.Param> params =
        type.params().stream().map(p -> callbackParam(p, p.lengthFrom().map(alone::get))).toList();
    CTypeExpr ret = expanded(type.returns().cType());
    return new ResolvedCallback(type, params, ret, CTypes.scalar(ret));
  }

  private ResolvedCallback.Param callbackParam(
      CallbackParam p, Optional<ResolvedCallback.Param> count) {
    CTypeExpr c = expanded(p.cType());
    boolean text =
        p.javaType() instanceof JavaType.Str || p.javaType() instanceof JavaType.StringArray;
    Optional<StringEncoding> encoding =
        text ? Optional.of(encoding(c, p.charset())) : Optional.empty();
    Optional<CTypes.Scalar> pointee =
        c.pointers() == 1 ? CTypes.scalar(c.base()) : Optional.empty();
    Optional<JavaClassName> struct =
        c.pointers() <= 1 && !c.isArray()
            ? library.struct(c.base()).map(StructModel::javaClass)
            : Optional.empty();
    return new ResolvedCallback.Param(p, c, CTypes.scalar(c), pointee, encoding, count, struct);
  }

  // ---- library-wide ----------------------------------------------------------------------------

  private SortedSet<String> freeFunctions() {
    SortedSet<String> free = new TreeSet<>();
    for (FunctionModel f : library.functions()) {
      f.returns().ownership().freeFunction().ifPresent(free::add);
      for (ParamModel p : f.params()) {
        if (p.javaType() instanceof JavaType.StringRef) {
          p.ownership().freeFunction().ifPresent(free::add);
        }
      }
    }
    for (ResolvedHandleType type : handleTypes.values()) {
      if (!type.hasDestructorFunction()) {
        type.type().destructor().ifPresent(free::add);
      }
    }
    return free;
  }

  private List<String> requiredSymbols(Set<String> free) {
    Set<String> symbols = new LinkedHashSet<>();
    library.functions().stream().filter(f -> !f.optional()).forEach(f -> symbols.add(f.cSymbol()));
    free.stream().filter(f -> !ResolvedLibrary.isLibcFree(f)).forEach(symbols::add);
    return new ArrayList<>(symbols);
  }
}

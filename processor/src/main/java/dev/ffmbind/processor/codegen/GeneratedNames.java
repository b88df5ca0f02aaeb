package dev.ffmbind.processor.codegen;

/**
 * Every name the generator invents inside a binding class, in one place (the names of
 * generated classes come from {@link dev.ffmbind.processor.model.Names}). Generated locals end in {@code $} so they can never
 * clash with a C parameter name (the validator rejects names containing {@code $}).
 */
public final class GeneratedNames {

  private GeneratedNames() {}

  /** The holder class whose static fields are the linked method handles. */
  static final String DOWNCALLS = "Downcalls";

  /** The field holding the downcall handle of a function. */
  static String handleField(String javaName) {
    return javaName;
  }

  /** The helper that calls a deallocator, e.g. {@code free$sqlite3_free}. */
  static String freeMethod(String symbol) {
    return "free$" + symbol;
  }

  /** The private method that frees an owned handle of a type whose destructor is a declared function. */
  static String destroyMethod(String handleSimpleName) {
    return "destroy$" + handleSimpleName;
  }

  /** The native-side local of a parameter. */
  static String nativeLocal(String param) {
    return param + "$";
  }

  /** The nested class holding the one upcall stub of a callback type, e.g. {@code IntComparatorStub}. */
  static String stubHolder(String callbackSimpleName) {
    return callbackSimpleName + "Stub";
  }

  /** In a stub holder: the upcall stub's field and the static method it calls. */
  static final String STUB = "STUB";
  static final String UPCALL_METHOD = "upcall";

  static final String UPCALL = "upcall$";
  static final String TARGET = "target$";
  static final String CALLBACK = "callback$";
  static final String SCRATCH = "scratch$";
  static final String ERRNO = "errno$";
  static final String RESULT = "result$";
  static final String SIZE = "size$";
}

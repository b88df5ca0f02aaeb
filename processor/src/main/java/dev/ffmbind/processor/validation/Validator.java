package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.ErrorModel.Kind;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.ReturnModel;
import dev.ffmbind.processor.model.SourceRef;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every semantic check of a binding, whichever front end built it. Each check is a small named
 * method that adds at most one message per problem; all problems are reported, and the
 * generator runs only for a model that passed without errors.
 */
public final class Validator {

  /** The charsets FFM can encode NUL-terminated strings in (no BOM-writing UTF-16/UTF-32). */
  static final Set<Charset> SUPPORTED_CHARSETS = Set.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
      StandardCharsets.US_ASCII, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
      Charset.forName("UTF-32LE"), Charset.forName("UTF-32BE"));

  private LibraryModel model;
  private Diagnostics diagnostics;
  private Function<String, Optional<JavaClassName>> opaqueLookup;
  private final Set<String> duplicateOpaqueTypes = new HashSet<>();

  /** Checks a model, adding every problem to {@code diagnostics}. */
  public void validate(LibraryModel model, Diagnostics diagnostics) {
    this.model = model;
    this.diagnostics = diagnostics;
    this.opaqueLookup = c -> model.opaqueType(c).map(OpaqueType::javaClass);
    this.duplicateOpaqueTypes.clear();
    checkLibrary();
    checkTypedefs();
    checkOpaqueTypes();
    checkStatusTables();
    checkCallbacks();
    checkFunctions();
  }

  private void error(SourceRef ref, Message message, Object... args) {
    diagnostics.error(ref, message, args);
  }

  // ---- library -------------------------------------------------------------------------------

  private void checkLibrary() {
    if (model.library().isBlank()) {
      error(model.ref(), Message.EMPTY_LIBRARY_NAME);
    }
    if (!Names.isPackageName(model.bindingClass().packageName())) {
      error(model.ref(), Message.INVALID_JAVA_NAME, model.bindingClass().packageName(), "package name");
    }
    for (String simple : model.bindingClass().simpleNames()) {
      if (!Names.isJavaIdentifier(simple)) {
        error(model.ref(), Message.INVALID_JAVA_NAME, simple, "class name");
      }
    }
    checkCharset(model.ref(), model.charset());
    if (model.functions().isEmpty()) {
      diagnostics.warning(model.ref(), Message.NO_FUNCTIONS, model.bindingClass().canonicalName());
    }
  }

  private boolean checkCharset(SourceRef ref, String name) {
    try {
      if (SUPPORTED_CHARSETS.contains(Charset.forName(name))) {
        return true;
      }
    } catch (IllegalArgumentException unknownOrIllegal) {
      // reported below
    }
    error(ref, Message.CHARSET_UNSUPPORTED, name);
    return false;
  }

  private void checkTypedefs() {
    for (Map.Entry<String, String> typedef : new java.util.TreeMap<>(model.typedefs()).entrySet()) {
      if (CTypeExpr.parse(typedef.getValue()).isEmpty()) {
        error(model.ref(), Message.C_TYPE_SYNTAX, typedef.getValue());
      } else if (CTypes.expand(new CTypeExpr(typedef.getKey(), typedef.getKey(), 0, false), model.typedefs()).isEmpty()) {
        error(model.ref(), Message.C_TYPE_TYPEDEF_CYCLE, typedef.getKey());
      }
    }
  }

  private void checkOpaqueTypes() {
    Set<String> seen = new HashSet<>();
    for (OpaqueType opaque : model.opaqueTypes()) {
      if (!seen.add(opaque.cName())) {
        duplicateOpaqueTypes.add(opaque.cName());
        error(opaque.ref(), Message.DUPLICATE_OPAQUE, opaque.cName());
      }
      if (opaque.generated() && !Names.isJavaIdentifier(opaque.javaClass().simpleName())) {
        error(opaque.ref(), Message.INVALID_JAVA_NAME, opaque.javaClass().simpleName(), "class name");
      }
      opaque.destructor().ifPresent(d -> checkDestructor(opaque, d));
    }
  }

  /**
   * A destructor is a C function name. If the binding declares it as a function taking the
   * handle, that function must fit {@code void f(T*)} or {@code int f(T*)} with an error
   * convention, and must not be optional.
   */
  private void checkDestructor(OpaqueType opaque, String destructor) {
    if (!Names.isCSymbol(destructor) || destructor.indexOf('@') >= 0) {
      error(opaque.ref(), Message.DESTRUCTOR_NAME, opaque.cName(), destructor);
      return;
    }
    Optional<FunctionModel> declared = model.destructorFunction(opaque);
    if (declared.isEmpty()) {
      return;
    }
    FunctionModel fn = declared.get();
    boolean voidResult = CTypes.expand(fn.returns().cType(), model.typedefs()).map(CTypeExpr::isVoid).orElse(false);
    boolean checkedStatus = isInteger(fn.returns().cType()) && fn.errors().kind() != Kind.NONE;
    if (fn.params().size() != 1 || !(voidResult || checkedStatus)) {
      error(opaque.ref(), Message.DESTRUCTOR_SHAPE, opaque.cName(), destructor, fn.javaName(), opaque.cName());
    } else if (fn.optional()) {
      error(opaque.ref(), Message.DESTRUCTOR_OPTIONAL, opaque.cName(), destructor);
    }
  }

  /** An owned handle needs a type with a destructor, and no 'free' of its own. */
  private void checkOwnedHandle(SourceRef ref, String function, String what, JavaClassName handleClass,
      dev.ffmbind.processor.model.Ownership ownership) {
    Optional<OpaqueType> type = model.opaqueType(handleClass);
    if (type.isEmpty()) {
      return; // reported with the C type
    }
    if (type.get().destructor().isEmpty()) {
      error(ref, Message.OWNERSHIP_NO_DESTRUCTOR, function, what, type.get().cName());
    } else if (ownership.freeFunction().isPresent()) {
      error(ref, Message.OWNERSHIP_HANDLE_FREE, function, ownership.freeFunction().get());
    }
  }

  // ---- status tables -------------------------------------------------------------------------

  private void checkStatusTables() {
    Set<String> names = new HashSet<>();
    for (StatusTableModel table : model.statusTables()) {
      if (!names.add(table.name())) {
        error(table.ref(), Message.DUPLICATE_STATUS_TABLE, table.name());
      }
      if (!Names.isJavaIdentifier(table.exceptionClass().simpleName())) {
        error(table.ref(), Message.INVALID_JAVA_NAME, table.exceptionClass().simpleName(), "class name");
      }
      Set<String> codes = new HashSet<>();
      for (StatusCodeModel code : table.codes()) {
        if (!codes.add(code.name())) {
          error(code.ref(), Message.DUPLICATE_STATUS_CODE, table.name(), code.name());
        }
      }
      if (table.codes().stream().noneMatch(StatusCodeModel::success)) {
        error(table.ref(), Message.STATUS_TABLE_NO_SUCCESS, table.name());
      }
      table.messageFunction().ifPresent(fn -> checkMessageFunction(table, fn));
    }
  }

  private void checkMessageFunction(StatusTableModel table, String name) {
    Optional<FunctionModel> fn = model.functions().stream()
        .filter(f -> f.cSymbol().equals(name) || f.javaName().equals(name))
        .findFirst();
    if (fn.isEmpty()) {
      error(table.ref(), Message.MESSAGE_FUNCTION_UNKNOWN, table.name(), name,
          Diagnostics.didYouMean(name, model.functions().stream().map(FunctionModel::cSymbol).toList()));
      return;
    }
    List<ParamModel> params = fn.get().params();
    boolean shape = params.size() == 1
        && (params.get(0).javaType() instanceof JavaType.Handle
            || (params.get(0).javaType() instanceof JavaType.Scalar && isInteger(params.get(0).cType())))
        && fn.get().returns().javaType() instanceof JavaType.Str
        && fn.get().errors().kind() == Kind.NONE;
    if (!shape) {
      error(table.ref(), Message.MESSAGE_FUNCTION_SHAPE, table.name(), name);
    }
  }

  // ---- functions -----------------------------------------------------------------------------

  private void checkFunctions() {
    Set<String> seen = new HashSet<>();
    for (FunctionModel fn : model.functions()) {
      if (!seen.add(fn.javaName())) {
        error(fn.ref(), Message.DUPLICATE_FUNCTION, fn.javaName());
      }
      if (fn.javaName().indexOf('@') >= 0) {
        String base = fn.javaName().substring(0, fn.javaName().indexOf('@'));
        String version = fn.javaName().substring(fn.javaName().lastIndexOf('@') + 1);
        error(fn.ref(), Message.SYMBOL_VERSIONED_NAME, fn.javaName(), fn.javaName(),
            base + Names.upperCamel(version.toLowerCase(java.util.Locale.ROOT).replace('.', '_')));
      } else if (!Names.isJavaIdentifier(fn.javaName())) {
        error(fn.ref(), Message.INVALID_JAVA_NAME, fn.javaName(), "method name");
      } else if (!Names.isCSymbol(fn.cSymbol())) {
        error(fn.ref(), Message.SYMBOL_INVALID, fn.javaName(), fn.cSymbol());
      }
      if (fn.optional() && !fn.javaName().isEmpty()) {
        String has = Names.availabilityMethod(fn.javaName());
        if (model.functions().stream().anyMatch(f -> f.javaName().equals(has))) {
          error(fn.ref(), Message.OPTIONAL_HAS_CLASH, fn.javaName(), has);
        }
      }
      checkParameters(fn);
      checkReturn(fn);
      checkErrors(fn);
      checkCallbackUse(fn);
    }
  }

  private void checkParameters(FunctionModel fn) {
    Set<String> names = new HashSet<>();
    Map<String, Integer> lengthLinks = new HashMap<>();
    for (ParamModel p : fn.params()) {
      if (!names.add(p.name())) {
        error(p.ref(), Message.DUPLICATE_PARAMETER, fn.javaName(), p.name());
      }
      if (!Names.isJavaIdentifier(p.name())) {
        error(p.ref(), Message.INVALID_JAVA_NAME, p.name(), "parameter name");
      }
      if (p.ownership().owned()) {
        if (p.javaType() instanceof JavaType.HandleRef r) {
          checkOwnedHandle(p.ref(), fn.javaName(), "parameter '" + p.name() + "'", r.handleClass(), p.ownership());
        } else {
          error(p.ref(), Message.OWNERSHIP_PARAM, fn.javaName(), p.name());
        }
      }
      if (p.javaType() instanceof JavaType.Callback cb) {
        if (p.lifetime().isEmpty()) {
          error(p.ref(), Message.CALLBACK_NO_LIFETIME, fn.javaName(), p.name());
        }
        continue;
      }
      if (p.lifetime().isPresent()) {
        error(p.ref(), Message.CALLBACK_UNKNOWN, fn.javaName(), p.name(), p.cType().spelling(),
            Diagnostics.didYouMean(p.cType().base(), model.callbacks().stream().map(CallbackType::cName).toList()));
        continue;
      }
      if (p.javaType() instanceof JavaType.UserData) {
        checkUserData(p.ref(), fn.javaName(), p.name(), p.cType());
        continue;
      }
      Optional<CTypeExpr> expanded = checkCType(p.ref(), fn.javaName() + "(" + p.name() + ")", p.cType(), false,
          p.javaType());
      if (expanded.isEmpty()) {
        continue;
      }
      checkDirection(fn, p, expanded.get());
      if (p.charset().isPresent()) {
        if (!(p.javaType() instanceof JavaType.Str)) {
          error(p.ref(), Message.CHARSET_ON_NON_STRING, fn.javaName() + "(" + p.name() + ")");
        } else if (CTypes.isWideString(expanded.get())) {
          error(p.ref(), Message.CHARSET_ON_WCHAR, fn.javaName() + "(" + p.name() + ")");
        } else {
          checkCharset(p.ref(), p.charset().get());
        }
      }
      if (p.nullable() && p.javaType() instanceof JavaType.Scalar) {
        error(p.ref(), Message.NULLABLE_SCALAR, fn.javaName(), p.name());
      }
      if (p.lengthOf().isPresent() && p.boundsOf().isPresent()) {
        error(p.ref(), Message.LENGTH_AND_BOUNDS, fn.javaName(), p.name());
        continue;
      }
      Optional<String> target = p.lengthOf().or(p::boundsOf);
      if (target.isPresent()) {
        checkLengthLink(fn, p, expanded.get(), target.get(), lengthLinks);
      }
    }
  }

  /**
   * Expands typedefs and checks that the C type is known, supported, and carried by a compatible
   * Java type. Returns the expanded type when all is well.
   */
  private void checkUserData(SourceRef ref, String where, String name, CTypeExpr type) {
    Optional<CTypeExpr> c = CTypes.expand(type, model.typedefs());
    if (c.isPresent() && !(c.get().pointers() == 1 && c.get().base().equals("void"))) {
      error(ref, Message.USER_DATA_NOT_VOID_POINTER, where, name, type.spelling());
    }
  }

  // ---- callbacks -----------------------------------------------------------------------------

  private void checkCallbacks() {
    Set<String> names = new HashSet<>();
    for (CallbackType cb : model.callbacks()) {
      String where = "callback '" + cb.cName() + "'";
      if (!names.add(cb.cName())) {
        error(cb.ref(), Message.DUPLICATE_CALLBACK, cb.cName());
      }
      if (cb.generated()) {
        if (!Names.isJavaIdentifier(cb.javaClass().simpleName())) {
          error(cb.ref(), Message.INVALID_JAVA_NAME, cb.javaClass().simpleName(), "class name");
        }
        if (!Names.isJavaIdentifier(cb.methodName())) {
          error(cb.ref(), Message.INVALID_JAVA_NAME, cb.methodName(), "method name");
        }
      }
      Set<String> paramNames = new HashSet<>();
      for (CallbackParam p : cb.params()) {
        if (!paramNames.add(p.name())) {
          error(p.ref(), Message.DUPLICATE_PARAMETER, where, p.name());
        }
        if (!Names.isJavaIdentifier(p.name())) {
          error(p.ref(), Message.INVALID_JAVA_NAME, p.name(), "parameter name");
        }
        checkCallbackParam(cb, p);
      }
      checkCallbackReturn(cb);
    }
  }

  private void checkCallbackParam(CallbackType cb, CallbackParam p) {
    Optional<CTypeExpr> expanded = CTypes.expand(p.cType(), model.typedefs());
    if (expanded.isEmpty()) {
      error(p.ref(), Message.C_TYPE_TYPEDEF_CYCLE, p.cType().base());
      return;
    }
    CTypeExpr c = expanded.get();
    if (p.javaType() instanceof JavaType.UserData) {
      checkUserData(p.ref(), "callback '" + cb.cName() + "'", p.name(), p.cType());
      return;
    }
    if (p.javaType() instanceof JavaType.StringArray) {
      if (!(c.base().equals("char") && c.pointers() == 2)) {
        error(p.ref(), Message.CALLBACK_PARAM_UNSUPPORTED, cb.cName(), p.name(), p.cType().spelling(),
            "; a String[] comes from a char**");
        return;
      }
      String count = p.lengthFrom().orElse("");
      boolean integer = cb.params().stream().anyMatch(q -> q.name().equals(count)
          && q.javaType() instanceof JavaType.Scalar && isInteger(q.cType()));
      if (!integer) {
        error(p.ref(), Message.CALLBACK_LENGTH_FROM, cb.cName(), p.name(), count,
            Diagnostics.didYouMean(count, cb.params().stream().map(CallbackParam::name).toList()));
      }
      p.charset().ifPresent(cs -> checkCharset(p.ref(), cs));
      return;
    }
    if (p.lengthFrom().isPresent()) {
      error(p.ref(), Message.CALLBACK_PARAM_UNSUPPORTED, cb.cName(), p.name(), p.cType().spelling(),
          "; length_from only applies to a char** carried as String[]");
      return;
    }
    if (!CTypes.isKnownBase(c.base(), opaqueLookup)) {
      List<String> known = new ArrayList<>(CTypes.scalarNames());
      model.opaqueTypes().forEach(o -> known.add(o.cName()));
      error(p.ref(), Message.C_TYPE_UNKNOWN, p.cType().base(), Diagnostics.didYouMean(p.cType().base(), known));
      return;
    }
    List<JavaType> compatible = c.isVoid() || (c.pointers() > 1 && model.opaqueType(c.base()).isEmpty())
        ? List.of() : CTypes.compatibleJavaTypes(c, opaqueLookup, true);
    if (compatible.isEmpty()) {
      String hint = c.base().equals("char") && c.pointers() == 2 ? "; give a char** its count with length_from" : "";
      error(p.ref(), Message.CALLBACK_PARAM_UNSUPPORTED, cb.cName(), p.name(), p.cType().spelling(), hint);
    } else if (!compatible.contains(p.javaType())) {
      error(p.ref(), Message.JAVA_TYPE_MISMATCH, "callback '" + cb.cName() + "' (" + p.name() + ")",
          p.cType().spelling(), p.javaType().describe(),
          compatible.stream().map(JavaType::describe).collect(Collectors.joining(" or ")));
    } else if (p.charset().isPresent()) {
      if (p.javaType() instanceof JavaType.Str) {
        checkCharset(p.ref(), p.charset().get());
      } else {
        error(p.ref(), Message.CHARSET_ON_NON_STRING, "callback '" + cb.cName() + "' (" + p.name() + ")");
      }
    }
  }

  private void checkCallbackReturn(CallbackType cb) {
    ReturnModel r = cb.returns();
    Optional<CTypeExpr> expanded = CTypes.expand(r.cType(), model.typedefs());
    if (expanded.isEmpty()) {
      return;
    }
    CTypeExpr c = expanded.get();
    Optional<CTypes.Scalar> scalar = CTypes.scalar(c);
    if (!c.isVoid() && scalar.isEmpty()) {
      error(r.ref(), Message.CALLBACK_RETURN_UNSUPPORTED, cb.cName(), r.cType().spelling());
      return;
    }
    if (!c.isVoid() && !CTypes.compatibleJavaTypes(c, opaqueLookup, true).contains(r.javaType())) {
      error(r.ref(), Message.JAVA_TYPE_MISMATCH, "callback '" + cb.cName() + "' return value", r.cType().spelling(),
          r.javaType().describe(), CTypes.compatibleJavaTypes(c, opaqueLookup, true).stream()
              .map(JavaType::describe).collect(Collectors.joining(" or ")));
      return;
    }
    if (cb.onException().isPresent() && scalar.isPresent() && !isLiteral(cb.onException().get(), scalar.get())) {
      error(cb.ref(), Message.CALLBACK_ON_EXCEPTION, cb.cName(), cb.onException().get(), r.cType().spelling());
    }
  }

  /** Whether text is a value of the scalar type: a boolean, a number, or an integer in range. */
  static boolean isLiteral(String text, CTypes.Scalar scalar) {
    String t = text.strip();
    switch (scalar.carrier()) {
      case BOOLEAN -> {
        return t.equals("true") || t.equals("false");
      }
      case FLOAT, DOUBLE -> {
        try {
          Double.parseDouble(t);
          return !t.isEmpty() && !Character.isLetter(t.charAt(t.length() - 1));
        } catch (NumberFormatException e) {
          return false;
        }
      }
      default -> {
        try {
          long v = Long.decode(t);
          if (scalar.bytes() == 8) {
            return true;
          }
          long min = -(1L << (8 * scalar.bytes() - 1));
          long max = scalar.unsigned() ? scalar.unsignedMax() : -min - 1;
          return v >= min && v <= max;
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
  }

  /** One callback per function, linked to the function's user data; lifetimes that can be honoured. */
  private void checkCallbackUse(FunctionModel fn) {
    List<ParamModel> callbacks = fn.params().stream().filter(p -> p.javaType() instanceof JavaType.Callback).toList();
    List<ParamModel> userData = fn.params().stream().filter(p -> p.javaType() instanceof JavaType.UserData).toList();
    if (callbacks.isEmpty()) {
      userData.forEach(p -> error(p.ref(), Message.USER_DATA_WITHOUT_CALLBACK, fn.javaName(), p.name()));
      return;
    }
    if (callbacks.size() > 1 || userData.size() > 1) {
      error(fn.ref(), Message.CALLBACK_MORE_THAN_ONE, fn.javaName());
      return;
    }
    ParamModel p = callbacks.get(0);
    JavaType.Callback cbType = (JavaType.Callback) p.javaType();
    Optional<CallbackType> type = model.callback(cbType.callbackClass());
    if (type.isEmpty()) {
      error(p.ref(), Message.CALLBACK_UNKNOWN, fn.javaName(), p.name(), cbType.cName(), "");
      return;
    }
    if (fn.critical()) {
      error(fn.ref(), Message.CALLBACK_IN_CRITICAL, fn.javaName(), p.name());
    }
    boolean fnUserData = !userData.isEmpty();
    boolean typeUserData = type.get().hasUserData();
    Optional<LifetimeModel> lifetime = p.lifetime();
    if (lifetime.isEmpty()) {
      return; // reported with the parameter
    }
    if (lifetime.get() == LifetimeModel.REGISTERED) {
      if (!fnUserData || !typeUserData) {
        error(p.ref(), Message.CALLBACK_REGISTERED_NO_RELEASE, fn.javaName(), p.name(), type.get().cName());
        return;
      }
      boolean voidResult = CTypes.expand(fn.returns().cType(), model.typedefs()).map(CTypeExpr::isVoid).orElse(true);
      if (!voidResult && fn.errors().kind() == Kind.NONE) {
        error(fn.returns().ref(), Message.CALLBACK_REGISTERED_RESULT, fn.javaName(), fn.returns().cType().spelling());
      }
    } else if (fnUserData != typeUserData) {
      error(p.ref(), Message.CALLBACK_USER_DATA_UNLINKED, fn.javaName(), type.get().cName(),
          typeUserData ? "has" : "has no", fnUserData ? "does" : "does not");
    }
  }

  private Optional<CTypeExpr> checkCType(SourceRef ref, String where, CTypeExpr type, boolean isReturn, JavaType javaType) {
    Optional<CTypeExpr> expanded = CTypes.expand(type, model.typedefs());
    if (expanded.isEmpty()) {
      error(ref, Message.C_TYPE_TYPEDEF_CYCLE, type.base());
      return Optional.empty();
    }
    CTypeExpr c = expanded.get();
    if (duplicateOpaqueTypes.contains(c.base())) {
      return Optional.empty(); // reported once, where the type is declared
    }
    if (!CTypes.isKnownBase(c.base(), opaqueLookup)) {
      List<String> known = new ArrayList<>(CTypes.scalarNames());
      model.opaqueTypes().forEach(o -> known.add(o.cName()));
      known.addAll(model.typedefs().keySet());
      error(ref, Message.C_TYPE_UNKNOWN, type.base(), Diagnostics.didYouMean(type.base(), known));
      return Optional.empty();
    }
    if (c.pointers() == 0 && model.opaqueType(c.base()).isPresent()) {
      error(ref, Message.C_TYPE_BY_VALUE_STRUCT, where, c.base(), c.base());
      return Optional.empty();
    }
    List<JavaType> compatible = CTypes.compatibleJavaTypes(c, opaqueLookup, isReturn);
    if (compatible.isEmpty()) {
      String hint = c.pointers() > 1 ? " (pointers to pointers are only supported for opaque handles)"
          : c.isVoid() ? " (void is only a return type)" : "";
      error(ref, Message.C_TYPE_UNSUPPORTED, where, type.spelling(), hint);
      return Optional.empty();
    }
    if (!compatible.contains(javaType)) {
      error(ref, Message.JAVA_TYPE_MISMATCH, where, type.spelling(), javaType.describe(),
          compatible.stream().map(JavaType::describe).collect(Collectors.joining(" or ")));
      return Optional.empty();
    }
    return expanded;
  }

  private void checkDirection(FunctionModel fn, ParamModel p, CTypeExpr c) {
    boolean dataPointer = c.isPointer() && !(p.javaType() instanceof JavaType.Handle);
    if (!dataPointer) {
      if (p.direction() != Direction.IN) {
        error(p.ref(), Message.DIRECTION_ON_SCALAR, fn.javaName(), p.name());
      }
      return;
    }
    if (p.javaType() instanceof JavaType.Str && p.direction() != Direction.IN) {
      error(p.ref(), Message.DIRECTION_STRING_OUT, fn.javaName(), p.name());
    } else if (c.constPointee() && p.direction() != Direction.IN) {
      error(p.ref(), Message.DIRECTION_INTO_CONST, fn.javaName(), p.name(), yamlName(p.direction()));
    }
  }

  private static String yamlName(Direction d) {
    return d.name().toLowerCase(java.util.Locale.ROOT);
  }

  private void checkLengthLink(FunctionModel fn, ParamModel p, CTypeExpr c, String targetName,
      Map<String, Integer> lengthLinks) {
    boolean boundThroughPointer = p.boundsOf().isPresent() && p.javaType() instanceof JavaType.PrimitiveArray
        && c.pointers() == 1 && CTypes.isInteger(c.pointee());
    if (!CTypes.isInteger(c) && !boundThroughPointer) {
      error(p.ref(), Message.LENGTH_NOT_INTEGER, fn.javaName(), p.name(), p.cType().spelling());
      return;
    }
    Optional<ParamModel> target = fn.params().stream().filter(t -> t.name().equals(targetName)).findFirst();
    if (target.isEmpty()) {
      error(p.ref(), Message.LENGTH_TARGET_UNKNOWN, fn.javaName(), p.name(), targetName,
          Diagnostics.didYouMean(targetName, fn.params().stream().map(ParamModel::name).toList()));
      return;
    }
    JavaType t = target.get().javaType();
    // A string's length (in bytes, without terminator) can be passed, not bounded.
    boolean string = t instanceof JavaType.Str && p.lengthOf().isPresent();
    if (!(t instanceof JavaType.PrimitiveArray || t instanceof JavaType.Buffer || t instanceof JavaType.Segment
        || string)) {
      error(p.ref(), Message.LENGTH_TARGET_NOT_ARRAY, fn.javaName(), p.name(), targetName);
      return;
    }
    if (lengthLinks.merge(targetName, 1, Integer::sum) > 1) {
      error(p.ref(), Message.LENGTH_TWICE, fn.javaName(), targetName);
    }
  }

  private void checkReturn(FunctionModel fn) {
    ReturnModel r = fn.returns();
    Optional<CTypeExpr> expanded = checkCType(r.ref(), fn.javaName() + " return value", r.cType(), true, r.javaType());
    if (r.charset().isPresent()) {
      if (r.javaType() instanceof JavaType.Str && expanded.filter(CTypes::isWideString).isPresent()) {
        error(r.ref(), Message.CHARSET_ON_WCHAR, fn.javaName() + " return value");
      } else if (r.javaType() instanceof JavaType.Str) {
        checkCharset(r.ref(), r.charset().get());
      } else {
        error(r.ref(), Message.CHARSET_ON_NON_STRING, fn.javaName() + " return value");
      }
    }
    if (expanded.isPresent()) {
      checkReturnSize(fn, r);
    }
    if (!r.ownership().owned() || expanded.isEmpty()) {
      return;
    }
    if (!expanded.get().isPointer()) {
      error(r.ref(), Message.OWNERSHIP_NOT_POINTER, fn.javaName(), r.cType().spelling());
    } else if (r.javaType() instanceof JavaType.Handle h) {
      checkOwnedHandle(r.ref(), fn.javaName(), "the return value", h.handleClass(), r.ownership());
    } else if (r.ownership().freeFunction().filter(f -> !f.isBlank()).isEmpty()) {
      error(r.ref(), Message.OWNERSHIP_NEEDS_FREE, fn.javaName());
    } else if (!(r.javaType() instanceof JavaType.Str) && !(r.javaType() instanceof JavaType.NativeBuf)) {
      error(r.ref(), Message.OWNERSHIP_UNSUPPORTED, fn.javaName(), r.cType().spelling(), r.javaType().describe());
    }
  }

  /**
   * A NativeBuffer needs a size, and only a NativeBuffer or a String has one: an integer input
   * parameter, or a pointer to an integer that C writes (hidden from Java).
   */
  private void checkReturnSize(FunctionModel fn, ReturnModel r) {
    boolean sized = r.javaType() instanceof JavaType.NativeBuf || r.javaType() instanceof JavaType.Str;
    if (r.size().isEmpty()) {
      if (r.javaType() instanceof JavaType.NativeBuf) {
        error(r.ref(), Message.BUFFER_NO_SIZE, fn.javaName());
      }
      return;
    }
    if (!sized) {
      error(r.ref(), Message.SIZE_UNSUPPORTED, fn.javaName(), r.javaType().describe());
      return;
    }
    String name = r.size().get();
    Optional<ParamModel> param = fn.params().stream().filter(p -> p.name().equals(name)).findFirst();
    if (param.isEmpty()) {
      error(r.ref(), Message.SIZE_UNKNOWN, fn.javaName(), name,
          Diagnostics.didYouMean(name, fn.params().stream().map(ParamModel::name).toList()));
      return;
    }
    ParamModel p = param.get();
    Optional<CTypeExpr> c = CTypes.expand(p.cType(), model.typedefs());
    if (c.isEmpty()) {
      return; // reported with the parameter
    }
    boolean ok = p.resultSize()
        ? c.get().pointers() == 1 && CTypes.isInteger(c.get().pointee())
        : CTypes.isInteger(c.get()) && p.javaType() instanceof JavaType.Scalar;
    if (!ok) {
      error(r.ref(), Message.SIZE_NOT_INTEGER, fn.javaName(), name, p.cType().spelling());
    } else if (p.resultSize() && (p.lengthOf().isPresent() || p.boundsOf().isPresent() || p.nullable())) {
      error(p.ref(), Message.SIZE_PARAM_LINKED, fn.javaName(), name);
    }
  }

  private boolean isInteger(CTypeExpr type) {
    return CTypes.expand(type, model.typedefs()).map(CTypes::isInteger).orElse(false);
  }

  private void checkErrors(FunctionModel fn) {
    Kind kind = fn.errors().kind();
    CTypeExpr ret = fn.returns().cType();
    Optional<CTypeExpr> expanded = CTypes.expand(ret, model.typedefs());
    switch (kind) {
      case MINUS_ONE_ERRNO, NEGATIVE_ERRNO, NONZERO, STATUS -> {
        if (!isInteger(ret)) {
          error(fn.ref(), Message.ERRORS_NEED_INTEGER, fn.javaName(), kind.yamlName(), ret.spelling());
        }
      }
      case NULL_ERRNO -> {
        if (expanded.isPresent() && !expanded.get().isPointer()) {
          error(fn.ref(), Message.ERRORS_NEED_POINTER, fn.javaName(), ret.spelling());
        }
      }
      case NONE -> { }
    }
    if (kind == Kind.STATUS) {
      String table = fn.errors().statusTable().orElse("");
      if (model.statusTable(table).isEmpty()) {
        error(fn.ref(), Message.UNKNOWN_STATUS_TABLE, fn.javaName(), table,
            Diagnostics.didYouMean(table, model.statusTables().stream().map(StatusTableModel::name).toList()));
      }
    }
    if (fn.retryOnEintr() && !(kind.capturesErrno() || kind == Kind.NEGATIVE_ERRNO)) {
      error(fn.ref(), Message.RETRY_WITHOUT_ERRNO, fn.javaName());
    }
  }
}

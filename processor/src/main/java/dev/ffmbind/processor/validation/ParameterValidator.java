package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.Direction;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.Names;
import dev.ffmbind.processor.model.ParamModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a function's parameters: names, ownership, callbacks and user data, the C type and its
 * Java carrier, direction, charset, nullability, and length and bounds links.
 */
record ParameterValidator(ValidationContext context, Diagnostics diagnostics, SharedChecks shared) {

  void validate(FunctionModel fn) {
    Set<String> names = new HashSet<>();
    Map<String, ParamModel> byName = paramsByName(fn);
    Map<String, Integer> lengthLinks = new HashMap<>();
    for (ParamModel p : fn.params()) {
      if (!names.add(p.name())) {
        diagnostics.error(p.ref(), Message.DUPLICATE_PARAMETER, fn.javaName(), p.name());
      }
      if (!Names.isJavaIdentifier(p.name())) {
        diagnostics.error(p.ref(), Message.INVALID_JAVA_NAME, p.name(), "parameter name");
      }
      checkOwnership(fn, p);
      if (p.javaType() instanceof JavaType.Callback) {
        if (p.lifetime().isEmpty()) {
          diagnostics.error(p.ref(), Message.CALLBACK_NO_LIFETIME, fn.javaName(), p.name());
        }
      } else if (p.lifetime().isPresent()) {
        diagnostics.error(p.ref(), Message.CALLBACK_UNKNOWN, fn.javaName(), p.name(),
            p.cType().spelling(),
            Diagnostics.didYouMean(p.cType().base(), context.callbackNames()));
      } else if (p.javaType() instanceof JavaType.UserData) {
        shared.userData(p.ref(), fn.javaName(), p.name(), p.cType());
      } else {
        shared.cType(p.ref(), where(fn, p), p.cType(), false, p.javaType())
            .ifPresent(c -> checkData(fn, p, c, byName, lengthLinks));
      }
    }
  }

  /** Each parameter by name; where a name is declared twice, the first. */
  static Map<String, ParamModel> paramsByName(FunctionModel fn) {
    Map<String, ParamModel> byName = new HashMap<>();
    fn.params().forEach(p -> byName.putIfAbsent(p.name(), p));
    return byName;
  }

  private static String where(FunctionModel fn, ParamModel p) {
    return fn.javaName() + "(" + p.name() + ")";
  }

  /** Only a handle out-parameter can be owned. */
  private void checkOwnership(FunctionModel fn, ParamModel p) {
    if (!p.ownership().owned()) {
      return;
    }
    if (p.javaType() instanceof JavaType.HandleRef r) {
      shared.ownedHandle(p.ref(), fn.javaName(), "parameter '" + p.name() + "'",
          r.handleClass(), p.ownership());
    } else {
      diagnostics.error(p.ref(), Message.OWNERSHIP_PARAM, fn.javaName(), p.name());
    }
  }

  /** The checks of a value parameter whose C type is known and carried by its Java type. */
  private void checkData(FunctionModel fn, ParamModel p, CTypeExpr c,
      Map<String, ParamModel> byName, Map<String, Integer> lengthLinks) {
    checkDirection(fn, p, c);
    checkCharset(fn, p, c);
    if (p.nullable() && p.javaType() instanceof JavaType.Scalar) {
      diagnostics.error(p.ref(), Message.NULLABLE_SCALAR, fn.javaName(), p.name());
    }
    if (p.lengthOf().isPresent() && p.boundsOf().isPresent()) {
      diagnostics.error(p.ref(), Message.LENGTH_AND_BOUNDS, fn.javaName(), p.name());
      return;
    }
    Optional<String> target = p.lengthOf().or(p::boundsOf);
    if (target.isPresent()) {
      checkLengthLink(fn, p, c, target.get(), byName, lengthLinks);
    }
  }

  /** Only data pointers have a direction, and C cannot write a string or const data. */
  private void checkDirection(FunctionModel fn, ParamModel p, CTypeExpr c) {
    boolean dataPointer = c.isPointer() && !(p.javaType() instanceof JavaType.Handle);
    if (!dataPointer) {
      if (p.direction() != Direction.IN) {
        diagnostics.error(p.ref(), Message.DIRECTION_ON_SCALAR, fn.javaName(), p.name());
      }
      return;
    }
    if (p.javaType() instanceof JavaType.Str && p.direction() != Direction.IN) {
      diagnostics.error(p.ref(), Message.DIRECTION_STRING_OUT, fn.javaName(), p.name());
    } else if (c.constPointee() && p.direction() != Direction.IN) {
      diagnostics.error(p.ref(), Message.DIRECTION_INTO_CONST, fn.javaName(), p.name(),
          p.direction().name().toLowerCase(Locale.ROOT));
    }
  }

  /** A charset belongs to a narrow string. */
  private void checkCharset(FunctionModel fn, ParamModel p, CTypeExpr c) {
    if (p.charset().isEmpty()) {
      return;
    }
    if (!(p.javaType() instanceof JavaType.Str)) {
      diagnostics.error(p.ref(), Message.CHARSET_ON_NON_STRING, where(fn, p));
    } else if (CTypes.isWideString(c)) {
      diagnostics.error(p.ref(), Message.CHARSET_ON_WCHAR, where(fn, p));
    } else {
      shared.charset(p.ref(), p.charset().get());
    }
  }

  /**
   * A length or bound is an integer (a bound may also be read through an {@code int*} into a
   * Java array) and names an array, buffer or segment parameter, at most once; a length may
   * also be a string's.
   */
  private void checkLengthLink(FunctionModel fn, ParamModel p, CTypeExpr c, String targetName,
      Map<String, ParamModel> byName, Map<String, Integer> lengthLinks) {
    boolean boundThroughPointer = p.boundsOf().isPresent()
        && p.javaType() instanceof JavaType.PrimitiveArray
        && c.pointers() == 1 && CTypes.isInteger(c.pointee());
    if (!CTypes.isInteger(c) && !boundThroughPointer) {
      diagnostics.error(p.ref(), Message.LENGTH_NOT_INTEGER, fn.javaName(), p.name(),
          p.cType().spelling());
      return;
    }
    ParamModel target = byName.get(targetName);
    if (target == null) {
      diagnostics.error(p.ref(), Message.LENGTH_TARGET_UNKNOWN, fn.javaName(), p.name(),
          targetName, Diagnostics.didYouMean(targetName, byName.keySet()));
      return;
    }
    JavaType t = target.javaType();
    // A string's length (in bytes, without terminator) can be passed, not bounded.
    boolean string = t instanceof JavaType.Str && p.lengthOf().isPresent();
    if (!(t instanceof JavaType.PrimitiveArray || t instanceof JavaType.Buffer
        || t instanceof JavaType.Segment || string)) {
      diagnostics.error(p.ref(), Message.LENGTH_TARGET_NOT_ARRAY, fn.javaName(), p.name(),
          targetName);
      return;
    }
    if (lengthLinks.merge(targetName, 1, Integer::sum) > 1) {
      diagnostics.error(p.ref(), Message.LENGTH_TWICE, fn.javaName(), targetName);
    }
  }
}

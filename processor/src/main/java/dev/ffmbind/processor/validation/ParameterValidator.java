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
import java.util.Set;

/**
 * Checks a function's parameters: names, ownership, callbacks and user data, the C type and its
 * Java carrier, direction, charset, nullability; the length and bounds links through {@link
 * ParamLinks}, for every parameter kind.
 */
record ParameterValidator(ValidationContext context, Diagnostics diagnostics, SharedChecks shared) {

  void validate(FunctionModel fn) {
    Set<String> names = new HashSet<>();
    Map<String, ParamModel> byName = paramsByName(fn);
    Map<String, Integer> lengthLinks = new HashMap<>();
    ParamLinks links = new ParamLinks(context, diagnostics);
    Set<ParamModel> typed = new HashSet<>();
    for (ParamModel p : fn.params()) {
      if (!names.add(p.name())) {
        diagnostics.error(p.ref(), Message.DUPLICATE_PARAMETER, fn.javaName(), p.name());
      }
      if (!Names.isJavaIdentifier(p.name())) {
        diagnostics.error(p.ref(), Message.INVALID_JAVA_NAME, p.name(), "parameter name");
      } else if (p.isInJavaSignature()) {
        shared.parameterName(p.ref(), fn.javaName() + ": parameter", p.name());
      }
      checkOwnership(fn, p);
      if (p.javaType() instanceof JavaType.Callback) {
        if (p.lifetime().isEmpty()) {
          diagnostics.error(p.ref(), Message.CALLBACK_NO_LIFETIME, fn.javaName(), p.name());
        }
        links.check(fn, p, byName, lengthLinks);
      } else if (p.lifetime().isPresent()) {
        diagnostics.error(
            p.ref(),
            Message.CALLBACK_UNKNOWN,
            fn.javaName(),
            p.name(),
            p.cType().spelling(),
            Diagnostics.didYouMean(p.cType().base(), context.callbackNames()));
      } else if (p.javaType() instanceof JavaType.UserData) {
        shared.userData(p.ref(), fn.javaName(), p.name(), p.cType());
        links.check(fn, p, byName, lengthLinks);
      } else {
        shared
            .cType(p.ref(), where(fn, p), p.cType(), false, p.javaType())
            .ifPresent(
                c -> {
                  typed.add(p);
                  checkData(fn, p, c, () -> links.check(fn, p, byName, lengthLinks));
                  new OutPointerValidator(context, diagnostics).check(fn, p, byName);
                });
      }
    }
    links.checkSizes(fn, byName, typed);
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
      shared.ownedHandle(
          p.ref(), fn.javaName(), "parameter '" + p.name() + "'", r.handleClass(), p.ownership());
    } else if (p.javaType() instanceof JavaType.StringRef) {
      String free = p.ownership().freeFunction().orElse("");
      if (context.expand(p.cType()).filter(CTypeExpr::isArray).isPresent()) {
        // char out[37]: the caller's buffer, nothing to free.
        diagnostics.error(p.ref(), Message.OWNERSHIP_PARAM, fn.javaName(), p.name());
      } else if (!ReservedNames.isCIdentifier(free)) {
        diagnostics.error(p.ref(), Message.FREE_NAME, fn.javaName(), free);
      }
    } else {
      diagnostics.error(p.ref(), Message.OWNERSHIP_PARAM, fn.javaName(), p.name());
    }
  }

  /** The checks of a value parameter whose C type is known and carried by its Java type. */
  private void checkData(FunctionModel fn, ParamModel p, CTypeExpr c, Runnable checkLinks) {
    checkDirection(fn, p, c);
    checkCharset(fn, p, c);
    if (p.nullable()
        && (p.javaType() instanceof JavaType.Scalar || p.javaType() instanceof JavaType.CEnum)) {
      diagnostics.error(p.ref(), Message.NULLABLE_SCALAR, fn.javaName(), p.name());
    }
    checkLinks.run();
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
    if ((p.javaType() instanceof JavaType.Str || p.javaType() instanceof JavaType.StringArray)
        && p.direction() != Direction.IN) {
      diagnostics.error(p.ref(), Message.DIRECTION_STRING_OUT, fn.javaName(), p.name());
    } else if (p.javaType() instanceof JavaType.StringRef
        || p.javaType() instanceof JavaType.PositionRef) {
      return; // a slot C writes a pointer into, whatever the constness of the chars behind it
    } else if (c.constPointee() && p.direction() != Direction.IN) {
      diagnostics.error(
          p.ref(),
          Message.DIRECTION_INTO_CONST,
          fn.javaName(),
          p.name(),
          p.direction().name().toLowerCase(Locale.ROOT));
    }
  }

  /** A charset belongs to a narrow string. */
  private void checkCharset(FunctionModel fn, ParamModel p, CTypeExpr c) {
    if (p.charset().isEmpty()) {
      return;
    }
    boolean text =
        p.javaType() instanceof JavaType.Str
            || p.javaType() instanceof JavaType.StringRef
            || p.javaType() instanceof JavaType.StringArray;
    if (!text) {
      diagnostics.error(p.ref(), Message.CHARSET_ON_NON_STRING, where(fn, p));
    } else if (CTypes.isWideString(c)) {
      diagnostics.error(p.ref(), Message.CHARSET_ON_WCHAR, where(fn, p));
    } else {
      shared.charset(p.ref(), p.charset().get());
    }
  }
}

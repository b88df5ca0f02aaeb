package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.ReturnModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a function's return value: the C type and its Java carrier, charset, the size of a
 * returned buffer or string, who owns a returned pointer, and where a returned pointer may point
 * ({@code points_into}).
 */
record ReturnValidator(ValidationContext context, Diagnostics diagnostics, SharedChecks shared) {

  void validate(FunctionModel fn) {
    ReturnModel r = fn.returns();
    if (context.expand(r.cType()).map(CTypeExpr::isArray).orElse(false)) {
      diagnostics.error(r.ref(), Message.C_TYPE_ARRAY_RETURN, fn.javaName(), r.cType().spelling());
      return;
    }
    Optional<CTypeExpr> expanded = shared.cType(r.ref(), where(fn), r.cType(), true, r.javaType());
    checkCharset(fn, r, expanded);
    if (expanded.isPresent()) {
      checkSize(fn, r);
      checkOwnership(fn, r, expanded.get());
      checkPointsInto(fn, r);
    }
  }

  /** The kinds of argument passed as a copy, or in place for a critical call. */
  private static final Set<ParamLinks.Kind> COPIED =
      EnumSet.of(
          ParamLinks.Kind.ARRAY,
          ParamLinks.Kind.INTEGER_POINTER,
          ParamLinks.Kind.STRING,
          ParamLinks.Kind.BUFFER);

  /**
   * A pointer returned raw may point into an argument that was copied into scratch memory, which is
   * released when the call returns: with such an argument, the function must say where it points
   * ({@code points_into}). A named argument must be one a position can be found in.
   */
  private void checkPointsInto(FunctionModel fn, ReturnModel r) {
    boolean rawPointer =
        r.javaType() instanceof JavaType.Segment
            || r.javaType() instanceof JavaType.NativeBuf && !r.ownership().owned();
    ParamLinks links = new ParamLinks(context, diagnostics);
    Map<String, ParamModel> params = ParameterValidator.paramsByName(fn);
    if (r.size().filter(s -> !params.containsKey(s)).isPresent()) {
      return; // the size names no parameter (reported): which are copied is not known
    }
    if (r.pointsInto().isEmpty()) {
      List<String> copied =
          fn.params().stream()
              .filter(p -> p.isInJavaSignature() && COPIED.contains(links.kind(p)))
              .map(p -> "'" + p.name() + "'")
              .toList();
      if (rawPointer && !copied.isEmpty()) {
        String first = copied.get(0).replace("'", "");
        diagnostics.error(
            r.ref(),
            Message.POINTS_INTO_UNSTATED,
            fn.javaName(),
            r.cType().spelling(),
            copied.size() == 1 ? copied.get(0) + " is" : String.join(" and ", copied) + " are",
            copied.size() == 1 ? "it" : "them",
            first,
            first);
      }
      return;
    }
    if (!rawPointer || r.size().isPresent()) {
      diagnostics.error(
          r.ref(),
          Message.POINTS_INTO_NOT_POINTER,
          fn.javaName(),
          r.size().isPresent()
              ? "a sized " + r.javaType().describe()
              : (r.ownership().owned() ? "an owned " : "a ") + r.javaType().describe());
      return;
    }
    Optional<String> name = r.pointsIntoParam();
    if (name.isEmpty()) {
      return;
    }
    ParamModel target = params.get(name.get());
    if (target == null) {
      diagnostics.error(
          r.ref(),
          Message.POINTS_INTO_UNKNOWN,
          fn.javaName(),
          name.get(),
          Diagnostics.didYouMean(name.get(), params.keySet()));
      return;
    }
    ParamLinks.Kind kind = links.kind(target);
    if (!(COPIED.contains(kind) || kind == ParamLinks.Kind.SEGMENT)
        || !target.isInJavaSignature()) {
      diagnostics.error(
          r.ref(),
          Message.POINTS_INTO_NOT_DATA,
          fn.javaName(),
          name.get(),
          target.isInJavaSignature() ? ParamLinks.describe(target, kind) : "hidden from Java");
    } else if (fn.critical() && target.javaType() instanceof JavaType.PrimitiveArray) {
      diagnostics.error(r.ref(), Message.POINTS_INTO_CRITICAL, fn.javaName(), name.get());
    }
  }

  private static String where(FunctionModel fn) {
    return fn.javaName() + " return value";
  }

  /** A charset belongs to a narrow string (checked even when the C type was not). */
  private void checkCharset(FunctionModel fn, ReturnModel r, Optional<CTypeExpr> expanded) {
    if (r.charset().isEmpty()) {
      return;
    }
    if (r.javaType() instanceof JavaType.Str && expanded.filter(CTypes::isWideString).isPresent()) {
      diagnostics.error(r.ref(), Message.CHARSET_ON_WCHAR, where(fn));
    } else if (r.javaType() instanceof JavaType.Str) {
      shared.charset(r.ref(), r.charset().get());
    } else {
      diagnostics.error(r.ref(), Message.CHARSET_ON_NON_STRING, where(fn));
    }
  }

  /**
   * A NativeBuffer needs a size, and only a NativeBuffer or a String has one: an integer input
   * parameter, or a pointer to an integer that C writes (hidden from Java).
   */
  private void checkSize(FunctionModel fn, ReturnModel r) {
    boolean sized =
        r.javaType() instanceof JavaType.NativeBuf || r.javaType() instanceof JavaType.Str;
    if (r.size().isEmpty()) {
      if (r.javaType() instanceof JavaType.NativeBuf) {
        diagnostics.error(r.ref(), Message.BUFFER_NO_SIZE, fn.javaName());
      }
      return;
    }
    if (!sized) {
      diagnostics.error(r.ref(), Message.SIZE_UNSUPPORTED, fn.javaName(), r.javaType().describe());
      return;
    }
    String name = r.size().get();
    Map<String, ParamModel> params = ParameterValidator.paramsByName(fn);
    ParamModel p = params.get(name);
    if (p == null) {
      diagnostics.error(
          r.ref(),
          Message.SIZE_UNKNOWN,
          fn.javaName(),
          name,
          Diagnostics.didYouMean(name, params.keySet()));
      return;
    }
    Optional<CTypeExpr> c = context.expand(p.cType());
    if (c.isEmpty()) {
      return; // reported with the parameter
    }
    boolean ok =
        p.resultSize()
            ? c.get().pointers() == 1 && CTypes.isInteger(c.get().pointee())
            : CTypes.isInteger(c.get()) && p.javaType() instanceof JavaType.Scalar;
    if (!ok) {
      diagnostics.error(
          r.ref(), Message.SIZE_NOT_INTEGER, fn.javaName(), name, p.cType().spelling());
    } else if (p.resultSize()
        && (p.lengthOf().isPresent()
            || p.boundsOf().isPresent()
            || p.nullable()
            || p.elementSizeOf().isPresent())) {
      diagnostics.error(p.ref(), Message.SIZE_PARAM_LINKED, fn.javaName(), name);
    }
  }

  /**
   * Only a pointer can be owned: a handle (closed by its type's destructor), or a String or
   * NativeBuffer with a function that frees it.
   */
  private void checkOwnership(FunctionModel fn, ReturnModel r, CTypeExpr c) {
    if (!r.ownership().owned()) {
      return;
    }
    if (!c.isPointer()) {
      diagnostics.error(
          r.ref(), Message.OWNERSHIP_NOT_POINTER, fn.javaName(), r.cType().spelling());
    } else if (r.javaType() instanceof JavaType.Handle h) {
      shared.ownedHandle(
          r.ref(), fn.javaName(), "the return value", h.handleClass(), r.ownership());
    } else if (r.ownership().freeFunction().filter(f -> !f.isBlank()).isEmpty()) {
      diagnostics.error(r.ref(), Message.OWNERSHIP_NEEDS_FREE, fn.javaName());
    } else if (!(r.javaType() instanceof JavaType.Str)
        && !(r.javaType() instanceof JavaType.NativeBuf)) {
      diagnostics.error(
          r.ref(),
          Message.OWNERSHIP_UNSUPPORTED,
          fn.javaName(),
          r.cType().spelling(),
          r.javaType().describe());
    } else if (!ReservedNames.isCIdentifier(r.ownership().freeFunction().get())) {
      diagnostics.error(
          r.ref(), Message.FREE_NAME, fn.javaName(), r.ownership().freeFunction().get());
    }
  }
}

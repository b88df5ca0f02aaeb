package dev.ffmbind.processor.validation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CTypes;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.ParamModel;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The links between a function's parameters, checked in one place for every parameter, whatever its
 * kind: a link states which kinds of parameter it may be written on and which kinds it may name
 * ({@link Link}). A link on a parameter of another kind (a bound on a callback, a length on a
 * string) is refused here, before any other check of that parameter could skip it.
 *
 * <p>An element size ({@code element_size_of}) is a link too: a hidden integer naming an array, or
 * a {@code MemorySegment} whose C type points to a scalar, that the stub passes as a constant.
 *
 * <p>It also holds the safe default for arrays C may write: such an array needs a length or a bound
 * naming it, or the user's explicit {@code size: unchecked}. The return value's {@code size} link
 * is checked by {@code ReturnValidator}, user data by {@code CallbackUseValidator}.
 */
record ParamLinks(ValidationContext context, Diagnostics diagnostics) {

  /** What a parameter is, as far as links care. */
  enum Kind {
    INTEGER("an integer"),
    INTEGER_POINTER("a pointer to an integer"),
    ARRAY("an array"),
    BUFFER("a ByteBuffer"),
    SEGMENT("a MemorySegment"),
    STRING("a String"),
    STRING_ARRAY("a String[]"),
    OTHER_SCALAR("a non-integer scalar"),
    CALLBACK("a callback"),
    USER_DATA("user data"),
    HANDLE("a handle"),
    OTHER("another kind of value");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** How a message names the kind: "an array". */
    String description() {
      return description;
    }
  }

  /**
   * A link one parameter makes to another.
   *
   * @param spelling both front ends' spellings, for messages
   * @param holders the kinds of parameter it may be written on
   * @param holderText how a message says which those are
   * @param targets the kinds of parameter it may name
   */
  enum Link {
    LENGTH_OF(
        "length_of (@WithLength)",
        EnumSet.of(Kind.INTEGER),
        "an integer parameter",
        EnumSet.of(
            Kind.ARRAY,
            Kind.INTEGER_POINTER,
            Kind.BUFFER,
            Kind.SEGMENT,
            Kind.STRING,
            Kind.STRING_ARRAY)),
    BOUNDS(
        "bounds (@BoundedBy)",
        EnumSet.of(Kind.INTEGER, Kind.INTEGER_POINTER),
        "an integer parameter or a pointer C reads an integer from",
        EnumSet.of(Kind.ARRAY, Kind.INTEGER_POINTER, Kind.BUFFER, Kind.SEGMENT)),
    /** The size of one element; a segment only when its C type points to a scalar. */
    ELEMENT_SIZE_OF(
        "element_size_of (@WithElementSize)",
        EnumSet.of(Kind.INTEGER),
        "an integer parameter",
        EnumSet.of(Kind.ARRAY, Kind.INTEGER_POINTER, Kind.SEGMENT));

    private final String spelling;
    private final Set<Kind> holders;
    private final String holderText;
    private final Set<Kind> targets;

    Link(String spelling, Set<Kind> holders, String holderText, Set<Kind> targets) {
      this.spelling = spelling;
      this.holders = holders;
      this.holderText = holderText;
      this.targets = targets;
    }
  }

  /** The kind of a parameter, from its Java carrier and its expanded C type. */
  Kind kind(ParamModel p) {
    Optional<CTypeExpr> c = context.expand(p.cType());
    return switch (p.javaType()) {
      case JavaType.Callback cb -> Kind.CALLBACK;
      case JavaType.UserData u -> Kind.USER_DATA;
      case JavaType.Handle h -> Kind.HANDLE;
      case JavaType.HandleRef h -> Kind.HANDLE;
      case JavaType.Str s -> Kind.STRING;
      case JavaType.StringArray a -> Kind.STRING_ARRAY;
      case JavaType.CEnum e -> Kind.OTHER_SCALAR;
      case JavaType.Buffer b -> Kind.BUFFER;
      case JavaType.Segment s -> Kind.SEGMENT;
      case JavaType.Scalar s ->
          c.filter(CTypes::isInteger).isPresent() ? Kind.INTEGER : Kind.OTHER_SCALAR;
      case JavaType.StructArray a -> Kind.ARRAY;
      case JavaType.PrimitiveArray a ->
          c.filter(t -> t.pointers() == 1 && CTypes.isInteger(t.pointee())).isPresent()
              ? Kind.INTEGER_POINTER
              : Kind.ARRAY;
      default -> Kind.OTHER;
    };
  }

  /**
   * Checks the link a parameter makes, if any, whatever the parameter's kind.
   *
   * @param linksTo how many valid links name each parameter so far (updated)
   */
  void check(
      FunctionModel fn,
      ParamModel p,
      Map<String, ParamModel> byName,
      Map<String, Integer> linksTo) {
    if (p.lengthOf().isPresent() && p.boundsOf().isPresent()) {
      diagnostics.error(p.ref(), Message.LENGTH_AND_BOUNDS, fn.javaName(), p.name());
      return;
    }
    if (p.elementSizeOf().isPresent()) {
      checkElementSize(fn, p, byName, linksTo);
      return;
    }
    if (p.lengthOf().isPresent()) {
      checkLink(fn, p, Link.LENGTH_OF, p.lengthOf().get(), byName, linksTo);
    } else if (p.boundsOf().isPresent()) {
      checkLink(fn, p, Link.BOUNDS, p.boundsOf().get(), byName, linksTo);
    }
  }

  /**
   * Checks that each array C may write has a stated size. Skipped while a link or the return
   * value's size names no parameter: the user meant to state a size, and that is reported already.
   *
   * @param typed the parameters whose C and Java types passed their checks
   */
  void checkSizes(FunctionModel fn, Map<String, ParamModel> byName, Set<ParamModel> typed) {
    Set<String> named = new HashSet<>();
    if (fn.returns().size().filter(s -> !byName.containsKey(s)).isPresent()) {
      return;
    }
    for (ParamModel p : fn.params()) {
      Optional<String> target = p.lengthOf().or(p::boundsOf);
      if (target.isPresent() && !byName.containsKey(target.get())) {
        return;
      }
      target.ifPresent(named::add);
    }
    for (ParamModel p : fn.params()) {
      if (typed.contains(p)) {
        checkSizeStated(fn, p, named);
      } else if (p.sizeUnchecked() && !(p.javaType() instanceof JavaType.PrimitiveArray)) {
        diagnostics.error(
            p.ref(), Message.UNCHECKED_SIZE_NOT_NEEDED, fn.javaName(), p.name(), "is not an array");
      }
    }
  }

  private void checkLink(
      FunctionModel fn,
      ParamModel p,
      Link link,
      String targetName,
      Map<String, ParamModel> byName,
      Map<String, Integer> linksTo) {
    Kind holder = kind(p);
    if (!link.holders.contains(holder)) {
      if (holder == Kind.OTHER_SCALAR || holder == Kind.ARRAY) {
        diagnostics.error(
            p.ref(), Message.LENGTH_NOT_INTEGER, fn.javaName(), p.name(), p.cType().spelling());
      } else {
        diagnostics.error(
            p.ref(),
            Message.LINK_ON_WRONG_KIND,
            fn.javaName(),
            link.spelling,
            link.holderText,
            p.name(),
            describe(p, holder));
      }
      return;
    }
    ParamModel target = byName.get(targetName);
    if (target == null) {
      diagnostics.error(
          p.ref(),
          Message.LENGTH_TARGET_UNKNOWN,
          fn.javaName(),
          p.name(),
          targetName,
          Diagnostics.didYouMean(targetName, byName.keySet()));
      return;
    }
    if (!link.targets.contains(kind(target)) || !target.isInJavaSignature()) {
      diagnostics.error(
          p.ref(), Message.LENGTH_TARGET_NOT_ARRAY, fn.javaName(), p.name(), targetName);
      return;
    }
    if (linksTo.merge(targetName, 1, Integer::sum) > 1) {
      diagnostics.error(p.ref(), Message.LENGTH_TWICE, fn.javaName(), targetName);
    }
  }

  /**
   * An element size is hidden and passed as a constant: it is on an integer parameter that is no
   * other link, and names an array (or a pointer to a scalar) of the Java signature.
   */
  private void checkElementSize(
      FunctionModel fn,
      ParamModel p,
      Map<String, ParamModel> byName,
      Map<String, Integer> linksTo) {
    Link link = Link.ELEMENT_SIZE_OF;
    if (p.lengthOf().isPresent() || p.boundsOf().isPresent()) {
      diagnostics.error(
          p.ref(),
          Message.ELEMENT_SIZE_AND_LENGTH,
          fn.javaName(),
          p.name(),
          p.lengthOf().isPresent() ? "length_of (@WithLength)" : "bounds (@BoundedBy)");
      return;
    }
    Kind holder = kind(p);
    if (!link.holders.contains(holder)) {
      diagnostics.error(
          p.ref(),
          Message.LINK_ON_WRONG_KIND,
          fn.javaName(),
          link.spelling,
          link.holderText,
          p.name(),
          describe(p, holder));
      return;
    }
    String targetName = p.elementSizeOf().get();
    ParamModel target = byName.get(targetName);
    if (target == null) {
      diagnostics.error(
          p.ref(),
          Message.ELEMENT_SIZE_TARGET_UNKNOWN,
          fn.javaName(),
          p.name(),
          targetName,
          Diagnostics.didYouMean(targetName, byName.keySet()));
      return;
    }
    Kind kind = kind(target);
    boolean sized =
        kind != Kind.SEGMENT
            || context
                .expand(target.cType())
                .filter(c -> c.pointers() == 1 && CTypes.scalar(c.pointee()).isPresent())
                .isPresent();
    if (!link.targets.contains(kind) || !sized || !target.isInJavaSignature()) {
      diagnostics.error(
          p.ref(),
          Message.ELEMENT_SIZE_TARGET_NOT_ARRAY,
          fn.javaName(),
          p.name(),
          targetName,
          !target.isInJavaSignature() ? "hidden from Java" : describe(target, kind));
      return;
    }
    // Keyed apart from lengths: a parameter name never contains a space.
    if (linksTo.merge("element size " + targetName, 1, Integer::sum) > 1) {
      diagnostics.error(p.ref(), Message.ELEMENT_SIZE_TWICE, fn.javaName(), targetName);
    }
  }

  static String describe(ParamModel p, Kind kind) {
    return switch (p.javaType()) {
      case JavaType.Callback cb -> "a callback (" + cb.cName() + ")";
      default -> kind.description + " (" + p.cType().spelling() + ")";
    };
  }

  /**
   * An array C may write (behind a pointer to non-const data, whatever its direction; an owned one
   * is refused by ParameterValidator) needs a length or a bound naming it, unless it is itself a
   * link (a bound read through a pointer holds one value) or the user wrote {@code size:
   * unchecked}; {@code size: unchecked} anywhere else is refused, so it always marks a real risk.
   */
  private void checkSizeStated(FunctionModel fn, ParamModel p, Set<String> named) {
    boolean array = p.javaType() instanceof JavaType.PrimitiveArray;
    // Writing into const data is refused by ParameterValidator whatever the direction.
    boolean cMayWrite =
        array
            && !p.resultSize()
            && !p.ownership().owned()
            && context.expand(p.cType()).map(c -> c.isPointer() && !c.constPointee()).orElse(false);
    boolean isLink = p.lengthOf().isPresent() || p.boundsOf().isPresent();
    // A fixed-size array (unsigned char[16], uuid_t) states its own size: the stub checks it.
    boolean fixed = context.expand(p.cType()).map(c -> c.isArray()).orElse(false);
    boolean sized = named.contains(p.name()) || isLink || fixed;
    if (p.sizeUnchecked()) {
      if (!cMayWrite || sized) {
        diagnostics.error(
            p.ref(),
            Message.UNCHECKED_SIZE_NOT_NEEDED,
            fn.javaName(),
            p.name(),
            !array
                ? "is not an array"
                : !cMayWrite
                    ? "is read-only (const data, direction in)"
                    : fixed
                        ? "already has a fixed length (" + p.cType().spelling() + ")"
                        : "already has a length or bound");
      }
      return;
    }
    if (cMayWrite && !sized) {
      diagnostics.error(
          p.ref(),
          Message.ARRAY_SIZE_UNSTATED,
          fn.javaName(),
          p.name(),
          p.cType().spelling()
              + ", direction "
              + p.direction().name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}

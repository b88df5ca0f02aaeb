package dev.ffmbind.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of a binding's structs and unions by the C rules of LP64 SysV x86-64 and AArch64 (they
 * agree for every type ffmbind accepts): each field at the next offset that is a multiple of its
 * alignment, a struct's alignment the largest of its fields', its size rounded up to that alignment
 * (trailing padding); a union's fields all at offset 0, its size the largest field's rounded up to
 * the union's alignment. Scalars are aligned to their size, pointers are 8 bytes, and an array is
 * aligned as its element.
 *
 * <p>Also the one classification of field types ({@link #classify}), which the validator, the
 * resolver and the generator share. Bitfields, flexible array members, {@code long double} and
 * {@code packed}/{@code aligned} attributes never reach it: the validator refuses them ({@link
 * StructModel#refusal}).
 */
public final class StructLayouts {

  /** What a field holds, after typedefs are expanded. */
  public sealed interface FieldType {
    /** Size in bytes. */
    long size(StructLayouts layouts);

    /** Alignment in bytes. */
    long align(StructLayouts layouts);
  }

  /**
   * A C scalar, or an enum carried as its integer type.
   *
   * @param scalar the scalar
   * @param enumType the enum the field was declared as, if any
   */
  public record Scalar(CTypes.Scalar scalar, Optional<EnumModel> enumType) implements FieldType {
    @Override
    public long size(StructLayouts layouts) {
      return scalar.bytes();
    }

    @Override
    public long align(StructLayouts layouts) {
      return scalar.bytes();
    }
  }

  /**
   * Any pointer: to data, a string, an opaque type, a struct, or a function (a callback type).
   *
   * @param expanded the expanded C type, for Javadoc
   */
  public record Pointer(CTypeExpr expanded) implements FieldType {
    @Override
    public long size(StructLayouts layouts) {
      return 8;
    }

    @Override
    public long align(StructLayouts layouts) {
      return 8;
    }
  }

  /**
   * A struct or union held by value.
   *
   * @param struct its declaration
   */
  public record Nested(StructModel struct) implements FieldType {
    @Override
    public long size(StructLayouts layouts) {
      return layouts.layout(struct).size();
    }

    @Override
    public long align(StructLayouts layouts) {
      return layouts.layout(struct).align();
    }
  }

  /**
   * A fixed-size array {@code T[N]}.
   *
   * @param element the element type: a scalar, a pointer or a nested struct
   * @param length N
   */
  public record Array(FieldType element, int length) implements FieldType {
    @Override
    public long size(StructLayouts layouts) {
      return element.size(layouts) * length;
    }

    @Override
    public long align(StructLayouts layouts) {
      return element.align(layouts);
    }
  }

  /**
   * A field placed.
   *
   * @param field the field
   * @param type what it holds
   * @param offset its offset in bytes from the start of the struct
   * @param size its size in bytes
   * @param align its alignment in bytes
   */
  public record Member(
      StructModel.Field field, FieldType type, long offset, long size, long align) {}

  /**
   * A struct's layout.
   *
   * @param struct the declaration
   * @param size {@code sizeof}
   * @param align {@code _Alignof}
   * @param members the fields, in C order, with their offsets
   */
  public record Layout(StructModel struct, long size, long align, List<Member> members) {
    public Layout {
      members = List.copyOf(members);
    }
  }

  private final LibraryModel model;
  private final Map<String, Layout> done = new HashMap<>();

  public StructLayouts(LibraryModel model) {
    this.model = model;
  }

  /**
   * What a field type denotes, or why it cannot be a field: an unknown name, a {@code struct X} the
   * spec does not declare, an opaque type or {@code void} by value.
   *
   * @return the type, or the reason (a phrase to follow "which")
   */
  public Classified classify(CTypeExpr written) {
    Optional<CTypeExpr> maybe = CTypes.expand(written, model.typedefs());
    if (maybe.isEmpty()) {
      return Classified.no("does not expand (a typedef cycle, or an array of an array)");
    }
    CTypeExpr c = maybe.get();
    if (c.isArray()) {
      CTypeExpr element = new CTypeExpr(c.spelling(), c.base(), c.pointers() - 1, c.constPointee());
      if (element.pointers() == 0 && element.base().equals("bool")) {
        return Classified.no(
            "is an array of bool: declare it uint8_t[N] (Java has no array view of bool)");
      }
      Classified e = single(element, Optional.empty());
      return e.type().map(t -> Classified.yes(new Array(t, c.arrayLength()))).orElse(e);
    }
    Optional<EnumModel> asEnum =
        written.pointers() == 0 && !written.isArray()
            ? model.enumType(written.base())
            : Optional.empty();
    return single(c, asEnum);
  }

  private Classified single(CTypeExpr c, Optional<EnumModel> asEnum) {
    if (c.isPointer()) {
      if (!known(c.base())) {
        return Classified.no("names a type the spec does not declare");
      }
      return Classified.yes(new Pointer(c));
    }
    if (model.callback(c.base()).isPresent()) {
      return Classified.yes(new Pointer(c)); // a callback type is a function pointer
    }
    Optional<CTypes.Scalar> scalar = CTypes.scalar(c.base());
    if (scalar.isPresent()) {
      return Classified.yes(new Scalar(scalar.get(), asEnum));
    }
    Optional<StructModel> struct = struct(c.base());
    if (struct.isPresent()) {
      return Classified.yes(new Nested(struct.get()));
    }
    if (c.base().equals("void")) {
      return Classified.no("is void (only a pointer to it, void*, can be a field)");
    }
    if (model.opaqueType(c.base()).isPresent()) {
      return Classified.no(
          "is an opaque type by value; only a pointer to it can be a field (or declare it"
              + " under structs:)");
    }
    return Classified.no("names a type the spec does not declare");
  }

  private boolean known(String base) {
    return base.equals("void")
        || CTypes.scalar(base).isPresent()
        || model.opaqueType(base).isPresent()
        || struct(base).isPresent()
        || model.callback(base).isPresent();
  }

  private Optional<StructModel> struct(String cName) {
    return model.structs().stream().filter(s -> s.cName().equals(cName)).findFirst();
  }

  /**
   * The outcome of {@link #classify}: a type, or the reason there is none.
   *
   * @param type the type
   * @param reason why there is no type
   */
  public record Classified(Optional<FieldType> type, String reason) {
    static Classified yes(FieldType type) {
      return new Classified(Optional.of(type), "");
    }

    static Classified no(String reason) {
      return new Classified(Optional.empty(), reason);
    }
  }

  /**
   * The layout of a struct of a validated model (every field classifies, no struct contains itself
   * by value).
   *
   * @throws IllegalStateException for a field that does not classify, or a struct that contains
   *     itself by value
   */
  public Layout layout(StructModel struct) {
    Layout known = done.get(struct.cName());
    if (known != null) {
      return known;
    }
    if (inProgress.contains(struct.cName())) {
      throw new IllegalStateException(struct.describe() + " contains itself by value");
    }
    inProgress.add(struct.cName());
    List<Member> members = new ArrayList<>();
    long offset = 0;
    long align = 1;
    long size = 0;
    for (StructModel.Field f : struct.fields()) {
      FieldType type =
          f.type()
              .flatMap(t -> classify(t).type())
              .orElseThrow(() -> new IllegalStateException("field " + f.name() + " of " + struct));
      long fieldSize = type.size(this);
      long fieldAlign = type.align(this);
      align = Math.max(align, fieldAlign);
      long at = struct.union() ? 0 : alignUp(offset, fieldAlign);
      members.add(new Member(f, type, at, fieldSize, fieldAlign));
      offset = at + fieldSize;
      size = Math.max(size, offset);
    }
    inProgress.remove(struct.cName());
    Layout layout = new Layout(struct, alignUp(size, align), align, members);
    done.put(struct.cName(), layout);
    return layout;
  }

  private final java.util.Set<String> inProgress = new java.util.HashSet<>();

  /** {@code value} rounded up to a multiple of {@code align} (a power of two). */
  public static long alignUp(long value, long align) {
    return (value + align - 1) & -align;
  }
}

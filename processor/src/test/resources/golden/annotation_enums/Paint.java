package golden.annotation_enums;

import dev.ffmbind.annotation.CEnum;
import dev.ffmbind.annotation.EnumValue;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Symbol;

/**
 * The annotated twin of the enums golden: a class per C enum that keeps values the interface does
 * not list, as parameter and return. Each Java enum is the declaration; methods name the class
 * the processor generates from it (Paint_Ffm.Color).
 */
@NativeLibrary("demo")
public interface Paint {

  /** A color of the palette. */
  @CEnum("color")
  enum Color {
    /** Pure red. */
    RED,
    GREEN,
    BLUE,
    /** An alias of RED. */
    @EnumValue(0)
    DEFAULT_COLOR
  }

  @CEnum(value = "big_flag", type = "int64_t")
  enum BigFlag {
    @EnumValue(1)
    SMALL,
    @EnumValue(0x100000000L)
    HUGE
  }

  @CEnum("empty_e")
  enum EmptyE {}

  @CEnum(value = "mask", type = "unsigned int")
  enum Mask {
    @EnumValue(1)
    MASK_LOW,
    @EnumValue(0x80000000L)
    MASK_HIGH,
    @EnumValue(0xFFFFFFFFL)
    MASK_ALL
  }

  @Symbol("next_color")
  Paint_Ffm.Color next(Paint_Ffm.Color c);

  @Symbol("flag_of")
  Paint_Ffm.BigFlag flag(Paint_Ffm.BigFlag f);

  Paint_Ffm.Mask invert(Paint_Ffm.Mask m);

  @Symbol("none_of")
  Paint_Ffm.EmptyE none();

  /**
   * A negative value is an errno; the enum is what comes back otherwise.
   *
   * @param c a color
   * @return the next color
   */
  @Symbol("checked_next")
  @Errors(ErrorConvention.NEGATIVE_ERRNO)
  Paint_Ffm.Color checkedNext(Paint_Ffm.Color c);
}

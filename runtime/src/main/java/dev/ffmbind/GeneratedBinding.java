package dev.ffmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a class written by the ffmbind processor and names what it was generated from. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GeneratedBinding {

  /** The YAML spec or the {@code @NativeLibrary} interface the class was generated from. */
  String source();
}

package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A C {@code void*} user-data (context) parameter carried as a Java {@code Object}: in a native
 * method, the object handed to the callback; in a callback, the object it receives. C only sees an
 * opaque handle (see {@link dev.ffmbind.ObjectHandles}); the parameter's type must be {@code
 * Object} and its C type {@code void*}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface UserData {

  /**
   * For user data set on a handle in a call of its own ({@code set_user_data(p, obj)}): the name of
   * the opaque-handle parameter. Empty otherwise.
   */
  String handle() default "";

  /**
   * For user data set on a handle: which of the handle's user-data values this sets (default: the
   * function's callback type, or {@code user_data}).
   */
  String slot() default "";
}

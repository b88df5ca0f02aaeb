package dev.ffmbind.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * In a callback that C calls without a {@code void*} of user data: the user data is what the named
 * C function returns when given this pointer parameter, like SQLite's {@code
 * sqlite3_user_data(sqlite3_context*)} in a function's {@code xFunc}. The named function must be a
 * method of the same library taking only this parameter's C type and returning {@code void*}; the
 * function that passes the callback then takes the user data ({@code @UserData}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface UserDataFrom {

  /** The C symbol of the function that returns the user data. */
  String value();
}

package golden.annotation_status;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.ErrorConvention;
import dev.ffmbind.annotation.Errors;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.StatusCode;
import dev.ffmbind.annotation.StatusTable;

/** The annotation front end: a status table with a message function. */
@NativeLibrary(value = "c", statusTables = @StatusTable(name = "demo", messageFunction = "describe",
    codes = {@StatusCode(name = "DEMO_OK", value = 0, success = true),
             @StatusCode(name = "DEMO_BAD", value = 5, description = "bad input")}))
public interface Demo {
  @Errors(value = ErrorConvention.STATUS, table = "demo") int abs(int v);

  @CType("const char*") String describe(int code);
}

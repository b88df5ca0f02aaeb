package dev.ffmbind.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A library's table of status codes and the exception class its failures map to.
 *
 * @param ref where it was declared
 * @param name the table name functions refer to ({@code sqlite})
 * @param exceptionClass the generated exception class ({@code Sqlite3.SqliteException})
 * @param codes the known codes; values not listed are failures reported by number
 * @param messageFunction a C function of the library giving a message for a failure: it takes
 *     either the status code ({@code zError(int)}) or a handle the failing function was given
 *     ({@code sqlite3_errmsg(sqlite3*)})
 */
public record StatusTableModel(
    SourceRef ref,
    String name,
    JavaClassName exceptionClass,
    List<StatusCodeModel> codes,
    Optional<String> messageFunction) {

  public StatusTableModel {
    codes = List.copyOf(codes);
  }
}

package dev.ffmbind.processor.binding;

import dev.ffmbind.processor.model.FunctionModel;
import java.util.Optional;

/**
 * For the {@code predicate} convention: the library's functions a failing call is judged and
 * described by ({@code ZSTD_isError}, {@code ZSTD_getErrorName}), both taking the result.
 *
 * @param predicate returns non-zero when the result means failure
 * @param message returns the detail text of a failure, if declared
 */
public record ErrorPredicate(FunctionModel predicate, Optional<FunctionModel> message) {}

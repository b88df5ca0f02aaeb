package dev.ffmbind.processor.binding;

/**
 * A function that is the declared destructor of an opaque type: an owned handle passed to it is
 * closed instead (its {@code close()} calls the function exactly once).
 *
 * @param type the opaque type
 * @param handle the parameter carrying the handle
 */
public record OwnedClose(ResolvedHandleType type, ResolvedParam handle) {}

/**
 * The machinery of {@link dev.ffmbind.isolation}: not API. {@link
 * dev.ffmbind.internal.isolation.IsolatedLibrary} is the parent's side (what generated {@code
 * load(Isolation)} and the forwarding in each method call), {@link
 * dev.ffmbind.internal.isolation.HelperMain} the helper process's {@code main}, {@link
 * dev.ffmbind.internal.isolation.Wire} the format of values on the pipe between them, and {@link
 * dev.ffmbind.internal.isolation.SandboxInstaller} the seccomp filter and resource limits.
 */
package dev.ffmbind.internal.isolation;

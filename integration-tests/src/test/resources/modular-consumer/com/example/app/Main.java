package com.example.app;

import dev.ffmbind.NativeException;

/** Calls each binding once and prints {@code key=value} lines. */
public final class Main {

  private Main() {}

  /**
   * Runs the calls.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Libc libc = Libc_Ffm.load();
    LibM libm = LibM_Ffm.load();
    System.out.println("module=" + Main.class.getModule().getName());
    Module runtime = NativeException.class.getModule();
    System.out.println("runtime=" + runtime.getDescriptor().toNameAndVersion());
    System.out.println("pid=" + libc.getpid());
    System.out.println("javaPid=" + ProcessHandle.current().pid());
    System.out.println("strlen=" + libc.strlen("module path"));
    System.out.println("strerror=" + libc.strerror(2));
    System.out.println("cos=" + libm.cos(0.0));
  }
}

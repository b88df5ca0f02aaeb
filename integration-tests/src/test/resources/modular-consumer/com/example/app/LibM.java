package com.example.app;

import dev.ffmbind.annotation.NativeLibrary;

/** The math library, found and loaded by name (libm.so.6) by the runtime. */
@NativeLibrary("m")
public interface LibM {

  double cos(double x);
}

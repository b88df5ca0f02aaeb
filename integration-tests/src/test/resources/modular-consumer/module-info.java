/** A user's application module that binds C functions with ffmbind (see ModulePathTest). */
module com.example.app {
  requires dev.ffmbind.runtime;
}

package dev.ffmbind.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmark's native libraries ({@code libbench.so}, {@code libbench_jni.so}) are: the
 * first directory of the system property {@code ffmbind.library.path}, the same property that makes
 * ffmbind's generated bindings find {@code libbench.so}. JNI, JNR-FFI and the JNA fallback read it
 * here, so one property configures every approach.
 */
public final class NativeDir {

  /** The system property naming the directory (colon-separated; the first entry is used). */
  public static final String PROPERTY = "ffmbind.library.path";

  private NativeDir() {}

  /**
   * @return the directory holding the benchmark's native libraries
   * @throws IllegalStateException if the property is unset or the directory does not exist
   */
  public static Path get() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "set -D"
              + PROPERTY
              + "=<dir> to the directory holding libbench.so (benchmarks/target*/native); "
              + "benchmarks/run.sh does this for you");
    }
    Path dir = Path.of(value.split(":", 2)[0]).toAbsolutePath();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(PROPERTY + " names " + dir + ", which is not a directory");
    }
    return dir;
  }

  /**
   * @param fileName e.g. {@code libbench_jni.so}
   * @return the absolute path of that file in {@link #get()}
   */
  public static String file(String fileName) {
    return get().resolve(fileName).toString();
  }
}

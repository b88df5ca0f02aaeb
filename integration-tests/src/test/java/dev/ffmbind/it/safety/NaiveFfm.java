package dev.ffmbind.it.safety;

import java.io.File;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The naive plain-FFM patterns of docs/safety.md, run in a child JVM by {@link CrashClassesTest}
 * (several of them kill the process). Usage: {@code NaiveFfm SCENARIO NATIVE_DIR}. Prints {@code
 * key=value} lines the test reads.
 */
@SuppressWarnings("restricted")
public final class NaiveFfm {

  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LIBC = LINKER.defaultLookup();

  public static void main(String[] args) throws Throwable {
    String dir = args[1];
    switch (args[0]) {
      case "double-free" -> doubleFree();
      case "throwing-upcall" -> throwingUpcall();
      case "facts" -> facts(dir);
      case "segv-handler" -> segvHandler(dir);
      case "readonly-write" -> readOnlyWrite(dir);
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.out.println("survived=true");
  }

  private static MethodHandle libc(String name, FunctionDescriptor fd, Linker.Option... options) {
    return LINKER.downcallHandle(LIBC.findOrThrow(name), fd, options);
  }

  /** Class 1: the owner frees by hand, then the arena's cleanup frees again. */
  private static void doubleFree() throws Throwable {
    MethodHandle strdup =
        libc("strdup", FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    MethodHandle free = libc("free", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment raw =
          (MemorySegment)
              strdup.invokeExact(
                  arena.allocateFrom("a string of fifty-seven bytes, owned by the caller now"));
      Arena owner = Arena.ofConfined();
      MemorySegment owned =
          raw.reinterpret(
              58,
              owner,
              p -> {
                try {
                  free.invokeExact(p);
                } catch (Throwable t) {
                  throw new RuntimeException(t);
                }
              });
      free.invokeExact(owned); // "I'm done with it"
      owner.close(); // frees again
      System.out.println("manual-free=done");
    }
  }

  static int compareThrowing(MemorySegment a, MemorySegment b) {
    throw new IllegalStateException("comparator failed");
  }

  /** Class 2: a Java upcall throws; the try/catch around the downcall never runs. */
  private static void throwingUpcall() throws Throwable {
    MethodHandle qsort =
        libc(
            "qsort",
            FunctionDescriptor.ofVoid(
                ValueLayout.ADDRESS,
                ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_LONG,
                ValueLayout.ADDRESS));
    FunctionDescriptor cmp =
        FunctionDescriptor.of(
            ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS.withTargetLayout(ValueLayout.JAVA_INT),
            ValueLayout.ADDRESS.withTargetLayout(ValueLayout.JAVA_INT));
    MethodHandle target =
        MethodHandles.lookup()
            .findStatic(
                NaiveFfm.class,
                "compareThrowing",
                MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment stub = LINKER.upcallStub(target, cmp, arena);
      MemorySegment array = arena.allocateFrom(ValueLayout.JAVA_INT, 3, 1, 2);
      try {
        qsort.invokeExact(array, 3L, 4L, stub);
      } catch (Throwable t) {
        System.out.println("caught=" + t);
      }
    }
  }

  /** Classes 3, 4 and 5: the non-fatal hazards, measured. */
  private static void facts(String dir) throws Throwable {
    MethodHandle strlen =
        libc("strlen", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment s = arena.allocateFrom("ab\0cd");
      System.out.println("nul.strlen=" + (long) strlen.invokeExact(s));
      System.out.println("nul.getString=" + s.getString(0));
    }
    System.load(dir + "/libffmbindtest.so");
    System.load(dir + "/libffmbindsafety.so");
    SymbolLookup loader = SymbolLookup.loaderLookup();
    MethodHandle latin1 =
        LINKER.downcallHandle(
            loader.findOrThrow("safety_latin1_cafe"), FunctionDescriptor.of(ValueLayout.ADDRESS));
    String cafe = ((MemorySegment) latin1.invokeExact()).reinterpret(Long.MAX_VALUE).getString(0);
    System.out.println("latin1.hasReplacementChar=" + (cafe.indexOf('\uFFFD') >= 0));
    System.out.println("latin1.length=" + cafe.length());

    // class 4: errno read with a second downcall after a virtual-thread yield
    MethodHandle fail =
        LINKER.downcallHandle(
            loader.findOrThrow("safety_fail_errno"),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    MethodHandle errnoLocation =
        libc("__errno_location", FunctionDescriptor.of(ValueLayout.ADDRESS));
    AtomicInteger wrong = new AtomicInteger();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                for (int i = 0; i < 2000; i++) {
                  int r = (int) fail.invokeExact(13); // EACCES
                  Thread.yield();
                  new File("/definitely/not/here").exists();
                  MemorySegment loc = (MemorySegment) errnoLocation.invokeExact();
                  if (r != -1 || loc.reinterpret(4).get(ValueLayout.JAVA_INT, 0) != 13) {
                    wrong.incrementAndGet();
                  }
                }
              } catch (Throwable t) {
                throw new RuntimeException(t);
              }
            })
        .join();
    System.out.println("errno.trials=2000");
    System.out.println("errno.wrong=" + wrong.get());

    // class 5: two libraries export ffmbind_clash_id; loaderLookup picks one
    MethodHandle clash =
        LINKER.downcallHandle(
            loader.findOrThrow("ffmbind_clash_id"), FunctionDescriptor.of(ValueLayout.JAVA_INT));
    System.out.println("clash.loaderLookup=" + (int) clash.invokeExact());
    System.out.println("clash.defaultLookup=" + LIBC.find("ffmbind_clash_id").isPresent());
  }

  static int length(String s) {
    return s.length();
  }

  /** A library replaces the JVM's SIGSEGV handler; the next implicit null check goes to it. */
  private static void segvHandler(String dir) {
    System.load(dir + "/libffmbindsegv.so");
    System.out.println("loaded=true");
    long sum = 0;
    for (int i = 0; i < 300_000; i++) {
      sum += length("abc");
    }
    System.out.println("warm=" + sum);
    System.out.flush();
    try {
      length(null);
      System.out.println("npe=none");
    } catch (NullPointerException e) {
      System.out.println("npe=caught");
    }
  }

  /** A read-only mapping passed to a C function that writes. */
  private static void readOnlyWrite(String dir) throws Throwable {
    System.load(dir + "/libffmbindsafety.so");
    MethodHandle fill =
        LINKER.downcallHandle(
            SymbolLookup.loaderLookup().findOrThrow("safety_fill"),
            FunctionDescriptor.ofVoid(
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    Path file = Files.createTempFile("ffmbind-ro", ".bin");
    Files.write(file, new byte[4096]);
    try (Arena arena = Arena.ofConfined();
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      MemorySegment ro = ch.map(FileChannel.MapMode.READ_ONLY, 0, 4096, arena);
      System.out.println("readOnly=" + ro.isReadOnly());
      System.out.flush();
      fill.invokeExact(ro, 4096L, 1);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}

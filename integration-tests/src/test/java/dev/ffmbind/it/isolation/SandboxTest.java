package dev.ffmbind.it.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.isolation.Isolation;
import dev.ffmbind.isolation.Sandbox;
import dev.ffmbind.isolation.SandboxViolationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The helper's sandbox: a seccomp filter installed after the library loaded (NO_NEW_PRIVS, TSYNC,
 * architecture check) and resource limits. Without a sandbox the same calls succeed, so each
 * refusal is the sandbox's doing.
 */
class SandboxTest {

  private static final int EPERM = 1;

  private final List<Iso> opened = new ArrayList<>();

  private Iso load(Sandbox sandbox) {
    Iso iso = Iso.load(Isolation.process().sandbox(sandbox));
    opened.add(iso);
    return iso;
  }

  @AfterEach
  void stopHelpers() {
    opened.forEach(b -> Isolation.processOf(b).orElseThrow().close());
  }

  @Test
  void withoutASandboxTheLibraryMayDoAllOfIt() throws Exception {
    Iso iso = load(Sandbox.none());
    assertTrue(iso.socket() >= 0, "socket");
    assertEquals(0, iso.fork());
    Path file = Files.createTempDirectory("ffmbind-iso").resolve("f");
    assertEquals(0, iso.createFile(file.toString()));
  }

  @Test
  void aDeniedSocketKillsTheHelperWithSigsysAndIsReported() {
    Iso iso = load(Sandbox.deny(Sandbox.Group.NETWORK));
    assertEquals(5, iso.add(2, 3), "allowed system calls still work");
    SandboxViolationException e = assertThrows(SandboxViolationException.class, iso::socket);
    assertEquals(Optional.of("SIGSYS"), e.signal());
    assertEquals("seccomp: a system call of a denied group (network)", e.violation());
    assertTrue(e.getMessage().startsWith("socket(): the isolated helper"), e.getMessage());
    assertTrue(e.getMessage().contains("killed by SIGSYS"), e.getMessage());
    assertEquals(5, iso.add(2, 3), "a fresh helper, sandboxed again");
    assertThrows(SandboxViolationException.class, iso::socket);
  }

  @Test
  void errnoModeFailsTheSystemCallInsteadOfKilling() {
    Iso iso = load(Sandbox.deny(Sandbox.Group.NETWORK).onViolation(Sandbox.Action.ERRNO));
    assertEquals(-EPERM, iso.socket());
    assertEquals(1, Isolation.processOf(iso).orElseThrow().generation(), "no crash");
  }

  @Test
  void processCreationIsDeniedButThreadsStillWork() {
    Iso iso = load(Sandbox.deny(Sandbox.Group.PROCESS));
    // The JVM in the helper starts threads after the filter (compiler, GC): a long loop of calls
    // gets them compiled, which needs clone(CLONE_THREAD) to pass.
    long sum = 0;
    for (int i = 0; i < 20_000; i++) {
      sum += iso.add(i, 1);
    }
    assertEquals(200_010_000L, sum);
    SandboxViolationException e = assertThrows(SandboxViolationException.class, iso::fork);
    assertEquals(Optional.of("SIGSYS"), e.signal());
    assertTrue(e.violation().contains("process"), e.violation());
  }

  @Test
  void fileSystemWritesAreDeniedReadsAreNot() throws Exception {
    Path dir = Files.createTempDirectory("ffmbind-iso");
    Path readable = Files.writeString(dir.resolve("r"), "A");
    Iso iso = load(Sandbox.deny(Sandbox.Group.FS_WRITE));
    assertEquals('A', iso.readFirstByte(readable.toString()));
    assertThrows(
        SandboxViolationException.class, () -> iso.createFile(dir.resolve("w").toString()));
    assertTrue(Files.notExists(dir.resolve("w")));
    Iso errno = load(Sandbox.deny(Sandbox.Group.FS_WRITE).onViolation(Sandbox.Action.ERRNO));
    assertEquals(-EPERM, errno.createFile(dir.resolve("w").toString()));
  }

  @Test
  void theCpuLimitEndsARunawayCall() {
    Iso iso = load(Sandbox.none().cpuLimit(1));
    SandboxViolationException e = assertThrows(SandboxViolationException.class, () -> iso.burn(30));
    assertEquals(Optional.of("SIGXCPU"), e.signal());
    assertEquals("RLIMIT_CPU (1 s)", e.violation());
    assertEquals(5, iso.add(2, 3));
  }

  @Test
  void theMemoryLimitMakesMallocFail() {
    Iso iso = load(Sandbox.none().memoryLimit(64L << 20));
    assertEquals(0, iso.alloc(8L << 20));
    assertEquals(-1, iso.alloc(512L << 20), "over the limit: malloc returns NULL");
    Iso free = load(Sandbox.none());
    assertEquals(0, free.alloc(512L << 20));
  }
}

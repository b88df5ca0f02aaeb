package dev.ffmbind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.internal.CallDescription;
import dev.ffmbind.internal.Errno;
import dev.ffmbind.internal.NativeStrings;
import dev.ffmbind.internal.Scratch;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings("restricted") // tests bind C functions by hand
class ErrnoExceptionTest {

  private static final Linker LINKER = Linker.nativeLinker();
  private static final MethodHandle OPEN =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("open").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
          Errno.CAPTURE,
          Linker.Option.firstVariadicArg(2));

  /** What a generated minus-one-errno stub does. */
  private static int open(String path, int flags) throws Throwable {
    try (Scratch scratch = Scratch.enter()) {
      MemorySegment errno = scratch.allocate(Errno.CAPTURE_LAYOUT);
      MemorySegment cPath =
          NativeStrings.encode(scratch, path, StandardCharsets.UTF_8, "open", "path");
      int fd = (int) OPEN.invokeExact(errno, cPath, flags);
      if (fd == -1) {
        throw ErrnoException.of(Errno.read(errno), "open", CallDescription.of("open", path, flags));
      }
      return fd;
    }
  }

  @Test
  void realOpenFailureRendersExactMessage() {
    ErrnoException e = assertThrows(ErrnoException.NotFound.class, () -> open("/nope", 0));
    assertEquals("open(\"/nope\", 0) failed: ENOENT (No such file or directory)", e.getMessage());
    assertEquals(2, e.errno());
    assertEquals("ENOENT", e.errnoName());
    assertEquals("No such file or directory", e.description());
    assertEquals("open", e.function());
    assertEquals("open(\"/nope\", 0)", e.call());
  }

  @Test
  void messageIsBuiltLazilyAndIdentically() throws Exception {
    ErrnoException eager =
        ErrnoException.of(Errno.ENOENT, "open", CallDescription.of("open", "/nope", 0));
    ErrnoException lazy = ErrnoException.ofCall(Errno.ENOENT, "open", "/nope", 0);
    assertEquals(ErrnoException.NotFound.class, lazy.getClass());
    assertEquals(
        "open(\"/nope\", 0) failed: ENOENT (No such file or directory)", eager.getMessage());
    assertEquals(eager.getMessage(), lazy.getMessage());
    assertEquals(eager.toString(), lazy.toString());
    assertEquals("open(\"/nope\", 0)", lazy.call());
    assertEquals("No such file or directory", lazy.description());
    // Serialized exceptions carry the text, computed before they leave.
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(ErrnoException.ofCall(Errno.EACCES, "open", "/root/x", 0));
    }
    try (var in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      ErrnoException back = (ErrnoException) in.readObject();
      assertEquals("open(\"/root/x\", 0) failed: EACCES (Permission denied)", back.getMessage());
    }
  }

  @Test
  void realOpenOfDirectoryForWritingIsADirectory() {
    ErrnoException e =
        assertThrows(ErrnoException.IsADirectory.class, () -> open("/tmp", 1 /* O_WRONLY */));
    assertEquals("open(\"/tmp\", 1) failed: EISDIR (Is a directory)", e.getMessage());
  }

  @Test
  void ofPicksTheFamily() {
    Map<Integer, Class<?>> expected =
        Map.ofEntries(
            Map.entry(Errno.ENOENT, ErrnoException.NotFound.class),
            Map.entry(Errno.ESRCH, ErrnoException.NotFound.class),
            Map.entry(Errno.EACCES, ErrnoException.PermissionDenied.class),
            Map.entry(Errno.EPERM, ErrnoException.PermissionDenied.class),
            Map.entry(Errno.EEXIST, ErrnoException.AlreadyExists.class),
            Map.entry(Errno.EINTR, ErrnoException.Interrupted.class),
            Map.entry(Errno.EAGAIN, ErrnoException.WouldBlock.class),
            Map.entry(Errno.EINPROGRESS, ErrnoException.WouldBlock.class),
            Map.entry(Errno.EINVAL, ErrnoException.InvalidArgument.class),
            Map.entry(Errno.ENOMEM, ErrnoException.OutOfMemory.class),
            Map.entry(Errno.EBADF, ErrnoException.BadDescriptor.class),
            Map.entry(Errno.ENOTDIR, ErrnoException.NotADirectory.class),
            Map.entry(Errno.EISDIR, ErrnoException.IsADirectory.class),
            Map.entry(Errno.EBUSY, ErrnoException.Busy.class),
            Map.entry(Errno.ETIMEDOUT, ErrnoException.TimedOut.class),
            Map.entry(Errno.EPIPE, ErrnoException.BrokenPipe.class),
            Map.entry(Errno.ENOSPC, ErrnoException.NoSpace.class),
            Map.entry(Errno.EDQUOT, ErrnoException.NoSpace.class),
            Map.entry(Errno.EIO, ErrnoException.Io.class),
            Map.entry(Errno.ENOTSUP, ErrnoException.NotSupported.class),
            Map.entry(Errno.ENOSYS, ErrnoException.NotSupported.class),
            Map.entry(Errno.ECONNREFUSED, ErrnoException.ConnectionRefused.class),
            Map.entry(Errno.ECONNRESET, ErrnoException.ConnectionReset.class),
            Map.entry(Errno.EXDEV, ErrnoException.class),
            Map.entry(9999, ErrnoException.class));
    expected.forEach(
        (errno, type) ->
            assertSame(type, ErrnoException.of(errno, "f", "f()").getClass(), "errno " + errno));
    assertEquals(11, Errno.EWOULDBLOCK);
    assertEquals(Errno.EOPNOTSUPP, Errno.ENOTSUP);
  }

  @Test
  void unknownErrnoMessage() {
    assertEquals(
        "f(1) failed: errno 9999 (Unknown error 9999)",
        ErrnoException.of(9999, "f", "f(1)").getMessage());
  }
}

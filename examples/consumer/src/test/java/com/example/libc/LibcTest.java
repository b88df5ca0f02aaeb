package com.example.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ffmbind.ErrnoException;
import org.junit.jupiter.api.Test;

class LibcTest {

  @Test
  void theYamlBinding() {
    Libc libc = Libc.load();
    assertEquals(ProcessHandle.current().pid(), libc.getpid());
    assertEquals(6, libc.strlen("héllo")); // strings are UTF-8 by default
    ErrnoException.NotFound e =
        assertThrows(ErrnoException.NotFound.class, () -> libc.open("/nope/missing", 0));
    assertEquals("ENOENT", e.errnoName());
  }

  @Test
  void theAnnotatedInterface() {
    LibcApi libc = LibcApi_Ffm.load();
    assertEquals(ProcessHandle.current().pid(), libc.getpid());
    assertEquals(6, libc.strlen("héllo"));
    assertThrows(ErrnoException.NotFound.class, () -> libc.open("/nope/missing", 0));
  }
}

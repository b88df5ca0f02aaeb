/* ffmbind-peer PATH SIZE N: a separate process sharing memory with the JVM.
 * Layout: int32 flag at 0; Java's message at 64..64+N; the reply at 64+N..64+2N.
 * Waits for flag 1 (Java wrote), checks Java's bytes (i*7 mod 256), writes 255-(i mod 256),
 * sets flag 2, waits for flag 3 (Java checked the reply), exits 0. Prints the sum it read. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static int wait_for(volatile int32_t *flag, int32_t value) {
  struct timespec pause = {0, 1000000};
  for (int i = 0; i < 20000; i++) { /* 20 s */
    if (__atomic_load_n(flag, __ATOMIC_ACQUIRE) == value) return 1;
    nanosleep(&pause, NULL);
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s PATH SIZE N\n", argv[0]);
    return 2;
  }
  long size = atol(argv[2]), n = atol(argv[3]);
  if (64 + 2 * n > size) return 2;
  int fd = open(argv[1], O_RDWR);
  if (fd < 0) { perror("open"); return 3; }
  uint8_t *p = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  if (p == MAP_FAILED) { perror("mmap"); return 4; }
  close(fd);
  volatile int32_t *flag = (volatile int32_t *)p;
  if (!wait_for(flag, 1)) { fprintf(stderr, "timeout waiting for Java\n"); return 5; }
  uint64_t sum = 0;
  for (long i = 0; i < n; i++) {
    if (p[64 + i] != (uint8_t)(i * 7)) { fprintf(stderr, "bad byte at %ld\n", i); return 6; }
    sum += p[64 + i];
  }
  for (long i = 0; i < n; i++) p[64 + n + i] = (uint8_t)(255 - (i & 0xff));
  __atomic_store_n(flag, 2, __ATOMIC_RELEASE);
  if (!wait_for(flag, 3)) { fprintf(stderr, "timeout waiting for Java's ack\n"); return 7; }
  printf("peer read sum=%llu\n", (unsigned long long)sum);
  munmap(p, (size_t)size);
  return 0;
}

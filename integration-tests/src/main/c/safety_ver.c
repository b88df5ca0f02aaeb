/* A library with two versions of one symbol (libffmbindver.so, linked with safety_ver.map):
 * vfunc@VER_1 returns 100, the default vfunc@@VER_2 returns 200. */
__attribute__((used)) int vfunc_v1(void) { return 100; }
__attribute__((used)) int vfunc_v2(void) { return 200; }
__asm__(".symver vfunc_v1,vfunc@VER_1");
__asm__(".symver vfunc_v2,vfunc@@VER_2");
int vplain(void) { return 7; }

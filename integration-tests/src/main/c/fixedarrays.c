/*
 * Functions whose parameters are fixed-size arrays, as libuuid's uuid_t (unsigned char[16]) is.
 * Each touches exactly the elements its declaration states. Used by FixedArraysTest through a
 * YAML spec and an annotated interface.
 */
typedef unsigned char id16_t[16];

/* Writes 0, 1, ..., 15 into out. */
void fill16(unsigned char out[16]) {
  for (int i = 0; i < 16; i++) {
    out[i] = (unsigned char)i;
  }
}

/* The sum of the four values. */
int sum4(const int v[4]) { return v[0] + v[1] + v[2] + v[3]; }

/* Reverses an id in place. */
void reverse_id(id16_t id) {
  for (int i = 0; i < 8; i++) {
    unsigned char t = id[i];
    id[i] = id[15 - i];
    id[15 - i] = t;
  }
}

// The C data model end to end (docs/dsl.md, Constants and Enums): an enum that has a value the
// binding's spec does not list (as a newer version of a library would), and the constants the
// spec copies from this file.
#define DM_MAX_LIGHTS 3
#define DM_VERSION "2.1 \"beta\""

typedef enum { LIGHT_RED = 0, LIGHT_YELLOW = 1, LIGHT_GREEN = 2, LIGHT_FLASHING = 7 } light;

// The next light of the cycle; a light outside the cycle (an unlisted one) gives LIGHT_FLASHING.
light dm_next(light l) {
  switch (l) {
    case LIGHT_RED:
      return LIGHT_GREEN;
    case LIGHT_GREEN:
      return LIGHT_YELLOW;
    case LIGHT_YELLOW:
      return LIGHT_RED;
    default:
      return LIGHT_FLASHING;
  }
}

// The number C received, so a test sees what a Java enum argument became.
int dm_value_of(light l) { return (int) l; }

// Any number as a light, listed or not.
light dm_light_of(int v) { return (light) v; }

int dm_max_lights(void) { return DM_MAX_LIGHTS; }

const char *dm_version(void) { return DM_VERSION; }

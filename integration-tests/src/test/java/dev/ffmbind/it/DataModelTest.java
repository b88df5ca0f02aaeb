package dev.ffmbind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ffmbind.it.datamodel.DataModel;
import dev.ffmbind.it.datamodel.DataModel.Light;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Constants and an enum of the YAML binding {@link DataModel} against datamodel.c. */
class DataModelTest {

  private static final DataModel D = DataModel.load();

  @Test
  void constantsAreTheValuesOfTheCHeader() {
    assertEquals(D.maxLights(), DataModel.DM_MAX_LIGHTS);
    assertEquals(D.version(), DataModel.DM_VERSION);
    assertEquals("2.1 \"beta\"", DataModel.DM_VERSION);
  }

  @Test
  void listedValuesTravelBothWays() {
    assertSame(Light.LIGHT_GREEN, D.next(Light.LIGHT_RED));
    assertSame(Light.LIGHT_YELLOW, D.next(Light.LIGHT_GREEN));
    assertSame(Light.LIGHT_RED, D.next(Light.LIGHT_YELLOW));
    assertEquals(2, D.valueOf(Light.LIGHT_GREEN));
    assertEquals(List.of(Light.LIGHT_RED, Light.LIGHT_YELLOW, Light.LIGHT_GREEN), Light.values());
  }

  @Test
  void aValueTheSpecDoesNotListIsKeptNotLost() {
    Light flashing = D.next(Light.of(42)); // C answers LIGHT_FLASHING, 7, which the spec lacks
    assertEquals(7, flashing.value());
    assertFalse(flashing.isKnown());
    assertEquals("UNKNOWN(7)", flashing.name());
    assertEquals("UNKNOWN(7)", flashing.toString());
    assertEquals(Light.of(7), flashing);
    assertEquals(Light.of(7).hashCode(), flashing.hashCode());
    assertNotEquals(Light.LIGHT_RED, flashing);
    assertEquals(42, D.valueOf(Light.of(42)), "C must receive the unlisted value as it is");
    assertEquals(-5, D.lightOf(-5).value());
    assertTrue(D.lightOf(1).isKnown());
    assertSame(Light.LIGHT_YELLOW, D.lightOf(1));
  }
}

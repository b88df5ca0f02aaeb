package dev.ffmbind.it.shapes;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.annotation.Opaque;
import java.lang.foreign.MemorySegment;

/** A user-written handle class for cbshapes' registry. */
@Opaque(value = "shp_registry", destructor = "shp_registry_free")
public final class ShapeRegistry extends NativeHandle {
  ShapeRegistry(MemorySegment address) {
    super(address);
  }

  ShapeRegistry(MemorySegment address, Destructor destructor) {
    super(address, destructor);
  }
}

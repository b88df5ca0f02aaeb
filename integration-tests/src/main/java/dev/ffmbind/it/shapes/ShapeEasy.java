package dev.ffmbind.it.shapes;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.annotation.Opaque;
import java.lang.foreign.MemorySegment;

/** A user-written handle class for cbshapes' easy handle. */
@Opaque(value = "shp_easy", destructor = "shp_easy_cleanup")
public final class ShapeEasy extends NativeHandle {
  ShapeEasy(MemorySegment address) {
    super(address);
  }

  ShapeEasy(MemorySegment address, Destructor destructor) {
    super(address, destructor);
  }
}

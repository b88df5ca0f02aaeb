package dev.ffmbind.it.shapes;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.annotation.Opaque;
import java.lang.foreign.MemorySegment;

/** A user-written handle class for cbshapes' parser: callbacks are set on it. */
@Opaque(value = "shp_parser", destructor = "shp_parser_free")
public final class ShapeParser extends NativeHandle {
  ShapeParser(MemorySegment address) {
    super(address);
  }

  ShapeParser(MemorySegment address, Destructor destructor) {
    super(address, destructor);
  }
}

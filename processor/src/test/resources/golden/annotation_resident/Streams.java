package golden.annotation_resident;

import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.Struct;
import java.lang.foreign.MemorySegment;

/**
 * The annotated twin of the resident golden: a resident struct is a view over native memory
 * passed as T* without copying and returned as a view; methods name the view the processor
 * generates (Streams_Ffm.StreamView).
 */
@NativeLibrary(value = "c", typedefs = "uInt = unsigned int")
public interface Streams {

  @Struct(value = "point", resident = true)
  record Point(int x, int y) {}

  @Struct("totals")
  record Totals(@CType("unsigned long") long count) {}

  /**
   * A stream whose state C keeps between calls.
   *
   * @param avail_in bytes available at next_in
   */
  @Struct(value = "stream", resident = true)
  record Stream(
      @CType("const unsigned char*") MemorySegment next_in,
      @CType("uInt") int avail_in,
      @CType("char[8]") String name,
      Point origin,
      Totals sums,
      @CType("short[4]") short[] window,
      @CType("struct totals[2]") Totals[] corners) {}

  int stream_init(@CType("struct stream*") Streams_Ffm.StreamView strm, int level);

  int stream_peek(@CType("const struct stream*") @Nullable Streams_Ffm.StreamView strm);

  @CType("struct stream*")
  Streams_Ffm.StreamView stream_current();
}

package golden.annotation_from_header;

import dev.ffmbind.annotation.CHeaders;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;

/**
 * The annotated twin of the from_header golden: z_stream (resident), uLong and constants taken
 * from zlib.h by name; methods name the view the processor generates (Zlib_Ffm.ZStreamView).
 */
@NativeLibrary("z")
@CHeaders(
    value = "zlib.h",
    fromHeader = {"z_stream", "uLong", "Z_OK", "Z_FINISH", "Z_DEFAULT_COMPRESSION", "ZLIB_VERSION"},
    residentStructs = "z_stream")
public interface Zlib {

  /**
   * Frees a deflate stream's state.
   *
   * @param strm the stream
   * @return Z_OK, or an error code
   */
  int deflateEnd(@CType("z_stream*") Zlib_Ffm.ZStreamView strm);

  /**
   * An upper bound on the compressed size.
   *
   * @param sourceLen the input length
   * @return the bound
   */
  @CType("uLong")
  long compressBound(@CType("uLong") long sourceLen);
}

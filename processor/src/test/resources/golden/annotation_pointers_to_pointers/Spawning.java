package golden.annotation_pointers_to_pointers;

import dev.ffmbind.Ref;
import dev.ffmbind.annotation.CType;
import dev.ffmbind.annotation.NativeLibrary;
import dev.ffmbind.annotation.Nullable;
import dev.ffmbind.annotation.Owned;
import dev.ffmbind.annotation.PointsInto;
import dev.ffmbind.annotation.WithLength;

/** The annotation front end: out-strings, out-pointers into an argument, string arrays. */
@NativeLibrary("demo")
public interface Spawning {

  int run(String sql, @Nullable @Owned(free = "demo_free") Ref<String> errmsg);

  void describe(int code, @CType("const char**") Ref<String> text);

  long strtol(String nptr, @Nullable @PointsInto("nptr") Ref<Long> endptr, int base);

  int spawn(String file, @CType("char* const*") String[] argv);

  @Owned
  String join(@WithLength(name = "n") String[] parts);

  void unparse(@CType("const unsigned char[16]") byte[] id, @CType("char[37]") Ref<String> out);
}

package dev.ffmbind.internal;

import dev.ffmbind.NativeHandle;
import dev.ffmbind.Ref;
import java.lang.foreign.MemorySegment;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * Renders a call for exception messages, e.g. {@code open("/nope", 0)}. Generated stubs call it
 * only after a failure, so it costs nothing on success.
 *
 * <ul>
 *   <li>{@code String}: quoted, with Java escapes ({@code \n}, {@code \"}, {@code \0}; other
 *       control, format and lone surrogate characters as {@code \}{@code uXXXX}), cut after {@value
 *       #MAX_STRING} characters with {@code …} after the closing quote
 *   <li>{@code null}: {@code NULL}
 *   <li>arrays: the type and length, {@code byte[16]}
 *   <li>NIO buffers: {@code ByteBuffer[remaining=N]}
 *   <li>{@code MemorySegment}: {@code 0x<hex address>}, or {@code NULL}; heap segments as {@code
 *       MemorySegment[heap, N bytes]}
 *   <li>{@link NativeHandle}: its {@code toString()}, {@code Db@0x55d0c0}
 *   <li>{@link Ref}: {@code &} and the value, or {@code &?} when empty
 *   <li>{@code Character}: as is, escaped like in strings if not printable
 *   <li>numbers, booleans, enums and everything else: {@code String.valueOf}
 * </ul>
 */
public final class CallDescription {

  /** Characters of a string argument shown before it is cut. */
  public static final int MAX_STRING = 64;

  private CallDescription() {}

  /**
   * @param function the C function name
   * @param args the Java arguments, in C order
   * @return {@code function(arg, arg, ...)}
   */
  public static String of(String function, Object... args) {
    StringBuilder b = new StringBuilder(function).append('(');
    if (args != null) {
      for (int i = 0; i < args.length; i++) {
        if (i > 0) {
          b.append(", ");
        }
        render(b, args[i]);
      }
    }
    return b.append(')').toString();
  }

  private static void render(StringBuilder b, Object value) {
    switch (value) {
      case null -> b.append("NULL");
      case String s -> quote(b, s);
      case Character c -> escape(b, c, false);
      case MemorySegment m -> {
        if (!m.isNative()) {
          b.append("MemorySegment[heap, ").append(m.byteSize()).append(" bytes]");
        } else if (m.address() == 0) {
          b.append("NULL");
        } else {
          b.append("0x").append(Long.toHexString(m.address()));
        }
      }
      case Ref<?> r -> {
        b.append('&');
        if (r.isEmpty()) {
          b.append('?');
        } else {
          render(b, r.get());
        }
      }
      case Buffer buffer ->
          b.append(bufferType(buffer)).append("[remaining=").append(buffer.remaining()).append(']');
      case NativeHandle h -> b.append(h);
      default -> {
        Class<?> type = value.getClass();
        if (type.isArray()) {
          b.append(type.getComponentType().getSimpleName())
              .append('[')
              .append(java.lang.reflect.Array.getLength(value))
              .append(']');
        } else {
          b.append(safeToString(value));
        }
      }
    }
  }

  private static String safeToString(Object value) {
    try {
      return String.valueOf(value);
    } catch (RuntimeException e) {
      // A broken toString must not hide the native failure being reported.
      return value.getClass().getSimpleName() + "@?";
    }
  }

  private static String bufferType(Buffer buffer) {
    return switch (buffer) {
      case ByteBuffer _ -> "ByteBuffer";
      case CharBuffer _ -> "CharBuffer";
      case ShortBuffer _ -> "ShortBuffer";
      case IntBuffer _ -> "IntBuffer";
      case LongBuffer _ -> "LongBuffer";
      case FloatBuffer _ -> "FloatBuffer";
      case DoubleBuffer _ -> "DoubleBuffer";
      default -> buffer.getClass().getSimpleName();
    };
  }

  private static void quote(StringBuilder b, String s) {
    int end = s.length();
    boolean cut = end > MAX_STRING;
    if (cut) {
      end = MAX_STRING;
      if (Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end))) {
        end--; // do not split a pair
      }
    }
    b.append('"');
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        escape(b, c, true);
      }
    }
    b.append('"');
    if (cut) {
      b.append('…');
    }
  }

  private static void escape(StringBuilder b, char c, boolean inString) {
    if (inString && (c == '"' || c == '\\')) {
      b.append('\\').append(c);
      return;
    }
    switch (c) {
      case '\n' -> b.append("\\n");
      case '\r' -> b.append("\\r");
      case '\t' -> b.append("\\t");
      case '\b' -> b.append("\\b");
      case '\f' -> b.append("\\f");
      case '\0' -> b.append("\\0");
      default -> {
        int type = Character.getType(c);
        if (Character.isISOControl(c)
            || Character.isSurrogate(c)
            || type == Character.FORMAT
            || type == Character.UNASSIGNED
            || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR
            || type == Character.PRIVATE_USE) {
          b.append(String.format("\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
    }
  }
}

package dev.ffmbind.it.ownership;

import dev.ffmbind.annotation.BindingSpec;

/** Names the spec of returned buffers and (pointer, length) strings: generates {@link Buffers}. */
@BindingSpec("buffers.yaml")
final class BufferSpecs {
  private BufferSpecs() {}
}

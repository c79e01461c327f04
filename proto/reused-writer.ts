/**
 * One protobufjs Writer kept between encodes. A fresh Writer starts at 128 bytes and doubles,
 * copying what it holds each time, and fresh large buffers cost page faults: for a PT round's
 * record (~1.5 kB per scan) that was several milliseconds an encode, against about one for
 * a writer already grown to size. `finish()` still copies the message out, so the bytes a
 * caller gets own their buffer (they may be transferred to another thread).
 */
import $protobuf from 'protobufjs/minimal.js';

export class ReusedWriter {
  private writer = $protobuf.Writer.create();

  /** `encode(message, writer).finish()`, on the kept writer. */
  encode(encode: (writer: $protobuf.Writer) => $protobuf.Writer): Uint8Array {
    this.writer.reset();
    try {
      return encode(this.writer).finish();
    } catch (error) {
      this.writer = $protobuf.Writer.create(); // forks left open: start clean
      throw error;
    }
  }
}

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
    return this.run(encode, (writer) => writer.finish());
  }

  /**
   * The same bytes in a SharedArrayBuffer of their own: posted to another thread they are
   * shared, not cloned (a 4096-scan record is 6 MB: ~26 ms to clone), and nothing is
   * detached (transferring would be: see worker/chain-host-thread.ts).
   */
  encodeShared(encode: (writer: $protobuf.Writer) => $protobuf.Writer): Uint8Array {
    return this.run(encode, (writer) => {
      const out = new Uint8Array(new SharedArrayBuffer(writer.pos));
      writer.finishInto(out);
      return out;
    });
  }

  private run(encode: (writer: $protobuf.Writer) => $protobuf.Writer, finish: (writer: $protobuf.Writer) => Uint8Array): Uint8Array {
    this.writer.reset();
    try {
      return finish(encode(this.writer));
    } catch (error) {
      this.writer = $protobuf.Writer.create(); // forks left open: start clean
      throw error;
    }
  }
}

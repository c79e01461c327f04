/**
 * Splitting a payload into Chunk envelopes that each fit the NATS server's max_payload, and
 * putting them back together on the other side. Every payload of the NATS transport travels
 * in this envelope, even a one-chunk one, so a receiver never has to guess the framing.
 *
 * Reassembly is bounded: a message announcing more than `maxMessageBytes` is refused before
 * any of it is kept, and a partial message whose chunks stop coming is freed after
 * `timeoutMs`, so a lost chunk or a hostile sender cannot pin memory.
 */
import { ebm } from './generated/ebm.js';
import { ReusedWriter } from './reused-writer.js';
import { PROTOCOL_VERSION } from './version.js';

export const Chunk = ebm.v1.Chunk;
export type Chunk = ebm.v1.Chunk;

/** Envelope bytes beside the data, not counting the message id: tags, varints, lengths. */
const ENVELOPE_FIXED_OVERHEAD = 48;

/** The most data bytes one chunk may carry under `maxPayload` with this message id. */
export function chunkDataLimit(maxPayload: number, messageId: string): number {
  const limit = maxPayload - ENVELOPE_FIXED_OVERHEAD - Buffer.byteLength(messageId);
  if (limit < 1) throw new RangeError(`max_payload ${maxPayload} leaves no room for chunk data`);
  return limit;
}

/** Grown to a chunk's size once, not per message (see reused-writer.ts). */
const envelopeWriter = new ReusedWriter();

/** Encoded Chunk envelopes carrying `payload`, each at most `maxPayload` bytes. */
export function encodeChunks(payload: Uint8Array, messageId: string, maxPayload: number): Uint8Array[] {
  const limit = chunkDataLimit(maxPayload, messageId);
  const count = Math.max(1, Math.ceil(payload.length / limit));
  const chunks: Uint8Array[] = [];
  // A Buffer view (no copy): protobufjs copies a Buffer's bytes with memcpy, a plain
  // Uint8Array's (what a thread or a socket hands over) one by one.
  const bytes = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  for (let index = 0; index < count; index++) {
    const data = bytes.subarray(index * limit, Math.min(bytes.length, (index + 1) * limit));
    chunks.push(envelopeWriter.encode((w) => Chunk.encode({ protocolVersion: PROTOCOL_VERSION, messageId, index, count, totalBytes: payload.length, data }, w)));
  }
  return chunks;
}

/** The answer to the first chunk of a multi-chunk request: "send the rest to `subject`". */
export function encodeContinue(messageId: string, subject: string): Uint8Array {
  return Chunk.encode({ protocolVersion: PROTOCOL_VERSION, messageId, continueSubject: subject }).finish();
}

export type ChunkProblem = 'decode' | 'version' | 'too_large';

/** Decode an envelope; a string names why it must be dropped. */
export function decodeChunk(bytes: Uint8Array): Chunk | ChunkProblem {
  let chunk: Chunk;
  try {
    chunk = Chunk.decode(bytes);
  } catch {
    return 'decode';
  }
  if (chunk.protocolVersion !== PROTOCOL_VERSION) return 'version';
  if (chunk.continueSubject) return chunk.messageId ? chunk : 'decode';
  if (chunk.count < 1 || chunk.index >= chunk.count || chunk.count > Math.max(1, chunk.totalBytes)) return 'decode';
  if (chunk.data.length > chunk.totalBytes) return 'decode';
  return chunk;
}

export interface ReassemblyOptions {
  /** Largest whole message accepted, bytes. */
  maxMessageBytes: number;
  /** A partial message with no new chunk for this long is dropped. */
  timeoutMs: number;
  /** Told when a partial message is dropped for lack of chunks. */
  onExpired?: (key: string) => void;
}

interface Partial<C> {
  parts: (Uint8Array | undefined)[];
  received: number;
  bytes: number;
  totalBytes: number;
  context: C;
  timer: NodeJS.Timeout;
}

export type Assembly<C> =
  | { status: 'complete'; payload: Uint8Array; context: C }
  | { status: 'partial' }
  | { status: 'rejected'; reason: ChunkProblem };

/** Partial messages keyed by the sender's message id, each with the caller's context. */
export class Reassembler<C> {
  private readonly partials = new Map<string, Partial<C>>();

  constructor(private readonly options: ReassemblyOptions) {}

  /** Partial messages held now (for tests and metrics). */
  get pending(): number {
    return this.partials.size;
  }

  has(key: string): boolean {
    return this.partials.has(key);
  }

  /**
   * Add one chunk. `context` is kept from the first chunk seen for the key. A chunk that
   * contradicts the ones before it rejects (and frees) the whole message.
   */
  add(key: string, chunk: Chunk, context: C): Assembly<C> {
    if (chunk.totalBytes > this.options.maxMessageBytes) {
      this.drop(key);
      return { status: 'rejected', reason: 'too_large' };
    }
    if (chunk.count === 1) {
      if (chunk.data.length !== chunk.totalBytes) return { status: 'rejected', reason: 'decode' };
      // The data is a view into the received frame; hand out bytes that own their buffer,
      // so a handler passing them to a thread does not clone the whole frame.
      const data = chunk.data;
      const compact = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : new Uint8Array(data);
      return { status: 'complete', payload: compact, context };
    }
    let partial = this.partials.get(key);
    if (!partial) {
      partial = { parts: new Array(chunk.count), received: 0, bytes: 0, totalBytes: chunk.totalBytes, context, timer: this.expiry(key) };
      this.partials.set(key, partial);
    } else {
      partial.timer.refresh();
    }
    if (partial.parts.length !== chunk.count || partial.totalBytes !== chunk.totalBytes || partial.bytes + chunk.data.length > partial.totalBytes) {
      this.drop(key);
      return { status: 'rejected', reason: 'decode' };
    }
    if (partial.parts[chunk.index] !== undefined) return { status: 'partial' }; // a duplicate
    partial.parts[chunk.index] = chunk.data;
    partial.received++;
    partial.bytes += chunk.data.length;
    if (partial.received < chunk.count) return { status: 'partial' };
    this.drop(key);
    if (partial.bytes !== partial.totalBytes) return { status: 'rejected', reason: 'decode' };
    const payload = new Uint8Array(partial.totalBytes);
    let offset = 0;
    for (const part of partial.parts as Uint8Array[]) {
      payload.set(part, offset);
      offset += part.length;
    }
    return { status: 'complete', payload, context: partial.context };
  }

  /** Forget a partial message (and its timer). */
  drop(key: string): void {
    const partial = this.partials.get(key);
    if (!partial) return;
    clearTimeout(partial.timer);
    this.partials.delete(key);
  }

  /** Free everything. */
  clear(): void {
    for (const key of [...this.partials.keys()]) this.drop(key);
  }

  private expiry(key: string): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.partials.delete(key);
      this.options.onExpired?.(key);
    }, this.options.timeoutMs);
    timer.unref();
    return timer;
  }
}

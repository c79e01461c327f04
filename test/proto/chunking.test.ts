/**
 * Chunk envelopes: every chunk fits max_payload, any arrival order reassembles the exact
 * bytes, and reassembly is bounded in size and in time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { streamRng } from '../../core/rng/rng.js';
import { Chunk, Reassembler, decodeChunk, encodeChunks, type Assembly } from '../../proto/chunking.js';
import { PROTOCOL_VERSION } from '../../proto/version.js';

function payload(length: number): Uint8Array {
  const rng = streamRng(9, 'test.chunking.payload', length);
  return Uint8Array.from({ length }, () => rng.nextInt(256));
}

function decodeAll(encoded: Uint8Array[]): Chunk[] {
  return encoded.map((bytes) => {
    const chunk = decodeChunk(bytes);
    if (typeof chunk === 'string') throw new Error(`chunk rejected: ${chunk}`);
    return chunk;
  });
}

const options = { maxMessageBytes: 1 << 20, timeoutMs: 1000 };

afterEach(() => { vi.useRealTimers(); });

describe('chunking', () => {
  it('splits under max_payload and reassembles exact bytes in any order, ignoring duplicates', () => {
    const message = payload(10_000);
    const encoded = encodeChunks(message, 'id-1', 1000);
    for (const bytes of encoded) expect(bytes.length).toBeLessThanOrEqual(1000);
    const chunks = decodeAll(encoded);
    expect(chunks.length).toBe(Math.ceil(10_000 / chunks[0].data.length));
    const rng = streamRng(9, 'test.chunking.order', 0);
    const order = chunks.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) { const j = rng.nextInt(i + 1); [order[i], order[j]] = [order[j], order[i]]; }
    const reassembler = new Reassembler<string>(options);
    let last: Assembly<string> = { status: 'partial' };
    for (const [k, i] of order.entries()) {
      if (k === 3) expect(reassembler.add('id-1', chunks[order[0]], 'ctx').status).toBe('partial'); // duplicate
      last = reassembler.add('id-1', chunks[i], k === 0 ? 'ctx' : 'later');
      if (k < order.length - 1) expect(last.status).toBe('partial');
    }
    expect(last.status).toBe('complete');
    if (last.status === 'complete') {
      expect(Buffer.from(last.payload).equals(Buffer.from(message))).toBe(true);
      expect(last.context).toBe('ctx');
    }
    expect(reassembler.pending).toBe(0);
  });

  it('sends small and empty payloads as one chunk', () => {
    for (const length of [0, 1, 500]) {
      const chunks = decodeAll(encodeChunks(payload(length), 'id', 1000));
      expect(chunks.length).toBe(1);
      const assembly = new Reassembler<undefined>(options).add('id', chunks[0], undefined);
      expect(assembly.status === 'complete' && assembly.payload.length).toBe(length);
    }
  });

  it('refuses a message announced above the bound before keeping any of it', () => {
    const reassembler = new Reassembler<undefined>({ maxMessageBytes: 5000, timeoutMs: 1000 });
    const chunks = decodeAll(encodeChunks(payload(6000), 'big', 1000));
    expect(reassembler.add('big', chunks[0], undefined)).toEqual({ status: 'rejected', reason: 'too_large' });
    expect(reassembler.pending).toBe(0);
  });

  it('rejects chunks that contradict the first one', () => {
    const reassembler = new Reassembler<undefined>(options);
    const [first, second] = decodeAll(encodeChunks(payload(3000), 'm', 1000));
    reassembler.add('m', first, undefined);
    expect(reassembler.add('m', Chunk.create({ ...second, count: second.count + 1 }), undefined)).toEqual({ status: 'rejected', reason: 'decode' });
    expect(reassembler.pending).toBe(0);
  });

  it('frees a partial message when its chunks stop coming', () => {
    vi.useFakeTimers();
    const expired: string[] = [];
    const reassembler = new Reassembler<undefined>({ ...options, onExpired: (key) => expired.push(key) });
    const chunks = decodeAll(encodeChunks(payload(3000), 'slow', 1000));
    reassembler.add('slow', chunks[0], undefined);
    vi.advanceTimersByTime(900);
    reassembler.add('slow', chunks[1], undefined); // a new chunk restarts the clock
    vi.advanceTimersByTime(900);
    expect(reassembler.pending).toBe(1);
    vi.advanceTimersByTime(200);
    expect(reassembler.pending).toBe(0);
    expect(expired).toEqual(['slow']);
  });

  it('refuses envelopes with impossible framing, and never throws on random chunks', () => {
    const bad = (fields: Partial<Chunk>) => decodeChunk(Chunk.encode({ protocolVersion: PROTOCOL_VERSION, messageId: 'x', ...fields }).finish());
    expect(bad({ index: 2, count: 2, totalBytes: 10 })).toBe('decode');
    expect(bad({ index: 0, count: 0, totalBytes: 0 })).toBe('decode');
    expect(bad({ index: 0, count: 50, totalBytes: 10 })).toBe('decode');
    expect(bad({ index: 0, count: 1, totalBytes: 1, data: new Uint8Array(5) })).toBe('decode');
    expect(bad({ protocolVersion: PROTOCOL_VERSION + 1, count: 1 })).toBe('version');
    const rng = streamRng(9, 'test.chunking.fuzz', 0);
    const reassembler = new Reassembler<undefined>({ maxMessageBytes: 4096, timeoutMs: 1000 });
    for (let i = 0; i < 2000; i++) {
      const chunk = Chunk.create({
        protocolVersion: PROTOCOL_VERSION, messageId: `m${rng.nextInt(4)}`, index: rng.nextInt(6), count: 1 + rng.nextInt(5),
        totalBytes: rng.nextInt(5000), data: new Uint8Array(rng.nextInt(1200)),
      });
      const valid = decodeChunk(Chunk.encode(chunk).finish());
      if (typeof valid !== 'string') expect(() => reassembler.add(valid.messageId, valid, undefined)).not.toThrow();
    }
    reassembler.clear();
    expect(reassembler.pending).toBe(0);
  });
});

describe('single-chunk payloads', () => {
  it('own their buffer (a thread transfer must not clone the whole received frame)', () => {
    const frame = new Uint8Array(4096);
    const encoded = encodeChunks(payload(100), 'own', 1000)[0];
    frame.set(encoded, 1000);
    const chunk = decodeChunk(Buffer.from(frame.buffer, 1000, encoded.length));
    if (typeof chunk === 'string') throw new Error(chunk);
    const assembly = new Reassembler<undefined>(options).add('own', chunk, undefined);
    if (assembly.status !== 'complete') throw new Error(assembly.status);
    expect(assembly.payload.buffer.byteLength).toBe(100);
    expect([...assembly.payload]).toEqual([...payload(100)]);
  });
});

/**
 * A PT round record's trip to the coordinator, as the worker now sends it: encoded on a
 * writer kept between rounds, split into chunk envelopes from a plain Uint8Array (what a
 * thread hands over), reassembled, and decoded with one copy per float64 field. Every value
 * sent, the stepping-stone estimate's included, must come back with the same bits, whatever
 * the alignment of the fields in the message; this catches a reused writer leaking a previous
 * (larger) message's bytes, a chunk view with the wrong offset, or a byte-order slip in the
 * memcpy decode. The per-scan swap terms stay behind (the estimate is what reads them), and a
 * protocol 2 result that carries them instead still decodes.
 */
import { describe, expect, it } from 'vitest';
import { createRoundRecord, type RoundRecord } from '../../core/pt/round-record.js';
import { streamRng } from '../../core/rng/rng.js';
import { Reassembler, decodeChunk, encodeChunks } from '../../proto/chunking.js';
import { steppingStone, type SteppingStoneEstimate } from '../../core/pt/stepping-stone.js';
import { levelObservables } from '../../core/pt/observables.js';
import { UnitResult, wire } from '../../proto/messages.js';
import { copyRoundFromWire, roundRecordToWire } from '../../proto/pt-wire.js';
import { ReusedWriter } from '../../proto/reused-writer.js';

function randomRecord(scans: number, seed: number): RoundRecord {
  const record = createRoundRecord(scans, 7, ['energy', 'magnetisation']);
  const rng = streamRng(seed, 'test.pt-record-wire', scans);
  for (const values of [record.forward, record.backward, record.observations, record.acceptanceSum, record.proposed, record.accepted]) {
    // Raw bit patterns, not just ordinary numbers: negative zero, subnormals, NaN payloads.
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
    for (let i = 0; i < words.length; i++) words[i] = rng.nextU32();
  }
  record.scans = scans;
  record.roundTrips = 3;
  record.restarts = 5;
  return record;
}

/** A ladder for the random records' 8 levels. */
const ladder = Float64Array.from({ length: 8 }, (_, i) => i / 7);

function bitsOf(values: Float64Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

/** The record's estimate, its scalars replaced by raw bit patterns too. */
function rawEstimate(record: RoundRecord, seed: number): SteppingStoneEstimate {
  const rng = streamRng(seed, 'test.pt-record-wire.estimate', 0);
  const raw = () => new Float64Array(new Uint32Array([rng.nextU32(), rng.nextU32()]).buffer)[0];
  return { ...steppingStone(record, 0), logZ: raw(), stderr: raw(), logZForward: raw(), stderrForward: raw(), logZBackward: raw(), stderrBackward: raw() };
}

/** Encode on `writer`, chunk, reassemble and decode, as worker and coordinator do. */
function roundTrip(writer: ReusedWriter, record: RoundRecord, estimate: SteppingStoneEstimate, runId: string, maxPayload: number) {
  const result = UnitResult.create({ protocolVersion: 1, runId, unitId: 1, worker: 'w', pt: roundRecordToWire(record, estimate, 1, { series: true, observables: levelObservables(record, ladder, 9) }) });
  const reply = new Uint8Array(writer.encode((w) => UnitResult.encode(result, w))); // a plain copy, as after a thread hop
  const parts = new Reassembler<undefined>({ maxMessageBytes: 1 << 24, timeoutMs: 1000 });
  let payload: Uint8Array | undefined;
  for (const bytes of encodeChunks(reply, 'message', maxPayload)) {
    const chunk = decodeChunk(bytes);
    if (typeof chunk === 'string') throw new Error(`chunk rejected: ${chunk}`);
    const assembly = parts.add('message', chunk, undefined);
    if (assembly.status === 'complete') payload = assembly.payload;
  }
  return copyRoundFromWire(UnitResult.decode(payload!).pt!);
}

describe('a PT round record on the wire', () => {
  it('comes back bit for bit, round after round on one writer, in one chunk or many', () => {
    const writer = new ReusedWriter();
    // Long then short: the writer holds a larger message's bytes when the short one is encoded.
    // Run ids of several lengths move the record's fields to every alignment mod 8.
    const cases = [
      { scans: 64, runId: 'r', maxPayload: 1 << 20 },
      { scans: 3, runId: 'run-2', maxPayload: 1 << 20 },
      { scans: 40, runId: 'run-three', maxPayload: 1000 },
      { scans: 1, runId: 'ab', maxPayload: 100 },
    ];
    for (const [k, { scans, runId, maxPayload }] of cases.entries()) {
      const sent = randomRecord(scans, k);
      const estimate = rawEstimate(sent, k);
      const { record: got, estimate: gotEstimate, observables } = roundTrip(writer, sent, estimate, runId, maxPayload);
      expect(got.scans).toBe(scans);
      expect(got.pairs).toBe(7);
      expect([got.roundTrips, got.restarts]).toEqual([3, 5]);
      expect(got.observationNames).toEqual(['energy', 'magnetisation']);
      for (const field of ['observations', 'acceptanceSum', 'proposed', 'accepted'] as const) {
        expect(bitsOf(got[field])).toEqual(bitsOf(sent[field]));
      }
      expect([got.forward.length, got.backward.length]).toEqual([0, 0]);
      for (const field of ['logZ', 'stderr', 'logZForward', 'stderrForward', 'logZBackward', 'stderrBackward'] as const) {
        expect(bitsOf(Float64Array.of(gotEstimate![field]))).toEqual(bitsOf(Float64Array.of(estimate[field])));
      }
      expect(bitsOf(gotEstimate!.pairLogRatios)).toEqual(bitsOf(estimate.pairLogRatios));
      expect(bitsOf(gotEstimate!.logZCurve)).toEqual(bitsOf(estimate.logZCurve));
      expect([gotEstimate!.batchSize, gotEstimate!.plateaued, gotEstimate!.scans]).toEqual([estimate.batchSize, estimate.plateaued, estimate.scans]);
      // toEqual compares numbers with Object.is: NaN matches NaN, and -0 does not match 0.
      expect(observables).toEqual(levelObservables(sent, ladder, 9));
    }
  });

  it('decodes a protocol 2 result, which sent the swap terms and no estimate', () => {
    const sent = randomRecord(5, 11);
    const old = wire.PtResult.decode(
      wire.PtResult.encode({ scans: 5, observationNames: [...sent.observationNames], forward: new Uint8Array(bitsOf(sent.forward)), backward: new Uint8Array(bitsOf(sent.backward)), acceptanceSum: new Uint8Array(bitsOf(sent.acceptanceSum)) }).finish(),
    );
    const { record, estimate, observables } = copyRoundFromWire(old);
    expect(estimate).toBeUndefined();
    expect(observables).toBeUndefined();
    expect(record.pairs).toBe(7);
    expect(bitsOf(record.forward)).toEqual(bitsOf(sent.forward));
    expect(bitsOf(record.backward)).toEqual(bitsOf(sent.backward));
  });

  it('gives a reused writer the bytes a fresh one gives, also after an encode that threw and into shared memory', () => {
    const writer = new ReusedWriter();
    const result = UnitResult.create({ protocolVersion: 1, runId: 'r', unitId: 2, worker: 'w', pt: roundRecordToWire(randomRecord(16, 9), rawEstimate(randomRecord(16, 9), 9), 1, { series: true }) });
    const fresh = UnitResult.encode(result).finish();
    expect(writer.encode((w) => UnitResult.encode(result, w))).toEqual(fresh);
    expect(() => writer.encode((w) => { w.fork(); throw new Error('half-way'); })).toThrow('half-way');
    expect(writer.encode((w) => UnitResult.encode(result, w))).toEqual(fresh);
    // What a chain host posts to its main thread: the same bytes, in memory it shares.
    const shared = writer.encodeShared((w) => UnitResult.encode(result, w));
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(new Uint8Array(shared)).toEqual(new Uint8Array(fresh));
  });
});

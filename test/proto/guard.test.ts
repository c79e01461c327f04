/**
 * The guard drops and counts what must not be processed, by reason, logs each reason once,
 * and never throws — also not for random or mutated bytes (a seeded fuzz, reproducible).
 */
import { describe, expect, it } from 'vitest';
import { streamRng, type Rng } from '../../core/rng/rng.js';
import { decodeChunk, encodeChunks } from '../../proto/chunking.js';
import { ebm } from '../../proto/generated/ebm.js';
import { MessageGuard } from '../../proto/guard.js';
import { UnitRequest, UnitResult, float64Bytes } from '../../proto/messages.js';
import { PROTOCOL_VERSION } from '../../proto/version.js';

function request(overrides: Partial<ebm.v1.UnitRequest.$Properties> = {}): Uint8Array {
  return UnitRequest.encode({
    protocolVersion: PROTOCOL_VERSION, runId: 'run-1', unitId: 7, attempt: 1,
    ais: { modelJson: '{"type":"ising2d"}', referenceJson: '{}', betas: float64Bytes(new Float64Array([0, 0.5, 1])), chains: 4, sweeps: 1, seed: 42, sampler: 'metropolis' },
    ...overrides,
  }).finish();
}

function result(overrides: Partial<ebm.v1.UnitResult.$Properties> = {}): Uint8Array {
  return UnitResult.encode({
    protocolVersion: PROTOCOL_VERSION, runId: 'run-1', unitId: 7, attempt: 1, worker: 'w1', seconds: 0.5,
    ais: { logWeights: float64Bytes(new Float64Array([-1, -2])), sweeps: 8 },
    ...overrides,
  }).finish();
}

describe('MessageGuard', () => {
  it('accepts well-formed messages of this protocol version', () => {
    const guard = new MessageGuard({ log: () => {} });
    expect(guard.unitRequest(request())?.unitId).toBe(7);
    expect(guard.unitResult(result())?.worker).toBe('w1');
    const status = ebm.v1.WorkerStatus.encode({ protocolVersion: PROTOCOL_VERSION, worker: 'w1', kind: ebm.v1.WorkerStatus.Kind.HEARTBEAT, threads: 2 }).finish();
    expect(guard.workerStatus(status)?.threads).toBe(2);
    expect(guard.rejectedTotal).toBe(0);
  });

  it('drops and counts each reason, logging only the first of each', () => {
    const lines: string[] = [];
    const guard = new MessageGuard({ maxBytes: 1000, isKnownRun: (run) => run === 'run-1', log: (l) => lines.push(l) });
    expect(guard.unitRequest(new Uint8Array([0x0a, 0xff, 0xff]))).toBeUndefined(); // length past the end
    expect(guard.unitRequest(new Uint8Array([0x0a, 0xff, 0xff, 0x01]))).toBeUndefined();
    expect(guard.unitRequest(request({ protocolVersion: PROTOCOL_VERSION + 1 }))).toBeUndefined();
    expect(guard.unitResult(result({ runId: 'other-run' }))).toBeUndefined();
    expect(guard.unitResult(result({ runId: 'bad run id!' }))).toBeUndefined();
    expect(guard.unitRequest(new Uint8Array(1001))).toBeUndefined();
    expect(guard.rejected).toEqual({ decode: 2, version: 1, unknown_run: 2, too_large: 1 });
    expect(lines.length).toBe(4);
    expect(lines.join('\n')).toContain(`(version): UnitRequest has protocol version ${PROTOCOL_VERSION + 1}, this process speaks ${PROTOCOL_VERSION}`);
    expect(lines.join('\n')).toMatch(/\(unknown_run\): run "other-run"/);
  });

  it('drops numeric arrays of a ragged byte length (they would throw when viewed)', () => {
    const guard = new MessageGuard({ log: () => {} });
    expect(guard.unitResult(result({ ais: { logWeights: new Uint8Array(12) } }))).toBeUndefined();
    expect(guard.unitRequest(request({ ais: { betas: new Uint8Array(8), traceAt: new Uint8Array(6) } }))).toBeUndefined();
    expect(guard.rejected.decode).toBe(2);
  });
});

function randomBytes(rng: Rng, maxLength: number): Uint8Array {
  const out = new Uint8Array(rng.nextInt(maxLength + 1));
  for (let i = 0; i < out.length; i++) out[i] = rng.nextInt(256);
  return out;
}

/** A valid encoding with a few bytes flipped, inserted, deleted or truncated. */
function mutate(rng: Rng, valid: Uint8Array): Uint8Array {
  let bytes = Uint8Array.from(valid);
  const edits = 1 + rng.nextInt(4);
  for (let e = 0; e < edits; e++) {
    const at = rng.nextInt(bytes.length + 1);
    switch (rng.nextInt(4)) {
      case 0: if (at < bytes.length) bytes[at] ^= 1 << rng.nextInt(8); break;
      case 1: bytes = Uint8Array.from([...bytes.subarray(0, at), rng.nextInt(256), ...bytes.subarray(at)]); break;
      case 2: bytes = Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]); break;
      default: bytes = bytes.subarray(0, at);
    }
  }
  return bytes;
}

describe('fuzz: no throw escapes the guard', () => {
  const valid = [request(), result(), ...encodeChunks(new Uint8Array(300).fill(3), 'msg-1', 128)];

  it('random bytes', () => {
    const rng = streamRng(2026, 'test.fuzz.random', 0);
    const guard = new MessageGuard({ log: () => {} });
    for (let i = 0; i < 3000; i++) {
      const bytes = randomBytes(rng, 64);
      expect(() => { guard.unitRequest(bytes); guard.unitResult(bytes); guard.workerStatus(bytes); decodeChunk(bytes); }).not.toThrow();
    }
    // Random bytes are mostly rejected, and whatever passes carries the right version.
    expect(guard.rejected.decode + guard.rejected.version).toBeGreaterThan(3000);
  });

  it('mutated valid messages', () => {
    const rng = streamRng(2026, 'test.fuzz.mutate', 0);
    const guard = new MessageGuard({ log: () => {} });
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const bytes = mutate(rng, valid[rng.nextInt(valid.length)]);
      expect(() => {
        const decoded = [guard.unitRequest(bytes), guard.unitResult(bytes)];
        for (const message of decoded) if (message) { expect(message.protocolVersion).toBe(PROTOCOL_VERSION); accepted++; }
        const chunk = decodeChunk(bytes);
        if (typeof chunk !== 'string' && !chunk.continueSubject) expect(chunk.index).toBeLessThan(chunk.count);
      }).not.toThrow();
    }
    // Small mutations often survive decoding: the guard must let those through, not crash on them.
    expect(accepted).toBeGreaterThan(0);
    expect(guard.rejectedTotal).toBeGreaterThan(0);
  });
});

/**
 * Held PCD particle shards (worker/units/pcd-held-unit.ts): a shard kept on a host and sent
 * only each update's parameters gives, update after update, the statistics and particles of
 * the stateless unit that carries its particles both ways (worker/units/pcd-unit.ts); a host
 * that lost the particles refuses (PcdStateMissing), and the particles plus the updates since
 * replayed end in the same bits; a fresh host continues from the slab. A replay that used
 * the wrong update's parameters or stream, or a held shard that kept stale particles, would
 * show as changed bits.
 */
import { describe, expect, it } from 'vitest';
import { streamRng } from '../../core/rng/rng.js';
import { initialParams, type RbmParams } from '../../core/train/rbm-params.js';
import { float64Bytes, UnitRequest, UnitResult, wire } from '../../proto/messages.js';
import type { ebm } from '../../proto/generated/ebm.js';
import { PROTOCOL_VERSION } from '../../proto/version.js';
import { readParticleSlab } from '../../worker/particle-slab.js';
import { ParticleStore, runHeldPcdUnit } from '../../worker/units/pcd-held-unit.js';
import { runPcdUnit } from '../../worker/units/pcd-unit.js';

const NV = 9;
const NH = 5;
const ROWS = 6;
const UPDATES = 5;
const SHARD = 2;
/** Different parameters every update, as SGD makes them. */
const params: RbmParams[] = Array.from({ length: UPDATES }, (_, u) => initialParams(NV, NH, 0.5, undefined, streamRng(11, 'test.params', u)));
const stream = (update: number) => 10 * update + 3;
const rng = streamRng(2, 'test.particles', 0);
const start = Uint8Array.from({ length: ROWS * NV }, () => (rng.nextDouble() < 0.4 ? 1 : 0));

function paramsWire(p: RbmParams) {
  return { weights: Uint8Array.from(float64Bytes(p.W)), visibleBias: Uint8Array.from(float64Bytes(p.b)), hiddenBias: Uint8Array.from(float64Bytes(p.c)) };
}

/** A unit for `update` as a worker receives it (decoded from its bytes). */
function unit(update: number, fields: Record<string, unknown>, ladder: number[] = []): UnitRequest {
  const pcd = { nv: NV, nh: NH, method: 'pcd', k: 2, seed: 4, kernel: 'reference', temperingBetas: ladder, stream: stream(update), ...paramsWire(params[update]), ...fields };
  return UnitRequest.decode(UnitRequest.encode(UnitRequest.create({ protocolVersion: PROTOCOL_VERSION, runId: 'held-run', unitId: stream(update), attempt: 0, pcd })).finish());
}

const held = (update: number, fields: Record<string, unknown> = {}, ladder: number[] = []) => unit(update, { configDigest: 'cfg', shard: SHARD, heldUpdate: update, ...fields }, ladder);
const replayOf = (updates: number[]) => updates.map((u) => wire.PcdStep.create({ ...paramsWire(params[u]), stream: stream(u) }));

function runHeld(store: ParticleStore, request: UnitRequest, restore?: Parameters<typeof runHeldPcdUnit>[3]) {
  const result = UnitResult.create();
  const shard = runHeldPcdUnit(store, request, result, restore);
  return { pcd: wire.PcdResult.decode(wire.PcdResult.encode(result.pcd!).finish()), shard };
}

const hex = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('hex');
const negativeBits = (pcd: ebm.v1.PcdResult) => hex(wire.RbmStatistics.encode(pcd.negative!).finish());

/** The stateless path: each update carries the particles there and back. */
function stateless(ladder: number[] = []): { negative: string[]; particles: string[] } {
  let particles = start.slice();
  const out = { negative: [] as string[], particles: [] as string[] };
  for (let u = 0; u < UPDATES; u++) {
    const result = UnitResult.create();
    runPcdUnit(unit(u, { particles }, ladder), result);
    const pcd = wire.PcdResult.decode(wire.PcdResult.encode(result.pcd!).finish());
    particles = Uint8Array.from(pcd.particles);
    out.negative.push(negativeBits(pcd));
    out.particles.push(hex(particles));
  }
  return out;
}

describe('held PCD particle shards', () => {
  const reference = stateless();

  it('sent only the parameters, update after update, give the stateless statistics and particles', () => {
    const store = new ParticleStore();
    for (let u = 0; u < UPDATES; u++) {
      const wantState = u === 2 || u === UPDATES - 1;
      const { pcd, shard } = runHeld(store, held(u, { wantState, ...(u === 0 ? { particles: start } : {}) }));
      expect(negativeBits(pcd)).toBe(reference.negative[u]);
      // The particles stay on the host unless asked for.
      expect(hex(pcd.particles)).toBe(wantState ? reference.particles[u] : '');
      expect(hex(shard.particles)).toBe(reference.particles[u]);
      expect(shard.round).toBe(u + 1);
    }
  });

  it('with a tempered ladder (PT-PCD, two rows per particle) too', () => {
    const ladder = [0.5, 1];
    const tempered = stateless(ladder);
    const store = new ParticleStore();
    for (let u = 0; u < UPDATES; u++) {
      const { pcd } = runHeld(store, held(u, { wantState: true, ...(u === 0 ? { particles: start } : {}) }, ladder), undefined);
      expect(negativeBits(pcd)).toBe(tempered.negative[u]);
      expect(hex(pcd.particles)).toBe(tempered.particles[u]);
    }
  });

  it('a host without the particles refuses; the last full particles and the updates since, replayed, end in the same bits', () => {
    const store = new ParticleStore();
    runHeld(store, held(0, { particles: start }));
    // Wrong update, wrong configuration, never-seen host: PcdStateMissing, and the held shard is left alone.
    expect(() => runHeld(store, held(2))).toThrow(expect.objectContaining({ name: 'PcdStateMissing' }));
    expect(() => runHeld(store, held(1, { configDigest: 'another-run' }))).toThrow(expect.objectContaining({ name: 'PcdStateMissing' }));
    expect(() => runHeld(new ParticleStore(), held(3))).toThrow(expect.objectContaining({ name: 'PcdStateMissing' }));
    expect(negativeBits(runHeld(store, held(1)).pcd)).toBe(reference.negative[1]);
    // Moved with the particles after 2 updates (the last that came back): updates 2 and 3 replayed, 4 run.
    const after2 = Uint8Array.from(Buffer.from(reference.particles[1], 'hex'));
    const moved = runHeld(new ParticleStore(), held(4, { heldUpdate: 2, particles: after2, replay: replayOf([2, 3]), wantState: true }));
    expect(negativeBits(moved.pcd)).toBe(reference.negative[4]);
    expect(hex(moved.pcd.particles)).toBe(reference.particles[4]);
    expect(moved.shard.round).toBe(5);
  });

  it('keeps the particles after each update in its slab, and a fresh host continues from the slab', () => {
    const store = new ParticleStore();
    let shard;
    for (let u = 0; u < 2; u++) shard = runHeld(store, held(u, u === 0 ? { particles: start } : {})).shard;
    const slab = readParticleSlab(shard!.slab);
    expect(slab.update).toBe(2);
    expect(hex(slab.particles)).toBe(reference.particles[1]);
    const fresh = new ParticleStore();
    for (let u = 2; u < UPDATES; u++) {
      const { pcd } = runHeld(fresh, held(u, { wantState: true }), u === 2 ? { slab: shard!.slab, config: { configDigest: 'cfg' } } : undefined);
      expect(negativeBits(pcd)).toBe(reference.negative[u]);
      expect(hex(pcd.particles)).toBe(reference.particles[u]);
    }
  });
});

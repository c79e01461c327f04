/**
 * State-affine PT units (worker/units/pt-unit.ts): a copy held on a host between rounds, a
 * copy moved with its last state and the rounds since replayed, and a copy reloaded from its
 * SharedArrayBuffer slab all end in the same bits. A replay that used the wrong round's
 * ladder or scan start, a held copy that kept something its saved state lacks, or a slab that
 * dropped a stream would show as a changed record or state.
 */
import { describe, expect, it } from 'vitest';
import { ising2dType } from '../../core/models/ising2d.js';
import { float64Bytes, UnitRequest, UnitResult, wire, type PtUnit } from '../../proto/messages.js';
import { copyStateFromWire } from '../../proto/pt-wire.js';
import { PtCopyStore } from '../../worker/pt-copy-store.js';
import { readSlab } from '../../worker/pt-state-slab.js';
import { ptCopyConfig, runPtUnit } from '../../worker/units/pt-unit.js';
import { PROTOCOL_VERSION } from '../../proto/version.js';

const model = ising2dType.parse({ type: 'ising2d', rows: 6, cols: 6, beta: 0.45 }, 'test');
const R = 5;
/** A different ladder and scan count every round, as an adapted, doubling run has. */
const rounds = Array.from({ length: 5 }, (_, i) => ({
  betas: Float64Array.from({ length: R }, (_, k) => (k / (R - 1)) ** (1 + 0.1 * i)),
  scans: 2 + i,
}));
const scanStart = (round: number) => rounds.slice(0, round - 1).reduce((n, r) => n + r.scans, 0);
const COPY = 1;
const constants = { modelJson: JSON.stringify(model.toJSON()), referenceJson: '{"kind":"uniform"}', seed: 7, sampler: '', replicas: R, scheme: 'deo', sweeps: 2, configDigest: 'digest-1' };

function spec(round: number) {
  const r = rounds[round - 1];
  return { betas: float64Bytes(Float64Array.from(r.betas)), scanStart: scanStart(round), scans: r.scans };
}

/** A unit for `round`, decoded from its bytes as a worker receives it. */
function unit(round: number, fields: Record<string, unknown>): UnitRequest {
  const { modelJson, referenceJson, ...rest } = constants;
  const pt = { ...rest, copy: COPY, ...spec(round), ...fields };
  const placement = fields.heldRound === 0 || fields.state !== undefined;
  const body = placement ? { ...pt, modelJson, referenceJson } : pt;
  return UnitRequest.decode(UnitRequest.encode(UnitRequest.create({ protocolVersion: PROTOCOL_VERSION, runId: 'run-a', unitId: round, attempt: 0, pt: body })).finish());
}

function run(store: PtCopyStore, request: UnitRequest, restore?: Parameters<typeof runPtUnit>[3]) {
  const result = UnitResult.create({ runId: request.runId, unitId: request.unitId });
  const held = runPtUnit(store, request, result, restore);
  return { pt: result.pt!, held };
}

/** The record's bytes and the state's bytes, for exact comparison (sweeps, a throughput figure, counts replayed rounds too). */
function bits(pt: UnitResult['pt']) {
  const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
  return {
    record: hex(wire.PtResult.encode({ ...pt!, state: null, sweeps: 0 }).finish()),
    state: pt!.state ? hex(wire.PtCopyState.encode(pt!.state).finish()) : undefined,
  };
}

/** Rounds 1..5 on one host, asking for the state after rounds 2 and 5. */
function direct() {
  const store = new PtCopyStore();
  const out = [];
  for (let round = 1; round <= 5; round++) out.push(run(store, unit(round, { heldRound: round - 1, wantState: round === 2 || round === 5 })));
  return out;
}

describe('PT units on a chain host', () => {
  const reference = direct();

  it('replays from the last full state to the undisturbed record and state', () => {
    const after2 = reference[1].pt.state!;
    const replay = [3, 4].map((r) => wire.PtRoundSpec.create(spec(r)));
    const moved = run(new PtCopyStore(), unit(5, { heldRound: 2, state: after2, replay, wantState: true }));
    expect(bits(moved.pt)).toEqual(bits(reference[4].pt));
    expect(moved.held.round).toBe(5);
    expect(moved.pt.sweeps).toBe(R * (rounds[2].scans + rounds[3].scans + rounds[4].scans) * constants.sweeps);
  });

  it('replays from the reference when no state came back yet', () => {
    const replay = [1, 2, 3].map((r) => wire.PtRoundSpec.create(spec(r)));
    const moved = run(new PtCopyStore(), unit(4, { heldRound: 0, replay }));
    expect(bits(moved.pt).record).toEqual(bits(reference[3].pt).record);
    expect(moved.pt.state ?? undefined).toBeUndefined();
  });

  it('refuses a round whose starting state it does not hold (wrong round or configuration)', () => {
    const store = new PtCopyStore();
    run(store, unit(1, { heldRound: 0 }));
    expect(() => run(store, unit(3, { heldRound: 2 }))).toThrow(expect.objectContaining({ name: 'PtStateMissing' }));
    expect(() => run(store, unit(2, { heldRound: 1, configDigest: 'another-run' }))).toThrow(expect.objectContaining({ name: 'PtStateMissing' }));
    // The refusals left the held copy alone: round 2 still runs on it.
    expect(bits(run(store, unit(2, { heldRound: 1, wantState: true })).pt)).toEqual(bits(reference[1].pt));
  });

  it('keeps the state after each round in its slab, and a fresh host continues from the slab', () => {
    const store = new PtCopyStore();
    let held;
    for (let round = 1; round <= 2; round++) held = run(store, unit(round, { heldRound: round - 1 })).held;
    const slab = readSlab(held!.slab);
    expect(slab.round).toBe(2);
    expect(slab.state).toEqual(copyStateFromWire(reference[1].pt.state!));
    const config = ptCopyConfig(unit(1, { heldRound: 0 }).pt as PtUnit);
    const fresh = new PtCopyStore();
    let last;
    for (let round = 3; round <= 5; round++) last = run(fresh, unit(round, { heldRound: round - 1, wantState: round === 5 }), round === 3 ? { slab: held!.slab, config } : undefined).pt;
    expect(bits(last)).toEqual(bits(reference[4].pt));
  });
});

/**
 * A PT unit on a chain host (worker/chain-host.ts): one round of one copy (core/pt/copy-round.ts),
 * run on the state the host holds, so only the round's acceptance counts and estimates go back (and the state only
 * when the coordinator asks for it, for its checkpoint).
 *
 * The unit names the state it starts from: the copy after `heldRound` rounds of its run. The
 * host uses the copy it holds, or the state the unit carries (a placement: the first round,
 * or a copy moved from a lost worker), then replays the rounds in `replay` (records
 * discarded) and runs the unit's round. Each round is a pure function of (state, betas, scan
 * start, scans), so a moved copy ends in the bits of the undisturbed one. Without either, the
 * unit fails with PtStateMissing and the coordinator sends the state.
 */
import type { ReferenceSpec } from '../../core/models/model.js';
import { createPtCopy, loadCopy, runCopyRound, saveCopy, type PtCopy } from '../../core/pt/copy-round.js';
import type { RoundRecord } from '../../core/pt/round-record.js';
import { steppingStone } from '../../core/pt/stepping-stone.js';
import { levelObservables } from '../../core/pt/observables.js';
import type { SwapScheme } from '../../core/pt/swap.js';
import { bytesFloat64, type PtUnit, type UnitRequest, type UnitResult } from '../../proto/messages.js';
import { copyStateFromWire, roundRecordToWire } from '../../proto/pt-wire.js';
import { modelFromWire } from '../model-cache.js';
import { PtStateMissingError, type HeldCopy, type PtCopyStore } from '../pt-copy-store.js';
import { allocateSlab, readSlab, writeSlab } from '../pt-state-slab.js';

/** What rebuilds a copy of a run: the fields of a placement unit that never change. */
export interface PtCopyConfig {
  modelJson: string;
  referenceJson: string;
  seed: number;
  sampler: string;
  replicas: number;
  configDigest: string;
}

/** A copy's last state in a slab that outlived the thread holding it, and how to rebuild it. */
export interface PtRestore {
  slab: SharedArrayBuffer;
  config: PtCopyConfig;
}

export function ptCopyConfig(unit: PtUnit): PtCopyConfig {
  return { modelJson: unit.modelJson, referenceJson: unit.referenceJson, seed: Number(unit.seed), sampler: unit.sampler, replicas: unit.replicas, configDigest: unit.configDigest };
}

function buildCopy(config: PtCopyConfig, copy: number): PtCopy {
  if (!config.modelJson) throw new RangeError(`PT copy ${copy}: a unit that carries or starts a copy's state needs its model`);
  const model = modelFromWire(config.modelJson);
  const path = model.temperedPath(JSON.parse(config.referenceJson || '{"kind":"uniform"}') as ReferenceSpec);
  return createPtCopy(path, config.seed, copy, config.replicas, config.sampler ? { sampler: config.sampler } : {});
}

/** The held copy the unit starts from (taken out of the store while it runs). */
function startingCopy(store: PtCopyStore, request: UnitRequest, unit: PtUnit, restore: PtRestore | undefined): HeldCopy {
  const digest = unit.configDigest;
  if (unit.state || unit.heldRound === 0) {
    const copy = buildCopy(ptCopyConfig(unit), unit.copy);
    if (unit.state) loadCopy(copy, copyStateFromWire(unit.state));
    return { digest, round: unit.heldRound, copy, slab: store.find(request.runId, unit.copy, digest, unit.heldRound)?.slab ?? allocateSlab(saveCopy(copy)) };
  }
  const held = store.find(request.runId, unit.copy, digest, unit.heldRound);
  if (held) return held;
  if (restore && restore.config.configDigest === digest) {
    const saved = readSlab(restore.slab);
    if (saved.round === unit.heldRound) {
      const copy = buildCopy(restore.config, unit.copy);
      loadCopy(copy, saved.state);
      return { digest, round: saved.round, copy, slab: restore.slab };
    }
  }
  throw new PtStateMissingError(`this worker holds no state of PT copy ${unit.copy} after round ${unit.heldRound}`);
}

/** Runs the unit and fills `result.pt`; returns the copy as now held (its slab has the new state). */
export function runPtUnit(store: PtCopyStore, request: UnitRequest, result: UnitResult, restore?: PtRestore): HeldCopy {
  const unit = request.pt as PtUnit; // decoded messages are full instances
  const held = startingCopy(store, request, unit, restore);
  // While it runs, the copy's state is no finished round's: out of the store until it is.
  store.drop(request.runId, unit.copy);
  const scheme = unit.scheme as SwapScheme;
  const rounds = [...unit.replay.map((r) => ({ betas: r.betas, scanStart: Number(r.scanStart ?? 0), scans: r.scans ?? 0 })), { betas: unit.betas, scanStart: Number(unit.scanStart), scans: unit.scans }];
  let record: RoundRecord | undefined;
  let betas = new Float64Array(0);
  let scans = 0;
  for (const round of rounds) {
    betas = Float64Array.from(bytesFloat64(round.betas));
    if (betas.length !== unit.replicas) throw new RangeError(`PT unit ${request.unitId}: ${betas.length} betas for ${unit.replicas} replicas`);
    record = runCopyRound(held.copy, { betas, scheme, scanStart: round.scanStart, scans: round.scans, sweeps: unit.sweeps });
    scans += round.scans;
  }
  const state = saveCopy(held.copy);
  held.round = unit.heldRound + rounds.length;
  writeSlab(held.slab, held.round, state);
  store.put(request.runId, unit.copy, held);
  // The estimates, not the per-scan series they read, go back: the same bits, far fewer bytes.
  const estimate = steppingStone(record!, held.copy.logZ0);
  const observables = unit.wantObservations ? levelObservables(record!, betas, held.copy.replicas[0].chains.size) : undefined;
  result.pt = roundRecordToWire(record!, estimate, unit.replicas * scans * unit.sweeps, { state: unit.wantState ? state : undefined, observables, series: unit.wantSeries });
  return held;
}

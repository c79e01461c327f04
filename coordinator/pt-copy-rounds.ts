/**
 * State-affine PT rounds: the coordinator's side. A copy's state stays on the worker that ran
 * its last round (on a chain host thread, worker/chain-host.ts), so a round sends only the
 * ladder and the scan start to that worker and gets only the round's record back. The full
 * state comes back every few rounds (`want state`), for the run folder's checkpoint and as
 * the copy's fallback. Placement, loss, replay and duplicates: coordinator/stateful-rounds.ts;
 * here only what a PT unit carries. Each round is a pure function of (state, betas, scan
 * start, scans), and the ladder of every round since the oldest full state is kept, so a
 * replayed copy ends in the bits of the undisturbed one.
 */
import { float64Bytes, wire, type UnitResult } from '../proto/messages.js';
import type { WirePtResult } from './pt-checkpoint.js';
import { StatefulRounds, type StatefulKind, type StatefulRoundsOptions } from './stateful-rounds.js';

export type { WorkerDirectory } from './stateful-rounds.js';

type WirePtCopyState = NonNullable<WirePtResult['state']>;

/** The fields of a PT unit that never change within a run (model, seed, sizes, scheme). */
export interface PtUnitConstants {
  modelJson: string;
  referenceJson: string;
  seed: number;
  sampler: string;
  replicas: number;
  scheme: string;
  sweeps: number;
  /** Names this configuration: a host holding a copy of another configuration never uses it. */
  configDigest: string;
}

export interface PtCopyRoundsOptions extends Omit<StatefulRoundsOptions, 'count'> {
  copies: number;
  constants: PtUnitConstants;
}

/** One round's parameters, kept for replays. */
interface RoundSpec {
  betas: Uint8Array;
  scanStart: number;
  scans: number;
}

/** What a round's replies carry beside the record and estimate (PtUnit's want_* fields). */
export interface RoundWants {
  /** The copies' states (checkpoints, the last round). */
  wantState: boolean;
  /** The observables' per-level estimates (the last round). */
  wantObservations: boolean;
  /** The per-scan observation series (the last round of a sample run). */
  wantSeries: boolean;
}

function ptKind(copies: number, k: PtUnitConstants): StatefulKind<RoundSpec, WirePtCopyState, RoundWants> {
  return {
    body: 'pt',
    label: 'PT copy',
    roundName: 'round',
    unitId: (round, copy) => (round - 1) * copies + copy,
    unit(copy, round, spec, want, placement) {
      const common = { seed: k.seed, sampler: k.sampler, copy, replicas: k.replicas, scheme: k.scheme, sweeps: k.sweeps, configDigest: k.configDigest, ...spec, ...want };
      if (!placement) return { ...common, heldRound: round - 1 };
      const { base, replay } = placement;
      return { ...common, modelJson: k.modelJson, referenceJson: k.referenceJson, heldRound: base.round, replay: replay.map((r) => wire.PtRoundSpec.create(r)), ...(base.state ? { state: base.state } : {}) };
    },
    fullState: (reply: UnitResult) => (reply.pt as WirePtResult).state ?? undefined,
  };
}

export class PtCopyRounds {
  private readonly rounds: StatefulRounds<RoundSpec, WirePtCopyState, RoundWants>;

  /** `restored`: the copies' states after `round` rounds (a resumed run). */
  constructor(options: PtCopyRoundsOptions, restored?: { round: number; states: WirePtCopyState[] }) {
    const { copies, constants, ...rest } = options;
    this.rounds = new StatefulRounds(ptKind(copies, constants), { ...rest, count: copies }, restored);
  }

  /** Run round `round` of every copy; replies in copy order, with what `want` asks for. */
  runRound(round: number, betas: Float64Array, scanStart: number, scans: number, want: RoundWants): Promise<UnitResult[]> {
    const spec = { betas: Uint8Array.from(float64Bytes(Float64Array.from(betas))), scanStart, scans };
    return this.rounds.runRound(round, spec, want);
  }
}

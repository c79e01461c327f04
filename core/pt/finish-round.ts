/**
 * The per-round coordinator step (no I/O, no clock; it advances the coordinator state in
 * place: ladder, round counter, index-process totals): from the round's records, the diagnostics (pooled
 * acceptance per pair, the global barrier, round trips), the stepping-stone estimate of every
 * copy and their pooled value, and, when adapting, the ladder for the next round
 * (schedule-adaptation.ts). The distributed runtime calls it at the round boundary.
 */
import type { PtCoordinatorState } from './coordinator.js';
import { meanAcceptance, type RoundRecord } from './round-record.js';
import { adaptLadder, estimateBarrier } from './schedule-adaptation.js';
import { steppingStone, type SteppingStoneEstimate } from './stepping-stone.js';

export interface PooledLogZ {
  logZ: number;
  stderr: number;
  logZForward: number;
  logZBackward: number;
  /** log Z(b_i) along the ladder, averaged over copies. */
  logZCurve: Float64Array;
}

export interface RoundSummary {
  /** 1-based round number. */
  round: number;
  scans: number;
  /** The ladder this round ran on. */
  betas: Float64Array;
  /** Mean swap acceptance probability per pair, pooled over copies. */
  swapAcceptance: Float64Array;
  globalBarrier: number;
  suggestedReplicas: number;
  roundTrips: number;
  restarts: number;
  copies: SteppingStoneEstimate[];
  pooled: PooledLogZ;
  /** The ladder for the next round (equal to `betas` when not adapting). */
  nextBetas: Float64Array;
}

/**
 * `estimates`: each copy's steppingStone(record, logZ0), when computed where the record was
 * made (a worker sends the estimate, not the per-scan series it comes from); the same
 * function of the same values, so the same bits.
 */
export function finishRound(state: PtCoordinatorState, records: RoundRecord[], logZ0: number, adapt: boolean, estimates?: readonly SteppingStoneEstimate[]): RoundSummary {
  const K = state.replicas - 1;
  const swapAcceptance = new Float64Array(K);
  let roundTrips = 0;
  let restarts = 0;
  for (let c = 0; c < state.copies; c++) {
    const acceptance = meanAcceptance(records[c]);
    for (let i = 0; i < K; i++) swapAcceptance[i] += acceptance[i] / state.copies;
    state.chains[c].roundTrips += records[c].roundTrips;
    state.chains[c].restarts += records[c].restarts;
    roundTrips += records[c].roundTrips;
    restarts += records[c].restarts;
  }
  const barrier = estimateBarrier(swapAcceptance);
  const copies = estimates ? [...estimates] : records.map((record) => steppingStone(record, logZ0));
  if (copies.length !== records.length) throw new RangeError(`finishRound: ${copies.length} estimates for ${records.length} records`);
  const betas = Float64Array.from(state.betas);
  const nextBetas = adapt ? adaptLadder(betas, swapAcceptance) : Float64Array.from(betas);
  state.betas = nextBetas;
  state.round++;
  return {
    round: state.round,
    scans: records[0].scans,
    betas,
    swapAcceptance,
    globalBarrier: barrier.globalBarrier,
    suggestedReplicas: barrier.suggestedReplicas,
    roundTrips,
    restarts,
    copies,
    pooled: poolCopies(copies),
    nextBetas,
  };
}

/**
 * Independent copies pool by their plain mean; the standard error of a mean of independent
 * estimates is sqrt(sum se_j^2) / k.
 */
export function poolCopies(copies: readonly SteppingStoneEstimate[]): PooledLogZ {
  const k = copies.length;
  let logZ = 0;
  let variance = 0;
  let logZForward = 0;
  let logZBackward = 0;
  const logZCurve = new Float64Array(copies[0].logZCurve.length);
  for (const estimate of copies) {
    logZ += estimate.logZ / k;
    logZForward += estimate.logZForward / k;
    logZBackward += estimate.logZBackward / k;
    variance += estimate.stderr * estimate.stderr;
    for (let i = 0; i < logZCurve.length; i++) logZCurve[i] += estimate.logZCurve[i] / k;
  }
  return { logZ, stderr: Math.sqrt(variance) / k, logZForward, logZBackward, logZCurve };
}

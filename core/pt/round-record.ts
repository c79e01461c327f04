/**
 * What one PT chain (one copy) records during one round, in ladder order: the raw material
 * of the round's estimators and of schedule adaptation. Plain typed arrays sized at the start
 * of the round, so recording allocates nothing and the record serialises as it is.
 *
 * Per scan t and pair i (ladder points i, i+1), with K pairs:
 *   forward[t K + i]  = logRatio(b_{i+1}, b_i) at the state at b_i      (x ~ pi_{b_i})
 *   backward[t K + i] = logRatio(b_i, b_{i+1}) at the state at b_{i+1}  (x ~ pi_{b_{i+1}})
 * and per scan t, ladder point j and observation o (see replica.ts):
 *   observations[(t (K + 1) + j) nObs + o].
 */

export interface RoundRecord {
  /** Scans the round will hold. */
  readonly capacity: number;
  /** Scans recorded so far. */
  scans: number;
  readonly pairs: number;
  readonly observationNames: readonly string[];
  readonly forward: Float64Array;
  readonly backward: Float64Array;
  readonly observations: Float64Array;
  /** Sum over scans of the swap acceptance probability min(1, exp(log alpha_i)), every pair every scan. */
  readonly acceptanceSum: Float64Array;
  /** Swaps proposed and accepted per pair (only the pairs of each scan's parity are proposed). */
  readonly proposed: Float64Array;
  readonly accepted: Float64Array;
  /** Index-process events during this round. */
  roundTrips: number;
  restarts: number;
}

export function createRoundRecord(capacity: number, pairs: number, observationNames: readonly string[]): RoundRecord {
  return {
    capacity,
    scans: 0,
    pairs,
    observationNames: [...observationNames],
    forward: new Float64Array(capacity * pairs),
    backward: new Float64Array(capacity * pairs),
    observations: new Float64Array(capacity * (pairs + 1) * observationNames.length),
    acceptanceSum: new Float64Array(pairs),
    proposed: new Float64Array(pairs),
    accepted: new Float64Array(pairs),
    roundTrips: 0,
    restarts: 0,
  };
}

/** Mean swap acceptance probability per pair over the round's scans. */
export function meanAcceptance(record: RoundRecord): Float64Array {
  const out = new Float64Array(record.pairs);
  for (let i = 0; i < record.pairs; i++) out[i] = record.scans > 0 ? record.acceptanceSum[i] / record.scans : Number.NaN;
  return out;
}

/** The series of observation `o` at ladder point `level` over the round's scans. */
export function observationSeries(record: RoundRecord, level: number, o: number): Float64Array {
  const nObs = record.observationNames.length;
  const out = new Float64Array(record.scans);
  for (let t = 0; t < record.scans; t++) out[t] = record.observations[(t * (record.pairs + 1) + level) * nObs + o];
  return out;
}

/**
 * One AIS unit: a batch of chains walked from the reference to the model (Neal 2001).
 *
 *   x_0 ~ pi_0;  for k = 1..K:  log w += log pi_{b_k}*(x_{k-1}) - log pi_{b_{k-1}}*(x_{k-1}),
 *                               then x_k ~ T_k(x_{k-1}, .) leaving pi_{b_k} invariant.
 *
 * The transition after the last weight update would not change any weight, so it is skipped.
 * `traceAt` lists schedule indices k at which the running log weights are recorded: from
 * them the coordinator draws log Z(b_k) along the path.
 */
import type { Rng } from '../rng/rng.js';
import type { TemperedPath, ChainOptions } from '../models/model.js';

export interface AisChainsInput {
  path: TemperedPath;
  betas: Float64Array;
  chains: number;
  sweeps: number;
  rng: Rng;
  /** Increasing schedule indices in [1, K] at which to record the running log weights. */
  traceAt?: Int32Array;
  chainOptions?: ChainOptions;
  /** Called after each temperature with the index k; for progress, never for results. */
  onStep?: (k: number) => void;
}

export interface AisChainsOutput {
  /** Final log weight of each chain. */
  logWeights: Float64Array;
  /** trace[j * chains + c]: chain c's log weight at schedule index traceAt[j]. */
  trace: Float64Array;
}

export function runAisChains(input: AisChainsInput): AisChainsOutput {
  const { path, betas, chains, sweeps, rng } = input;
  const traceAt = input.traceAt ?? new Int32Array(0);
  const set = path.createChains(chains, input.chainOptions);
  const logWeights = new Float64Array(chains);
  const increment = new Float64Array(chains);
  const trace = new Float64Array(traceAt.length * chains);
  set.drawReference(rng);
  let nextTrace = 0;
  const K = betas.length - 1;
  for (let k = 1; k <= K; k++) {
    set.logRatio(betas[k], betas[k - 1], increment);
    for (let c = 0; c < chains; c++) logWeights[c] += increment[c];
    if (nextTrace < traceAt.length && traceAt[nextTrace] === k) {
      trace.set(logWeights, nextTrace * chains);
      nextTrace++;
    }
    if (k < K) set.advance(rng, betas[k], sweeps);
    input.onStep?.(k);
  }
  return { logWeights, trace };
}

/** About `count` schedule indices spread evenly over 1..K (always including K). */
export function evenTraceIndices(K: number, count: number): Int32Array {
  const n = Math.max(1, Math.min(count, K));
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) out[j] = Math.max(1, Math.round(((j + 1) * K) / n));
  return out;
}

/**
 * Exact log Z of a pairwise spin model by visiting all 2^n states in Gray-code order: each
 * step flips one spin, so the log weight changes by -2 s_i f_i, where f_i = h_i + sum_j K_ij s_j
 * is the spin's local field, and only the fields of its neighbours change (O(degree) per
 * state). The local fields and the log weight are recomputed from scratch every block of
 * 2^12 states so rounding cannot drift; terms are summed per block against a running maximum
 * and the blocks are combined in log space.
 */
import { IntractableError } from '../errors.js';
import { MAX_ENUMERATION_SPINS, type PairwiseSpinModel } from './pairwise.js';
import { buildSpinGraph } from '../models/spin-graph.js';

const BLOCK_BITS = 12;

export function enumerateSpinLogZ(m: PairwiseSpinModel): number {
  const n = m.n;
  if (n > MAX_ENUMERATION_SPINS) {
    throw new IntractableError('model', 'n', `enumeration visits 2^n states and stops at ${MAX_ENUMERATION_SPINS} spins, this model has ${n}; use --method ais`);
  }
  if (m.fields.length !== n) throw new RangeError(`fields must have ${n} entries, got ${m.fields.length}`);
  const constant = m.constant ?? 0;
  if (n === 0) return constant;
  const { start, neighbour, coupling } = buildSpinGraph(n, m.couplings);
  const spins = new Int8Array(n).fill(-1);
  const field = new Float64Array(n);
  const states = 2 ** n;
  const block = Math.min(states, 2 ** BLOCK_BITS);
  const blockLogs: number[] = [];
  let logWeight = 0;
  for (let first = 0; first < states; first += block) {
    // Exact restart: the Gray code of `first` fixes the spins; fields and weight from scratch.
    const gray = first ^ (first >>> 1);
    for (let i = 0; i < n; i++) spins[i] = (Math.floor(gray / 2 ** i) & 1) === 1 ? 1 : -1;
    logWeight = 0;
    for (let i = 0; i < n; i++) {
      let f = m.fields[i];
      for (let e = start[i]; e < start[i + 1]; e++) f += coupling[e] * spins[neighbour[e]];
      field[i] = f;
      // Each pair is seen from both ends: half of K s_i s_j from each.
      logWeight += spins[i] * (m.fields[i] + 0.5 * (f - m.fields[i]));
    }
    let max = logWeight;
    let sum = 1;
    for (let t = first + 1; t < first + block; t++) {
      // Gray code step t flips the spin at the lowest set bit of t.
      const i = 31 - Math.clz32(t & -t);
      const s = spins[i];
      logWeight -= 2 * s * field[i];
      spins[i] = -s;
      for (let e = start[i]; e < start[i + 1]; e++) field[neighbour[e]] -= 2 * s * coupling[e];
      if (logWeight > max) {
        sum = sum * Math.exp(max - logWeight) + 1;
        max = logWeight;
      } else {
        sum += Math.exp(logWeight - max);
      }
    }
    blockLogs.push(max + Math.log(sum));
  }
  let top = -Infinity;
  for (const x of blockLogs) if (x > top) top = x;
  let total = 0;
  for (const x of blockLogs) total += Math.exp(x - top);
  return top + Math.log(total) + constant;
}

/**
 * The inner loops of RBM block Gibbs sampling on binary states. With 0/1 units a
 * matrix-vector product is a sum of matrix rows: W^T v adds the rows of W (nv x nh) for the
 * active visibles, W h adds the rows of W^T (nh x nv) for the active hiddens. Each loop
 * streams contiguous rows and only adds. When more than half the units are on, the sum runs
 * over the inactive rows instead, subtracted from the precomputed sum of all rows.
 */
import type { Rng } from '../../rng/rng.js';

/**
 * out[outOff + k] = bias[k] + sum over units u with state[stateOff + u] = 1 of M[u * width + k],
 * for k < width, where M has `units` rows of `width` numbers and rowSum[k] = sum_u M[u, k].
 * `active` is scratch of at least `units` entries.
 */
export function addActiveRows(
  M: Float64Array,
  rowSum: Float64Array,
  units: number,
  width: number,
  state: Uint8Array,
  stateOff: number,
  bias: Float64Array,
  out: Float64Array,
  outOff: number,
  active: Int32Array,
): void {
  let on = 0;
  for (let u = 0; u < units; u++) if (state[stateOff + u] !== 0) on++;
  const useComplement = on * 2 > units;
  let n = 0;
  for (let u = 0; u < units; u++) {
    if ((state[stateOff + u] !== 0) !== useComplement) active[n++] = u;
  }
  if (useComplement) {
    for (let k = 0; k < width; k++) out[outOff + k] = bias[k] + rowSum[k];
    addRows(M, width, active, n, -1, out, outOff);
  } else {
    for (let k = 0; k < width; k++) out[outOff + k] = bias[k];
    addRows(M, width, active, n, 1, out, outOff);
  }
}

/**
 * out[outOff + k] += sign * sum over t < n of M[rows[t] * width + k], sign = +1 or -1. Eight
 * (then four) rows go into each pass over `out`, so the output is loaded and stored once per
 * eight rows: V8 does not vectorise, and the saved memory traffic is most of what a plain loop
 * can gain.
 */
export function addRows(M: Float64Array, width: number, rows: Int32Array, n: number, sign: number, out: Float64Array, outOff: number): void {
  let t = 0;
  for (; t + 7 < n; t += 8) {
    const r0 = rows[t] * width, r1 = rows[t + 1] * width, r2 = rows[t + 2] * width, r3 = rows[t + 3] * width;
    const r4 = rows[t + 4] * width, r5 = rows[t + 5] * width, r6 = rows[t + 6] * width, r7 = rows[t + 7] * width;
    for (let k = 0; k < width; k++) out[outOff + k] += sign * (M[r0 + k] + M[r1 + k] + (M[r2 + k] + M[r3 + k]) + (M[r4 + k] + M[r5 + k] + (M[r6 + k] + M[r7 + k])));
  }
  for (; t + 3 < n; t += 4) {
    const r0 = rows[t] * width, r1 = rows[t + 1] * width, r2 = rows[t + 2] * width, r3 = rows[t + 3] * width;
    for (let k = 0; k < width; k++) out[outOff + k] += sign * (M[r0 + k] + M[r1 + k] + (M[r2 + k] + M[r3 + k]));
  }
  for (; t < n; t++) {
    const r0 = rows[t] * width;
    for (let k = 0; k < width; k++) out[outOff + k] += sign * M[r0 + k];
  }
}

/**
 * state[stateOff + k] ~ Bernoulli(sigmoid(logits[k])) for k < width. u < sigmoid(x) is tested
 * as u (1 + e^-x) < 1: no division, and e^-x = Infinity gives 0 as it should.
 */
export function sampleBernoulli(rng: Rng, logits: Float64Array, width: number, state: Uint8Array, stateOff: number): void {
  for (let k = 0; k < width; k++) state[stateOff + k] = rng.nextFloat() * (1 + Math.exp(-logits[k])) < 1 ? 1 : 0;
}

/**
 * The hidden half-step at b: h_j ~ Bernoulli(sigmoid(b a_j)), a = c + W^T v, listing the
 * units that changed in turnedOn[0..counts[0]) and turnedOff[0..counts[1]). Returns the
 * number of active units.
 */
export function sampleHiddenTracked(
  rng: Rng,
  activation: Float64Array,
  aOff: number,
  beta: number,
  nh: number,
  hidden: Uint8Array,
  hOff: number,
  turnedOn: Int32Array,
  turnedOff: Int32Array,
  counts: Int32Array,
): number {
  let active = 0;
  let nOn = 0;
  let nOff = 0;
  for (let j = 0; j < nh; j++) {
    const old = hidden[hOff + j];
    if (rng.nextFloat() * (1 + Math.exp(-beta * activation[aOff + j])) < 1) {
      if (old === 0) {
        hidden[hOff + j] = 1;
        turnedOn[nOn++] = j;
      }
      active++;
    } else if (old !== 0) {
      hidden[hOff + j] = 0;
      turnedOff[nOff++] = j;
    }
  }
  counts[0] = nOn;
  counts[1] = nOff;
  return active;
}

/**
 * The visible half-step at b: v_i ~ Bernoulli(sigmoid(b field_i + (1 - b) bA_i)) for i < nv,
 * with field = b + W h. In the same pass it returns bA.v in dots[0] and b.v in dots[1], and
 * lists the units that changed: turnedOn[0..counts[0]) and turnedOff[0..counts[1]). The
 * return value is the number of active units.
 */
export function sampleVisibleTracked(
  rng: Rng,
  field: Float64Array,
  fieldOff: number,
  beta: number,
  baseBias: Float64Array,
  visibleBias: Float64Array,
  nv: number,
  visible: Uint8Array,
  vOff: number,
  dots: Float64Array,
  turnedOn: Int32Array,
  turnedOff: Int32Array,
  counts: Int32Array,
): number {
  const baseScale = 1 - beta;
  let baseDot = 0;
  let biasDot = 0;
  let active = 0;
  let nOn = 0;
  let nOff = 0;
  for (let i = 0; i < nv; i++) {
    const x = beta * field[fieldOff + i] + baseScale * baseBias[i];
    const old = visible[vOff + i];
    if (rng.nextFloat() * (1 + Math.exp(-x)) < 1) {
      if (old === 0) {
        visible[vOff + i] = 1;
        turnedOn[nOn++] = i;
      }
      active++;
      baseDot += baseBias[i];
      biasDot += visibleBias[i];
    } else if (old !== 0) {
      visible[vOff + i] = 0;
      turnedOff[nOff++] = i;
    }
  }
  dots[0] = baseDot;
  dots[1] = biasDot;
  counts[0] = nOn;
  counts[1] = nOff;
  return active;
}

/** sum_k softplus(scale * x[off + k]), k < width, with softplus(y) = log(1 + e^y) kept accurate for large |y|. */
export function sumSoftplus(x: Float64Array, off: number, width: number, scale: number): number {
  let sum = 0;
  for (let k = 0; k < width; k++) {
    const y = scale * x[off + k];
    sum += y > 0 ? y + Math.log1p(Math.exp(-y)) : Math.log1p(Math.exp(y));
  }
  return sum;
}

/** sum_k [softplus(to * x[off + k]) - softplus(from * x[off + k])], in one pass. */
export function sumSoftplusDifference(x: Float64Array, off: number, width: number, to: number, from: number): number {
  let sum = 0;
  for (let k = 0; k < width; k++) {
    const a = x[off + k];
    const yt = to * a;
    const yf = from * a;
    sum += (yt > 0 ? yt + Math.log1p(Math.exp(-yt)) : Math.log1p(Math.exp(yt))) - (yf > 0 ? yf + Math.log1p(Math.exp(-yf)) : Math.log1p(Math.exp(yf)));
  }
  return sum;
}

/** sum_k w[k] * state[stateOff + k]. */
export function dotBinary(w: Float64Array, state: Uint8Array, stateOff: number, width: number): number {
  let sum = 0;
  for (let k = 0; k < width; k++) if (state[stateOff + k] !== 0) sum += w[k];
  return sum;
}

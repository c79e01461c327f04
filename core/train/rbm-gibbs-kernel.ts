/**
 * The reference (plain TypeScript, float64) training kernel: block Gibbs on binary visible
 * rows and the statistics of core/train/statistics.ts. Both half-steps exploit binary states:
 * W^T v is a sum of the rows of W at active visible units, and W h a sum of the rows of W^T at
 * active hidden units, so no multiplication by 0/1 is ever done (the kernel note).
 * The AssemblyScript kernel (assembly/rbm-train.ts) does the same in float32 with SIMD and is
 * tested against this one.
 */
import type { Rng } from '../rng/rng.js';
import type { RbmParams } from './rbm-params.js';
import type { Statistics } from './statistics.js';

/** Scratch owned by one kernel caller: W^T and per-row buffers (no allocation per row). */
export interface GibbsWorkspace {
  /** nh x nv, row-major: the transpose of W, built once per parameter set. */
  WT: Float64Array;
  /** nh: hidden pre-activations, then probabilities. */
  hidden: Float64Array;
  /** nv: visible pre-activations. */
  visible: Float64Array;
  /** Indices of the active units of the current row. */
  active: Int32Array;
}

export function gibbsWorkspace(params: RbmParams): GibbsWorkspace {
  const { nv, nh, W } = params;
  const WT = new Float64Array(nv * nh);
  for (let i = 0; i < nv; i++) for (let j = 0; j < nh; j++) WT[j * nv + i] = W[i * nh + j];
  return { WT, hidden: new Float64Array(nh), visible: new Float64Array(nv), active: new Int32Array(Math.max(nv, nh)) };
}

/** hidden <- P(h = 1 | v) for the row v[offset .. offset + nv); returns the active visible count. */
function hiddenProbabilities(params: RbmParams, ws: GibbsWorkspace, v: Uint8Array, offset: number): number {
  const { nv, nh, W, c } = params;
  const a = ws.hidden;
  const active = ws.active;
  a.set(c);
  let count = 0;
  for (let i = 0; i < nv; i++) {
    if (v[offset + i] === 0) continue;
    active[count++] = i;
    const row = i * nh;
    for (let j = 0; j < nh; j++) a[j] += W[row + j];
  }
  for (let j = 0; j < nh; j++) a[j] = 1 / (1 + Math.exp(-a[j]));
  return count;
}

/**
 * Adds the statistics of `rows` binary visible rows: sum v P(h|v)^T, sum v, sum P(h|v).
 * The positive phase on data; the negative phase on the final particles (using P(h|v) of
 * the final visible state rather than a sampled h: the same expectation, less noise).
 */
export function accumulateStatistics(params: RbmParams, ws: GibbsWorkspace, v: Uint8Array, rows: number, out: Statistics): void {
  const { nv, nh } = params;
  const p = ws.hidden;
  for (let r = 0; r < rows; r++) {
    const count = hiddenProbabilities(params, ws, v, r * nv);
    for (let j = 0; j < nh; j++) out.c[j] += p[j];
    for (let k = 0; k < count; k++) {
      const i = ws.active[k];
      out.b[i] += 1;
      const row = i * nh;
      for (let j = 0; j < nh; j++) out.w[row + j] += p[j];
    }
  }
  out.rows += rows;
}

/**
 * `k` block-Gibbs steps (h ~ P(h|v), then v ~ P(v|h)) on each of `rows` visible rows, in place.
 * Draws, per row and step: nh uniforms for h, then nv for v, in unit order.
 */
export function blockGibbs(params: RbmParams, ws: GibbsWorkspace, rng: Rng, v: Uint8Array, rows: number, k: number): void {
  const { nv, nh, b } = params;
  const p = ws.hidden;
  const e = ws.visible;
  const WT = ws.WT;
  const active = ws.active;
  for (let r = 0; r < rows; r++) {
    const offset = r * nv;
    for (let step = 0; step < k; step++) {
      hiddenProbabilities(params, ws, v, offset);
      let count = 0;
      for (let j = 0; j < nh; j++) if (rng.nextFloat() < p[j]) active[count++] = j;
      e.set(b);
      for (let m = 0; m < count; m++) {
        const row = active[m] * nv;
        for (let i = 0; i < nv; i++) e[i] += WT[row + i];
      }
      for (let i = 0; i < nv; i++) v[offset + i] = rng.nextFloat() < 1 / (1 + Math.exp(-e[i])) ? 1 : 0;
    }
  }
}

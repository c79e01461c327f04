/**
 * Chains for any pairwise model over binary (x in {0,1}) or spin (x in {-1,+1}) units:
 *   f(x) = 1/2 x^T W x + b.x   (W symmetric, zero diagonal),  log pi_b*(x) = b f(x),
 * from the uniform reference (b = 0, log Z0 = n log 2). The fully visible Boltzmann machine
 * (Ackley, Hinton & Sejnowski 1985) and the Hopfield network at temperature T (W/T) are both
 * this model.
 *
 * The kernel is the sequential Gibbs sweep (heat bath, sites 0..n-1 in order):
 *   binary: P(x_i = 1 | rest) = sigmoid(b g_i),  spin: P(s_i = +1 | rest) = sigmoid(2 b g_i),
 * with the local field g_i = sum_j W_ij x_j + b_i kept per chain and updated in O(n) when a
 * unit changes, so a sweep costs O(n) plus O(n) per change. At the end of every `advance`
 * (and whenever states are drawn or loaded) the fields are recomputed from the units, O(n^2)
 * per chain: rounding drift never accumulates, and everything the chains report is a function
 * of the units alone, so a chain restored from `saveState` continues bit for bit as the
 * original would have (DESIGN.md, determinism across checkpoints).
 */
import { sigmoid } from '../math/logspace.js';
import type { Rng } from '../rng/rng.js';
import type { ChainOptions, ChainSet, ReferenceSpec, TemperedPath } from './model.js';
import type { PairwiseSpinModel } from '../exact/pairwise.js';

export interface PairwiseParams {
  n: number;
  spin: boolean;
  /** n x n row-major, symmetric, zero diagonal. */
  W: Float64Array;
  b: Float64Array;
}

export class PairwiseGibbsChains implements ChainSet {
  readonly size: number;
  readonly observables = ['energy', 'mean_unit'] as const;
  /** count x n unit values, chain-major. */
  readonly units: Int8Array;
  /** count x n local fields g_i = (W x)_i + b_i. */
  readonly fields: Float64Array;

  /**
   * `firstFree`: units below it are clamped (never updated by `advance`): set them with
   * `clamp`, and the sweeps sample the rest from their conditional given the clamped ones.
   * This is the positive phase of Boltzmann-machine learning with hidden units (Ackley,
   * Hinton & Sejnowski 1985), where the visible units are the first ones.
   */
  constructor(readonly params: PairwiseParams, readonly count: number, readonly firstFree = 0) {
    this.size = params.n;
    this.units = new Int8Array(count * params.n);
    this.fields = new Float64Array(count * params.n);
  }

  drawReference(rng: Rng): void {
    const low = this.params.spin ? -1 : 0;
    for (let i = 0; i < this.units.length; i++) this.units[i] = rng.nextU32() & 1 ? 1 : low;
    for (let c = 0; c < this.count; c++) this.refreshFields(c);
  }

  /** Recompute chain c's local fields from its units. */
  refreshFields(c: number): void {
    const { n, W, b } = this.params;
    const base = c * n;
    for (let i = 0; i < n; i++) {
      let g = b[i];
      const row = i * n;
      for (let j = 0; j < n; j++) g += W[row + j] * this.units[base + j];
      this.fields[base + i] = g;
    }
  }

  /** f(x_c) = 1/2 x.(g + b), which equals 1/2 x^T W x + b.x. */
  private logWeightOf(c: number): number {
    const { n, b } = this.params;
    const base = c * n;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += this.units[base + i] * (this.fields[base + i] + b[i]);
    return 0.5 * sum;
  }

  logDensity(b: number, out: Float64Array): void {
    for (let c = 0; c < this.count; c++) out[c] = b * this.logWeightOf(c);
  }

  logRatio(bTo: number, bFrom: number, out: Float64Array): void {
    const db = bTo - bFrom;
    for (let c = 0; c < this.count; c++) out[c] = db * this.logWeightOf(c);
  }

  advance(rng: Rng, b: number, sweeps: number): void {
    const { n, W, spin } = this.params;
    const low = spin ? -1 : 0;
    const gain = spin ? 2 * b : b;
    const units = this.units;
    const fields = this.fields;
    for (let c = 0; c < this.count; c++) {
      const base = c * n;
      for (let t = 0; t < sweeps; t++) {
        for (let i = this.firstFree; i < n; i++) {
          const next = rng.nextDouble() < sigmoid(gain * fields[base + i]) ? 1 : low;
          const change = next - units[base + i];
          if (change === 0) continue;
          units[base + i] = next;
          const row = i * n;
          for (let j = 0; j < n; j++) fields[base + j] += W[row + j] * change;
        }
      }
      this.refreshFields(c);
    }
  }

  /** Set chain c's clamped units (the first `firstFree`) to `values` and rebuild its fields. */
  clamp(c: number, values: ArrayLike<number>): void {
    if (values.length !== this.firstFree) throw new RangeError(`clamp needs ${this.firstFree} values, got ${values.length}`);
    for (let i = 0; i < values.length; i++) this.units[c * this.size + i] = values[i];
    this.refreshFields(c);
  }

  observe(name: string, out: Float64Array): void {
    if (name === 'energy') {
      for (let c = 0; c < this.count; c++) out[c] = -this.logWeightOf(c);
      return;
    }
    if (name !== 'mean_unit') throw new RangeError(`pairwise chains have no observable ${name}`);
    const n = this.size;
    for (let c = 0; c < this.count; c++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += this.units[c * n + i];
      out[c] = sum / n;
    }
  }

  saveState(): Uint8Array {
    return new Uint8Array(this.units.buffer.slice(this.units.byteOffset, this.units.byteOffset + this.units.byteLength));
  }

  loadState(bytes: Uint8Array): void {
    if (bytes.length !== this.units.length) throw new RangeError(`pairwise state must be ${this.units.length} bytes, got ${bytes.length}`);
    this.units.set(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    for (let c = 0; c < this.count; c++) this.refreshFields(c);
  }

  stateOf(c: number): ArrayLike<number> {
    return this.units.subarray(c * this.size, (c + 1) * this.size);
  }
}

/** The pairwise form as an exact enumerator takes it: log w(s) = sum K s_i s_j + h.s + constant. */
export function pairwiseToSpinForm(params: PairwiseParams): PairwiseSpinModel {
  const { n, W, b, spin } = params;
  const couplings: Array<[number, number, number]> = [];
  const fields = new Float64Array(n);
  let constant = 0;
  // Binary units: x = (1 + s) / 2 (model-format.md "Equivalences"):
  // W_ij x_i x_j = W_ij/4 (1 + s_i + s_j + s_i s_j),  b_i x_i = b_i/2 (1 + s_i).
  const pairScale = spin ? 1 : 0.25;
  for (let i = 0; i < n; i++) {
    fields[i] = spin ? b[i] : b[i] / 2;
    if (!spin) constant += b[i] / 2;
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = W[i * n + j];
      if (w === 0) continue;
      couplings.push([i, j, pairScale * w]);
      if (!spin) {
        fields[i] += w / 4;
        fields[j] += w / 4;
        constant += w / 4;
      }
    }
  }
  return { n, couplings, fields, constant };
}

/** From the uniform distribution over all units to the pairwise model: log pi_b = b f(x). */
export class UniformPairwisePath implements TemperedPath {
  readonly logZ0: number;
  readonly reference: ReferenceSpec = { kind: 'uniform' };

  constructor(private readonly params: PairwiseParams, private readonly type: string) {
    this.logZ0 = params.n * Math.LN2;
  }

  createChains(count: number, options: ChainOptions = {}): ChainSet {
    const sampler = options.sampler ?? 'gibbs';
    if (sampler !== 'gibbs') throw new RangeError(`${this.type} has no sampler ${sampler}`);
    return new PairwiseGibbsChains(this.params, count);
  }
}

/**
 * Generic chains for a discrete custom energy (binary, spin, Potts), on the path from the
 * uniform distribution: log pi_b*(x) = -b E(x), log Z0 = dimension log q.
 *
 * Kernels visit the sites in order and recompute the energy from scratch for each candidate
 * value: O(q) energy calls per site, simple and correct for small models whose energy is
 * opaque. "heat-bath": draw x_i from P(v) proportional to exp(-b E(x with x_i = v)) (Gibbs; for
 * Potts, Swendsen & Wang's single-site counterpart). "metropolis": propose one of the other
 * q - 1 values uniformly, accept with min(1, exp(-b dE)) (Metropolis et al. 1953).
 */
import type { Rng } from '../rng/rng.js';
import type { ChainSet } from './model.js';
import type { CustomEnergy } from './custom-energy.js';

/** The value the k-th category stands for: binary and Potts k itself, spin -1 / +1. */
export function categoryValue(kind: CustomEnergy['kind'], k: number): number {
  return kind === 'spin' ? 2 * k - 1 : k;
}

export class CustomDiscreteChains implements ChainSet {
  readonly size: number;
  readonly observables = ['energy'] as const;
  /** count x dimension values, chain-major. */
  readonly x: Int32Array;
  private readonly views: Int32Array[];
  private readonly energies: Float64Array;
  private readonly q: number;
  private readonly values: Int32Array;
  private readonly candidate: Float64Array;
  private readonly candidateEnergy: Float64Array;

  constructor(readonly target: CustomEnergy, readonly count: number, readonly sampler: 'heat-bath' | 'metropolis') {
    const d = target.dimension;
    this.size = d;
    this.q = target.kind === 'potts' ? target.states! : 2;
    this.values = new Int32Array(this.q);
    for (let k = 0; k < this.q; k++) this.values[k] = categoryValue(target.kind, k);
    this.x = new Int32Array(count * d);
    this.views = Array.from({ length: count }, (_, c) => this.x.subarray(c * d, (c + 1) * d));
    this.energies = new Float64Array(count);
    this.candidate = new Float64Array(this.q);
    this.candidateEnergy = new Float64Array(this.q);
  }

  drawReference(rng: Rng): void {
    for (let k = 0; k < this.x.length; k++) this.x[k] = this.values[rng.nextInt(this.q)];
    for (let c = 0; c < this.count; c++) this.energies[c] = this.target.energy(this.views[c]);
  }

  logDensity(b: number, out: Float64Array): void {
    for (let c = 0; c < this.count; c++) out[c] = -b * this.energies[c];
  }

  logRatio(bTo: number, bFrom: number, out: Float64Array): void {
    for (let c = 0; c < this.count; c++) out[c] = -(bTo - bFrom) * this.energies[c];
  }

  advance(rng: Rng, b: number, sweeps: number): void {
    for (let c = 0; c < this.count; c++) {
      for (let t = 0; t < sweeps; t++) {
        if (this.sampler === 'heat-bath') this.heatBathSweep(rng, b, c);
        else this.metropolisSweep(rng, b, c);
      }
    }
  }

  private heatBathSweep(rng: Rng, b: number, c: number): void {
    const view = this.views[c];
    const { q, values, candidate, candidateEnergy } = this;
    for (let i = 0; i < this.size; i++) {
      let max = -Infinity;
      for (let k = 0; k < q; k++) {
        view[i] = values[k];
        candidateEnergy[k] = this.target.energy(view);
        candidate[k] = -b * candidateEnergy[k];
        if (candidate[k] > max) max = candidate[k];
      }
      let total = 0;
      for (let k = 0; k < q; k++) total += Math.exp(candidate[k] - max);
      let u = rng.nextDouble() * total;
      let chosen = q - 1;
      for (let k = 0; k < q; k++) {
        u -= Math.exp(candidate[k] - max);
        if (u < 0) {
          chosen = k;
          break;
        }
      }
      view[i] = values[chosen];
      this.energies[c] = candidateEnergy[chosen];
    }
  }

  private metropolisSweep(rng: Rng, b: number, c: number): void {
    const view = this.views[c];
    const { q, values } = this;
    for (let i = 0; i < this.size; i++) {
      const old = view[i];
      const oldIndex = values.indexOf(old);
      const shift = 1 + rng.nextInt(q - 1);
      view[i] = values[(oldIndex + shift) % q];
      const proposed = this.target.energy(view);
      const logAccept = -b * (proposed - this.energies[c]);
      if (logAccept >= 0 || Math.log(rng.nextDouble()) < logAccept) this.energies[c] = proposed;
      else view[i] = old;
    }
  }

  observe(name: string, out: Float64Array): void {
    if (name !== 'energy') throw new RangeError(`custom chains have no observable ${name}`);
    out.set(this.energies.subarray(0, this.count));
  }

  saveState(): Uint8Array {
    return new Uint8Array(this.x.buffer.slice(this.x.byteOffset, this.x.byteOffset + this.x.byteLength));
  }

  loadState(bytes: Uint8Array): void {
    if (bytes.length !== this.x.byteLength) throw new RangeError(`custom state must be ${this.x.byteLength} bytes, got ${bytes.length}`);
    new Uint8Array(this.x.buffer, this.x.byteOffset, this.x.byteLength).set(bytes);
    for (let c = 0; c < this.count; c++) this.energies[c] = this.target.energy(this.views[c]);
  }

  stateOf(c: number): ArrayLike<number> {
    return this.views[c];
  }
}

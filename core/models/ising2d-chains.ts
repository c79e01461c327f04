/**
 * Chains of the 2D Ising torus along the tempered path log pi_b*(s) = -b beta E(s).
 *
 * Each chain keeps two integers, the bond sum S = sum_bonds s_i s_j and the magnetisation
 * M = sum_i s_i, updated exactly by every kernel, so the energy E = -J S - h M costs nothing
 * to read and never drifts.
 *
 * Kernels (ChainOptions.sampler): 'metropolis' and 'heatbath' sweep in checkerboard order;
 * 'wolff' does one cluster update per "sweep" (see ising2d-wolff.ts), for h = 0, J > 0 only;
 * 'metropolis+wolff' does one Metropolis sweep then one cluster update per sweep: the local
 * sweep decorrelates small scales (where clusters are tiny, at high temperature), the cluster
 * the large ones (near the critical point, where local moves slow down).
 */
import type { Rng } from '../rng/rng.js';
import type { ChainSet } from './model.js';
import type { Ising2d } from './ising2d.js';
import { buildMetropolisTable, metropolisCheckerboardSweeps, METROPOLIS_TABLE_SIZE } from '../samplers/ising2d-metropolis.js';
import { buildHeatBathTable, heatBathCheckerboardSweeps, HEATBATH_TABLE_SIZE } from '../samplers/ising2d-heatbath.js';
import { createWolffScratch, wolffAddThreshold, wolffClusterUpdates, type WolffScratch } from '../samplers/ising2d-wolff.js';

export type Ising2dSampler = 'metropolis' | 'heatbath' | 'wolff' | 'metropolis+wolff';

export class Ising2dChains implements ChainSet {
  readonly size: number;
  readonly observables = ['energy', 'magnetisation', 'abs_magnetisation'] as const;
  /** count x N spins, chain-major. */
  readonly spins: Int8Array;
  /** Per chain: sum over bonds of s_i s_j, and sum of s_i. */
  readonly bondSum: Int32Array;
  readonly magnetisation: Int32Array;
  /** Spins flipped by Wolff clusters since creation (a diagnostic; 0 for other kernels). */
  clusterSpinsFlipped = 0;
  /** Thresholds (u32 scale) for the current b; rebuilt only when b changes. */
  private readonly metropolisTable = new Int32Array(METROPOLIS_TABLE_SIZE);
  private readonly heatBathTable = new Int32Array(HEATBATH_TABLE_SIZE);
  private tableB = Number.NaN;
  private wolffThreshold = 0;
  private readonly wolffScratch: WolffScratch | undefined;
  private readonly delta = new Int32Array(2);

  constructor(readonly model: Ising2d, readonly count: number, readonly sampler: Ising2dSampler = 'metropolis') {
    this.size = model.size;
    this.spins = new Int8Array(count * this.size);
    this.bondSum = new Int32Array(count);
    this.magnetisation = new Int32Array(count);
    this.wolffScratch = sampler.endsWith('wolff') ? createWolffScratch(model.rows, model.cols) : undefined;
  }

  drawReference(rng: Rng): void {
    const spins = this.spins;
    for (let i = 0; i < spins.length; i++) spins[i] = rng.nextU32() & 1 ? 1 : -1;
    for (let c = 0; c < this.count; c++) this.recount(c);
  }

  /** Recompute chain c's integer sums from its spins. */
  recount(c: number): void {
    const { rows, cols } = this.model;
    const base = c * this.size;
    const s = this.spins;
    let bonds = 0;
    let mag = 0;
    for (let r = 0; r < rows; r++) {
      const row = base + r * cols;
      const down = base + ((r + 1) % rows) * cols;
      for (let k = 0; k < cols; k++) {
        const x = s[row + k];
        bonds += x * (s[row + (k + 1 === cols ? 0 : k + 1)] + s[down + k]);
        mag += x;
      }
    }
    this.bondSum[c] = bonds;
    this.magnetisation[c] = mag;
  }

  energyOf(c: number): number {
    return -this.model.J * this.bondSum[c] - this.model.h * this.magnetisation[c];
  }

  logDensity(b: number, out: Float64Array): void {
    const scale = -b * this.model.beta;
    for (let c = 0; c < this.count; c++) out[c] = scale * this.energyOf(c);
  }

  logRatio(bTo: number, bFrom: number, out: Float64Array): void {
    const scale = -(bTo - bFrom) * this.model.beta;
    for (let c = 0; c < this.count; c++) out[c] = scale * this.energyOf(c);
  }

  advance(rng: Rng, b: number, sweeps: number): void {
    const { rows, cols, J, h, beta } = this.model;
    if (b !== this.tableB) {
      if (this.sampler.startsWith('metropolis')) buildMetropolisTable(this.metropolisTable, b * beta, J, h);
      if (this.sampler === 'heatbath') buildHeatBathTable(this.heatBathTable, b * beta, J, h);
      if (this.sampler.endsWith('wolff')) this.wolffThreshold = wolffAddThreshold(b * beta, J);
      this.tableB = b;
    }
    const delta = this.delta;
    for (let c = 0; c < this.count; c++) {
      const base = c * this.size;
      delta[0] = 0;
      delta[1] = 0;
      if (this.sampler === 'metropolis') metropolisCheckerboardSweeps(this.spins, base, rows, cols, this.metropolisTable, rng, delta, sweeps);
      else if (this.sampler === 'heatbath') heatBathCheckerboardSweeps(this.spins, base, rows, cols, this.heatBathTable, rng, delta, sweeps);
      else if (this.sampler === 'wolff') {
        this.clusterSpinsFlipped += wolffClusterUpdates(this.spins, base, rows, cols, this.wolffThreshold, rng, this.wolffScratch!, delta, sweeps);
      } else {
        for (let t = 0; t < sweeps; t++) {
          metropolisCheckerboardSweeps(this.spins, base, rows, cols, this.metropolisTable, rng, delta, 1);
          this.clusterSpinsFlipped += wolffClusterUpdates(this.spins, base, rows, cols, this.wolffThreshold, rng, this.wolffScratch!, delta, 1);
        }
      }
      this.bondSum[c] += delta[0];
      this.magnetisation[c] += delta[1];
    }
  }

  observe(name: string, out: Float64Array): void {
    for (let c = 0; c < this.count; c++) {
      if (name === 'energy') out[c] = this.energyOf(c);
      else if (name === 'magnetisation') out[c] = this.magnetisation[c] / this.size;
      else if (name === 'abs_magnetisation') out[c] = Math.abs(this.magnetisation[c]) / this.size;
      else throw new RangeError(`ising2d has no observable ${name}`);
    }
  }

  saveState(): Uint8Array {
    return new Uint8Array(this.spins.buffer.slice(this.spins.byteOffset, this.spins.byteOffset + this.spins.byteLength));
  }

  loadState(bytes: Uint8Array): void {
    if (bytes.length !== this.spins.length) throw new RangeError(`ising2d state must be ${this.spins.length} bytes, got ${bytes.length}`);
    const incoming = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let i = 0; i < incoming.length; i++) {
      if (incoming[i] !== 1 && incoming[i] !== -1) throw new RangeError(`ising2d state byte ${i} must be +1 or -1, got ${incoming[i]}`);
    }
    this.spins.set(incoming);
    for (let c = 0; c < this.count; c++) this.recount(c);
  }

  stateOf(c: number): ArrayLike<number> {
    return this.spins.subarray(c * this.size, (c + 1) * this.size);
  }
}

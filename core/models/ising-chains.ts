/**
 * Chains of an Ising model on a graph along the tempered path log pi_b*(s) = -b beta E(s).
 * The energy is tracked per chain as kernels move and recomputed exactly at the end of every
 * advance(), so rounding never accumulates across a long run.
 */
import type { Rng } from '../rng/rng.js';
import type { ChainSet } from './model.js';
import type { Ising } from './ising.js';
import { graphHeatBathSweeps, graphMetropolisSweeps } from '../samplers/ising-graph.js';

export type IsingSampler = 'metropolis' | 'heatbath';

export class IsingChains implements ChainSet {
  readonly size: number;
  readonly observables = ['energy', 'magnetisation'] as const;
  /** count x n spins, chain-major. */
  readonly spins: Int8Array;
  readonly energy: Float64Array;

  constructor(readonly model: Ising, readonly count: number, readonly sampler: IsingSampler = 'metropolis') {
    this.size = model.size;
    this.spins = new Int8Array(count * this.size);
    this.energy = new Float64Array(count);
  }

  drawReference(rng: Rng): void {
    const spins = this.spins;
    for (let i = 0; i < spins.length; i++) spins[i] = rng.nextU32() & 1 ? 1 : -1;
    for (let c = 0; c < this.count; c++) this.energy[c] = this.model.energyAt(spins, c * this.size);
  }

  logDensity(b: number, out: Float64Array): void {
    const scale = -b * this.model.beta;
    for (let c = 0; c < this.count; c++) out[c] = scale * this.energy[c];
  }

  logRatio(bTo: number, bFrom: number, out: Float64Array): void {
    const scale = -(bTo - bFrom) * this.model.beta;
    for (let c = 0; c < this.count; c++) out[c] = scale * this.energy[c];
  }

  advance(rng: Rng, b: number, sweeps: number): void {
    const { graph, fields, beta } = this.model;
    const betaEff = b * beta;
    for (let c = 0; c < this.count; c++) {
      const base = c * this.size;
      if (this.sampler === 'metropolis') graphMetropolisSweeps(graph, fields, this.spins, base, betaEff, rng, sweeps);
      else graphHeatBathSweeps(graph, fields, this.spins, base, betaEff, rng, sweeps);
      this.energy[c] = this.model.energyAt(this.spins, base);
    }
  }

  observe(name: string, out: Float64Array): void {
    for (let c = 0; c < this.count; c++) {
      if (name === 'energy') out[c] = this.energy[c];
      else if (name === 'magnetisation') {
        let m = 0;
        for (let i = c * this.size; i < (c + 1) * this.size; i++) m += this.spins[i];
        out[c] = m / this.size;
      } else throw new RangeError(`ising has no observable ${name}`);
    }
  }

  saveState(): Uint8Array {
    return new Uint8Array(this.spins.buffer.slice(this.spins.byteOffset, this.spins.byteOffset + this.spins.byteLength));
  }

  loadState(bytes: Uint8Array): void {
    if (bytes.length !== this.spins.length) throw new RangeError(`ising state must be ${this.spins.length} bytes, got ${bytes.length}`);
    const incoming = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let i = 0; i < incoming.length; i++) {
      if (incoming[i] !== 1 && incoming[i] !== -1) throw new RangeError(`ising state byte ${i} must be +1 or -1, got ${incoming[i]}`);
    }
    this.spins.set(incoming);
    for (let c = 0; c < this.count; c++) this.energy[c] = this.model.energyAt(this.spins, c * this.size);
  }

  stateOf(c: number): ArrayLike<number> {
    return this.spins.subarray(c * this.size, (c + 1) * this.size);
  }
}

/**
 * AIS / PT chains of a deep belief network. A DBN's joint is
 *   p(x_0, ..., x_L) = exp(-E_top(x_{L-1}, x_L)) / Z_top * prod_{k < L-1} p(x_k | x_{k+1}),
 * so the tempered path is the top RBM's path (Salakhutdinov & Murray 2008) with the directed
 * layers left untempered:
 *   pi_b(x) = pi_b^top(x_{L-1}) prod_k p(x_k | x_{k+1}).
 * Each directed factor sums to one, so Z_b is the top RBM's Z_b (and log Z of the DBN is
 * log Z_top), the AIS increment log pi_bTo - log pi_bFrom is the top RBM's alone, and a kernel
 * that moves x_{L-1} by the top RBM's Gibbs kernel and then redraws every lower layer from its
 * exact conditional (an ancestral pass, Hinton et al. 2006) leaves pi_b invariant.
 *
 * State: the top chains hold x_{L-1}; this set holds the lower layers, redrawn after every
 * advance and every reference draw. stateOf gives the data layer v = x_0 (what a sample of a
 * DBN is); saveState carries the top chains' bytes followed by the lower layers'.
 * Observables are the top RBM's (its free energy at x_{L-1} first).
 */
import type { Rng } from '../rng/rng.js';
import type { ChainSet } from '../models/model.js';
import type { Rbm } from '../models/rbm.js';
import { logChildGivenParent, sampleChild } from './dbn-directed.js';

export class DbnChains implements ChainSet {
  readonly size: number;
  readonly observables: readonly string[];
  /** lower[k]: count x n_k states of layer k (k = 0 is v), for k below the top RBM's visible layer. */
  readonly lower: Uint8Array[];
  private readonly field: Float64Array;
  private readonly directed: Float64Array;

  constructor(
    /** The stacked RBMs, bottom first; the last is the top RBM. */
    readonly layers: readonly Rbm[],
    /** Chains of the top RBM's path, over x_{L-1}. */
    readonly top: ChainSet,
  ) {
    this.size = layers[0].nv;
    this.observables = top.observables;
    this.lower = layers.slice(0, -1).map((rbm) => new Uint8Array(top.count * rbm.nv));
    this.field = new Float64Array(Math.max(...layers.map((rbm) => rbm.nv)));
    this.directed = new Float64Array(top.count);
  }

  get count(): number {
    return this.top.count;
  }

  drawReference(rng: Rng): void {
    this.top.drawReference(rng);
    this.sampleDown(rng);
  }

  logDensity(b: number, out: Float64Array): void {
    this.top.logDensity(b, out);
    this.directedLogProbability(this.directed);
    for (let c = 0; c < this.count; c++) out[c] += this.directed[c];
  }

  /** The directed factors do not depend on b: they cancel in the ratio. */
  logRatio(bTo: number, bFrom: number, out: Float64Array): void {
    this.top.logRatio(bTo, bFrom, out);
  }

  advance(rng: Rng, b: number, sweeps: number): void {
    this.top.advance(rng, b, sweeps);
    this.sampleDown(rng);
  }

  observe(name: string, out: Float64Array): void {
    this.top.observe(name, out);
  }

  saveState(): Uint8Array {
    const top = this.top.saveState();
    const out = new Uint8Array(top.length + this.lower.reduce((n, layer) => n + layer.length, 0));
    out.set(top, 0);
    let at = top.length;
    for (const layer of this.lower) {
      out.set(layer, at);
      at += layer.length;
    }
    return out;
  }

  loadState(bytes: Uint8Array): void {
    const lowerBytes = this.lower.reduce((n, layer) => n + layer.length, 0);
    if (bytes.length <= lowerBytes) throw new RangeError(`dbn state must be longer than its ${lowerBytes} bytes of lower layers, got ${bytes.length}`);
    const topLength = bytes.length - lowerBytes;
    this.top.loadState(bytes.subarray(0, topLength));
    let at = topLength;
    for (const layer of this.lower) {
      layer.set(bytes.subarray(at, at + layer.length));
      at += layer.length;
    }
  }

  stateOf(c: number): ArrayLike<number> {
    if (this.lower.length === 0) return this.top.stateOf(c);
    return this.lower[0].subarray(c * this.size, (c + 1) * this.size);
  }

  /** Redraw every layer below the top RBM from its parent, top down (one ancestral pass). */
  private sampleDown(rng: Rng): void {
    const L = this.layers.length;
    for (let c = 0; c < this.count; c++) {
      for (let k = L - 2; k >= 0; k--) {
        const rbm = this.layers[k];
        const [parent, parentOffset] = k === L - 2 ? [this.top.stateOf(c), 0] : [this.lower[k + 1], c * rbm.nh];
        sampleChild(rbm, parent, parentOffset, this.lower[k], c * rbm.nv, this.field, rng);
      }
    }
  }

  /** out[c] = sum_k log p(x_k | x_{k+1}) over the directed layers of chain c. */
  private directedLogProbability(out: Float64Array): void {
    const L = this.layers.length;
    for (let c = 0; c < this.count; c++) {
      let total = 0;
      for (let k = L - 2; k >= 0; k--) {
        const rbm = this.layers[k];
        const [parent, parentOffset] = k === L - 2 ? [this.top.stateOf(c), 0] : [this.lower[k + 1], c * rbm.nh];
        total += logChildGivenParent(rbm, this.lower[k], c * rbm.nv, parent, parentOffset, this.field);
      }
      out[c] = total;
    }
  }
}

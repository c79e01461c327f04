/**
 * A batch of RBM chains over the visible units (hidden units summed out), walking the path of
 * Salakhutdinov & Murray (2008) from a base-rate model with visible biases bA:
 *
 *   log p_b*(v) = (1 - b) bA.v + b b.v + sum_j softplus(b (c_j + (W^T v)_j)).
 *
 * The transition at b is block Gibbs on the joint: h ~ sigmoid(b (c + W^T v)), then
 * v ~ sigmoid((1 - b) bA + b (b + W h)). It is reversible for the visible marginal, which
 * reverse AIS and RAISE rely on.
 *
 * Each chain caches the hidden activations a = c + W^T v and the dot products bA.v and b.v
 * of its current state. They change only when the state does (advance, drawReference,
 * setStates), so logRatio and logDensity never touch W.
 */
import type { Rng } from '../../rng/rng.js';
import type { ChainSet } from '../model.js';
import type { Rbm } from '../rbm.js';
import { addActiveRows, dotBinary, sampleBernoulliLogits, sampleVisibleWithDots, sumSoftplus, sumSoftplusDifference } from './rbm-kernels.js';

/** Chains per block in advance(); also the order in which they draw random numbers. */
export const CHAIN_BLOCK = 16;

export class RbmChains implements ChainSet {
  readonly size: number;
  readonly observables = ['free_energy', 'mean_activity'] as const;
  /** count x nv visible states, chain-major, each 0 or 1. */
  readonly visible: Uint8Array;
  /** count x nh: the hidden sample of the last transition. */
  readonly hidden: Uint8Array;
  /** count x nh: c + W^T v for the current visible states. */
  readonly activation: Float64Array;
  /** Per chain: bA.v and b.v for the current visible states. */
  readonly baseDot: Float64Array;
  readonly biasDot: Float64Array;
  /** CHAIN_BLOCK x nv: the visible fields of one block of chains. */
  private readonly field: Float64Array;
  private readonly active: Int32Array;
  private readonly dots = new Float64Array(2);

  constructor(
    readonly model: Rbm,
    /** Visible biases of the base-rate reference. */
    readonly baseBias: Float64Array,
    readonly count: number,
  ) {
    const { nv, nh } = model;
    this.size = nv;
    this.visible = new Uint8Array(count * nv);
    this.hidden = new Uint8Array(count * nh);
    this.activation = new Float64Array(count * nh);
    this.baseDot = new Float64Array(count);
    this.biasDot = new Float64Array(count);
    this.field = new Float64Array(CHAIN_BLOCK * nv);
    this.active = new Int32Array(Math.max(nv, nh));
  }

  drawReference(rng: Rng): void {
    const { nv } = this.model;
    for (let c = 0; c < this.count; c++) {
      sampleBernoulliLogits(rng, this.baseBias, 0, 1, null, 0, nv, this.visible, c * nv);
      this.refresh(c);
    }
  }

  /** Start every chain from given visible states (count x nv values, each 0 or 1). */
  setStates(states: ArrayLike<number>): void {
    if (states.length !== this.visible.length) throw new RangeError(`rbm chain states must have ${this.visible.length} entries, got ${states.length}`);
    for (let i = 0; i < states.length; i++) {
      const x = states[i];
      if (x !== 0 && x !== 1) throw new RangeError(`rbm visible states must be 0 or 1, got ${x} at ${i}`);
      this.visible[i] = x;
    }
    for (let c = 0; c < this.count; c++) this.refresh(c);
  }

  /** Recompute chain c's cached activations and dot products from its visible state. */
  private refresh(c: number): void {
    const { nv, nh, W, rowSumW, b, c: hiddenBias } = this.model;
    const off = c * nv;
    addActiveRows(W, rowSumW, nv, nh, this.visible, off, hiddenBias, this.activation, c * nh, this.active);
    this.baseDot[c] = dotBinary(this.baseBias, this.visible, off, nv);
    this.biasDot[c] = dotBinary(b, this.visible, off, nv);
  }

  logDensity(beta: number, out: Float64Array): void {
    const nh = this.model.nh;
    for (let c = 0; c < this.count; c++) {
      out[c] = (1 - beta) * this.baseDot[c] + beta * this.biasDot[c] + sumSoftplus(this.activation, c * nh, nh, beta);
    }
  }

  logRatio(bTo: number, bFrom: number, out: Float64Array): void {
    const nh = this.model.nh;
    const db = bTo - bFrom;
    for (let c = 0; c < this.count; c++) {
      out[c] = db * (this.biasDot[c] - this.baseDot[c]) + sumSoftplusDifference(this.activation, c * nh, nh, bTo, bFrom);
    }
  }

  /**
   * Chains advance in blocks of CHAIN_BLOCK, each half-step done for the whole block before the
   * next, so the rows of W touched by one chain are still cached for the next. The block size
   * fixes the order of random draws, so it is a constant, never a tuning knob.
   */
  advance(rng: Rng, beta: number, sweeps: number): void {
    const { nv, nh, W, WT, rowSumW, rowSumWT, b, c: hiddenBias } = this.model;
    const { visible, hidden, activation, field, active, baseBias, dots } = this;
    for (let c0 = 0; c0 < this.count; c0 += CHAIN_BLOCK) {
      const c1 = Math.min(this.count, c0 + CHAIN_BLOCK);
      for (let s = 0; s < sweeps; s++) {
        for (let c = c0; c < c1; c++) sampleBernoulliLogits(rng, activation, c * nh, beta, null, 0, nh, hidden, c * nh);
        // field = b + W h; v ~ sigmoid(beta field + (1 - beta) bA).
        for (let c = c0; c < c1; c++) addActiveRows(WT, rowSumWT, nh, nv, hidden, c * nh, b, field, (c - c0) * nv, active);
        for (let c = c0; c < c1; c++) {
          sampleVisibleWithDots(rng, field, (c - c0) * nv, beta, baseBias, b, nv, visible, c * nv, dots);
          this.baseDot[c] = dots[0];
          this.biasDot[c] = dots[1];
        }
        for (let c = c0; c < c1; c++) addActiveRows(W, rowSumW, nv, nh, visible, c * nv, hiddenBias, activation, c * nh, active);
      }
    }
  }

  observe(name: string, out: Float64Array): void {
    const { nv, nh } = this.model;
    if (name === 'free_energy') {
      // F(v) = -b.v - sum_j softplus(c_j + (W^T v)_j), at the model's own parameters.
      for (let c = 0; c < this.count; c++) out[c] = -this.biasDot[c] - sumSoftplus(this.activation, c * nh, nh, 1);
    } else if (name === 'mean_activity') {
      for (let c = 0; c < this.count; c++) {
        let on = 0;
        for (let i = c * nv; i < (c + 1) * nv; i++) on += this.visible[i];
        out[c] = on / nv;
      }
    } else {
      throw new RangeError(`rbm has no observable ${name}`);
    }
  }

  saveState(): Uint8Array {
    return this.visible.slice();
  }

  loadState(bytes: Uint8Array): void {
    if (bytes.length !== this.visible.length) throw new RangeError(`rbm state must be ${this.visible.length} bytes, got ${bytes.length}`);
    this.setStates(bytes);
  }

  stateOf(c: number): ArrayLike<number> {
    return this.visible.subarray(c * this.size, (c + 1) * this.size);
  }
}

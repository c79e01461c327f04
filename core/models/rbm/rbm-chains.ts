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
 * setStates), so logRatio and logDensity never touch W. advance() updates a by the rows of
 * the visibles that flipped when that is cheaper than a fresh sum, and the visible fields
 * b + W h by the hiddens that flipped; the rounding this adds is ~1e-16 per update, far below
 * anything AIS can see, and the order of operations is fixed, so results stay bitwise
 * reproducible.
 */
import type { Rng } from '../../rng/rng.js';
import type { ChainSet } from '../model.js';
import type { Rbm } from '../rbm.js';
import { addActiveRows, addRows, dotBinary, sampleBernoulli, sampleHiddenTracked, sampleVisibleTracked, sumSoftplus, sumSoftplusDifference } from './rbm-kernels.js';

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
  /** count x nv: b + W h for each chain's last hidden sample, valid where fieldValid[c] = 1. */
  readonly field: Float64Array;
  private readonly fieldValid: Uint8Array;
  private readonly active: Int32Array;
  private readonly dots = new Float64Array(2);
  private readonly turnedOn: Int32Array;
  private readonly turnedOff: Int32Array;
  private readonly flips = new Int32Array(2);

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
    this.field = new Float64Array(count * nv);
    this.fieldValid = new Uint8Array(count);
    this.active = new Int32Array(Math.max(nv, nh));
    // Flip lists serve both layers.
    this.turnedOn = new Int32Array(Math.max(nv, nh));
    this.turnedOff = new Int32Array(Math.max(nv, nh));
  }

  drawReference(rng: Rng): void {
    const { nv } = this.model;
    for (let c = 0; c < this.count; c++) {
      sampleBernoulli(rng, this.baseBias, nv, this.visible, c * nv);
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
   * Each half-step recomputes a field as a sum over active rows (rbm-kernels.ts), or updates
   * it by the rows of the units that flipped when those are fewer: late in AIS, and on trained
   * models whose units saturate, few flip.
   */
  advance(rng: Rng, beta: number, sweeps: number): void {
    const { nv, nh, W, WT, rowSumW, rowSumWT, b, c: hiddenBias } = this.model;
    const { visible, hidden, activation, field, fieldValid, active, baseBias, dots, turnedOn, turnedOff, flips } = this;
    for (let c = 0; c < this.count; c++) {
      const vOff = c * nv;
      const hOff = c * nh;
      for (let s = 0; s < sweeps; s++) {
        // h ~ sigmoid(beta a); then field = b + W h.
        const hOn = sampleHiddenTracked(rng, activation, hOff, beta, nh, hidden, hOff, turnedOn, turnedOff, flips);
        if (fieldValid[c] !== 0 && flips[0] + flips[1] < Math.min(hOn, nh - hOn)) {
          addRows(WT, nv, turnedOn, flips[0], 1, field, vOff);
          addRows(WT, nv, turnedOff, flips[1], -1, field, vOff);
        } else {
          addActiveRows(WT, rowSumWT, nh, nv, hidden, hOff, b, field, vOff, active);
          fieldValid[c] = 1;
        }
        // v ~ sigmoid(beta field + (1 - beta) bA); then a = c + W^T v.
        const vOn = sampleVisibleTracked(rng, field, vOff, beta, baseBias, b, nv, visible, vOff, dots, turnedOn, turnedOff, flips);
        this.baseDot[c] = dots[0];
        this.biasDot[c] = dots[1];
        if (flips[0] + flips[1] < Math.min(vOn, nv - vOn)) {
          addRows(W, nh, turnedOn, flips[0], 1, activation, hOff);
          addRows(W, nh, turnedOff, flips[1], -1, activation, hOff);
        } else {
          addActiveRows(W, rowSumW, nv, nh, visible, vOff, hiddenBias, activation, hOff, active);
        }
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

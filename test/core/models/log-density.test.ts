/**
 * Model.logDensityOf against exact log Z: summed over every state, exp(log p*(x) - log Z) must
 * be 1. Catches a missing beta, a sign slip, or a density that does not match the log Z the
 * model's own exact method (an independent formula) computes.
 */
import { describe, expect, it } from 'vitest';
import { logSumExp } from '../../../core/math/logspace.js';
import type { Model } from '../../../core/models/model.js';
import { modelFromJson } from '../../../core/models/model-file.js';
import { bits, randomRbm } from './rbm-helpers.js';

function enumeratedLogZ(model: Model, spin: boolean): number {
  const n = model.size;
  const terms: number[] = [];
  for (let x = 0; x < 2 ** n; x++) terms.push(model.logDensityOf!(Array.from(bits(x, n), (b) => (spin ? 2 * b - 1 : b))));
  return logSumExp(terms);
}

describe('logDensityOf', () => {
  it('rbm: -F(v), normalised by the exact log Z', () => {
    const model = randomRbm(9, 4, 1, 3);
    expect(enumeratedLogZ(model, false)).toBeCloseTo(model.exactLogZ().logZ, 10);
    expect(model.logDensityOf(bits(5, 9))).toBe(-model.freeEnergy(bits(5, 9)));
  });

  it('ising2d (3 x 4, field): -beta E(s), normalised by the transfer-matrix log Z', () => {
    const model = modelFromJson({ type: 'ising2d', rows: 3, cols: 4, J: 0.7, h: 0.3, beta: 0.9 }, 'm');
    expect(enumeratedLogZ(model, true)).toBeCloseTo(model.exactLogZ().logZ, 10);
  });

  it('ising (graph): -beta E(s), normalised by the exact log Z', () => {
    const model = modelFromJson({ type: 'ising', n: 5, couplings: [[0, 1, 1], [1, 2, -0.5], [2, 3, 0.8], [3, 4, 0.2], [4, 0, -1.1]], fields: [0.1, -0.2, 0, 0.3, 0], beta: 1.3 }, 'm');
    expect(enumeratedLogZ(model, true)).toBeCloseTo(model.exactLogZ().logZ, 10);
  });

  it('refuses states of the wrong length or with values outside the units', () => {
    const rbm = randomRbm(3, 2, 1, 4);
    expect(() => rbm.logDensityOf([0, 1])).toThrow(RangeError);
    expect(() => rbm.logDensityOf([0, 1, -1])).toThrow(/value -1 at position 2: this model's units take 0 or 1/);
    const ising = modelFromJson({ type: 'ising2d', rows: 3, cols: 3, beta: 0.5 }, 'm');
    expect(() => ising.logDensityOf!(new Array(9).fill(0))).toThrow(/take -1 or 1/);
  });
});

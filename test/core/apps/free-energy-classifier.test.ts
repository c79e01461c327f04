import { describe, expect, it } from 'vitest';
import { accuracy, fitClassOffsets, freeEnergyMatrix, meanConditionalLogLik, offsetsFromLogZ, predictClasses } from '../../../core/apps/free-energy-classifier.js';
import { Rbm } from '../../../core/models/rbm.js';
import { streamRng, type Rng } from '../../../core/rng/rng.js';
import { bits, randomRbm } from '../models/rbm-helpers.js';

const NV = 6;
const PRIORS = [0.5, 0.3, 0.2];

/**
 * Three 6x3 RBMs. Class 2's has a fourth hidden unit with bias 8 and no weights: it is on in
 * every state, adds softplus(8) to log Z and -softplus(8) to every F, and leaves the
 * distribution unchanged — so the plain free-energy rule prefers class 2 everywhere.
 */
function classModels(): Rbm[] {
  const models = [0, 1].map((k) => randomRbm(NV, 3, 1.5, 100 + k));
  const base = randomRbm(NV, 3, 1.5, 102);
  const W = new Float64Array(NV * 4);
  for (let i = 0; i < NV; i++) for (let j = 0; j < 3; j++) W[i * 4 + j] = base.W[i * 3 + j];
  models.push(new Rbm(NV, 4, W, base.b, Float64Array.from([...base.c, 8]), 'inflated'));
  return models;
}

/** Exact p_k(v) over the 2^6 states. */
function exactProbabilities(model: Rbm): Float64Array {
  const logZ = model.exactLogZ().logZ;
  return Float64Array.from({ length: 2 ** NV }, (_, x) => Math.exp(-model.freeEnergy(bits(x, NV)) - logZ));
}

function pick(rng: Rng, probs: ArrayLike<number>): number {
  let u = rng.nextDouble();
  for (let i = 0; i < probs.length - 1; i++) if ((u -= probs[i]) < 0) return i;
  return probs.length - 1;
}

/** n exact draws (y ~ PRIORS, v ~ p_y) from the class models. */
function sample(models: Rbm[], n: number, stream: number): { data: Uint8Array; labels: Uint8Array } {
  const probs = models.map(exactProbabilities);
  const rng = streamRng(3, 'test.classify', stream);
  const data = new Uint8Array(n * NV);
  const labels = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    labels[r] = pick(rng, PRIORS);
    data.set(bits(pick(rng, probs[labels[r]]), NV), r * NV);
  }
  return { data, labels };
}

describe('classification by free energy', () => {
  const models = classModels();
  const logZ = models.map((m) => m.exactLogZ().logZ);
  const n = 20000;
  const validation = sample(models, n, 0);
  const test = sample(models, n, 1);
  const fValidation = freeEnergyMatrix(models, validation.data, n, NV);
  const fTest = freeEnergyMatrix(models, test.data, n, NV);
  // The Bayes-optimal accuracy, by enumeration: sum_v max_k pi_k p_k(v).
  const probs = models.map(exactProbabilities);
  let bayes = 0;
  for (let x = 0; x < 2 ** NV; x++) bayes += Math.max(...PRIORS.map((p, k) => p * probs[k][x]));
  const accuracyStderr = Math.sqrt((bayes * (1 - bayes)) / n);

  it('fills the free-energy matrix example-major, one column per class', () => {
    for (const r of [0, 17, n - 1]) {
      for (let k = 0; k < 3; k++) expect(fTest[r * 3 + k]).toBe(models[k].freeEnergy(test.data.subarray(r * NV, (r + 1) * NV)));
    }
  });

  // Catches a sign slip in the Bayes rule (-F - log Z) or offsets applied to the wrong class.
  it('reaches the enumerated Bayes accuracy with exact log Z, and the plain rule does not', () => {
    const exactRule = accuracy(predictClasses(fTest, 3, offsetsFromLogZ(logZ, PRIORS)), test.labels);
    expect(Math.abs(exactRule - bayes)).toBeLessThan(4 * accuracyStderr);
    const plain = accuracy(predictClasses(fTest, 3), test.labels);
    expect(plain).toBeLessThan(bayes - 0.2); // class 2 (20%) wins nearly everywhere
  });

  // The fitted offsets estimate -log Z_k + log pi_k up to a common constant, and the slope 1;
  // the tolerance is 4 standard errors from the observed information. Catches a wrong gradient
  // or information matrix (no convergence) and a free energy entering with the wrong sign.
  it('fits offsets on validation data that recover -log Z_k + log pi_k and the Bayes accuracy', () => {
    const truth = offsetsFromLogZ(logZ, PRIORS);
    for (const fitScale of [true, false]) {
      const fitted = fitClassOffsets(fValidation, validation.labels, 3, { fitScale });
      for (let k = 1; k < 3; k++) {
        expect(fitted.stderr[k]).toBeGreaterThan(0);
        expect(fitted.stderr[k]).toBeLessThan(0.2);
        expect(Math.abs(fitted.rawOffsets[k] - (truth[k] - truth[0]))).toBeLessThan(4 * fitted.stderr[k]);
      }
      if (fitScale) {
        expect(fitted.stderr[0]).toBeGreaterThan(0);
        expect(Math.abs(fitted.scale - 1)).toBeLessThan(4 * fitted.stderr[0]);
      } else {
        expect(fitted.scale).toBe(1);
        expect(Array.from(fitted.offsets)).toEqual(Array.from(fitted.rawOffsets));
      }
    }
    const fitted = fitClassOffsets(fValidation, validation.labels, 3);
    const fittedRule = accuracy(predictClasses(fTest, 3, fitted.offsets), test.labels);
    expect(Math.abs(fittedRule - bayes)).toBeLessThan(4 * accuracyStderr);
    // A maximum: moving any offset lowers the conditional likelihood.
    const best = meanConditionalLogLik(fValidation, validation.labels, 3, fitted.offsets, fitted.scale);
    for (let k = 1; k < 3; k++) {
      for (const d of [-0.01, 0.01]) {
        const moved = Float64Array.from(fitted.offsets);
        moved[k] += d;
        expect(meanConditionalLogLik(fValidation, validation.labels, 3, moved, fitted.scale)).toBeLessThan(best);
        expect(meanConditionalLogLik(fValidation, validation.labels, 3, fitted.offsets, fitted.scale * (1 + d))).toBeLessThan(best);
      }
    }
  });

  it('absorbs a shift of one class free energy into that class offset exactly', () => {
    const a = fitClassOffsets(fValidation, validation.labels, 3);
    const shifted = Float64Array.from(fValidation, (f, i) => (i % 3 === 1 ? f + 5 : f));
    const b = fitClassOffsets(shifted, validation.labels, 3);
    expect(b.offsets[1] - a.offsets[1]).toBeCloseTo(5, 8);
    expect(b.offsets[2]).toBeCloseTo(a.offsets[2], 8);
  });

  it('refuses labels outside the classes and classes with no example', () => {
    expect(() => fitClassOffsets(new Float64Array(6), [0, 3], 3)).toThrow(/label 3/);
    expect(() => fitClassOffsets(new Float64Array(6), [0, 1], 3)).toThrow(/class 2 has no validation example/);
    expect(() => accuracy([1], [])).toThrow(/as many/);
  });
});

/**
 * The dbn model type (core/models/dbn.ts) against exact answers: the model file round-trips
 * and refuses bad fields; log p(v) from Dbn.logDensityOf and log Z agree with a brute-force sum
 * over every (v, h1, h2) of the joint; the variational lower bound (S&M 2008) lies below the
 * exact log p(v) and equals it when q is the exact posterior; AIS along the DBN's tempered path
 * finds log Z_top; its chains at b = 1 sample p(v).
 */
import { describe, expect, it } from 'vitest';
import { runAisChains } from '../../../core/ais/ais-chains.js';
import { aisEstimate } from '../../../core/ais/ais-estimate.js';
import { linearSchedule } from '../../../core/ais/schedule.js';
import { bernoulliEntropy, dbnLowerBound, logLikelihoodGivenH1, posteriorH1 } from '../../../core/dbn/dbn-lower-bound.js';
import { InputError } from '../../../core/errors.js';
import { logSumExp } from '../../../core/math/logspace.js';
import { Dbn } from '../../../core/models/dbn.js';
import { modelFromJson, parseModelText } from '../../../core/models/model-file.js';
import { Rbm } from '../../../core/models/rbm.js';
import { streamRng } from '../../../core/rng/rng.js';

function randomRbm(nv: number, nh: number, seed: number, scale: number): Rbm {
  const rng = streamRng(seed, 'test.dbn-model.weights', 0);
  const W = Float64Array.from({ length: nv * nh }, () => scale * rng.nextGaussian());
  const b = Float64Array.from({ length: nv }, () => 0.5 * rng.nextGaussian());
  const c = Float64Array.from({ length: nh }, () => 0.5 * rng.nextGaussian());
  return new Rbm(nv, nh, W, b, c, undefined);
}

/** The first RBM turned upside down: W^T, visible and hidden biases swapped. */
function flipped(rbm: Rbm): Rbm {
  return new Rbm(rbm.nh, rbm.nv, Float64Array.from(rbm.WT), Float64Array.from(rbm.c), Float64Array.from(rbm.b), undefined);
}

const bits = (code: number, n: number) => Uint8Array.from({ length: n }, (_, i) => (code >>> i) & 1);

/** -E(x, y) of an RBM, straight from the definition E = -b.x - c.y - x^T W y. */
function negEnergy(rbm: Rbm, x: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < rbm.nv; i++) s += rbm.b[i] * x[i];
  for (let j = 0; j < rbm.nh; j++) s += rbm.c[j] * y[j];
  for (let i = 0; i < rbm.nv; i++) for (let j = 0; j < rbm.nh; j++) s += x[i] * rbm.W[i * rbm.nh + j] * y[j];
  return s;
}

/** log p(v | h1) by the definition: prod_i Bernoulli(v_i; sigmoid(b + W h1)_i). */
function logDirected(bottom: Rbm, v: ArrayLike<number>, h1: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < bottom.nv; i++) {
    let a = bottom.b[i];
    for (let j = 0; j < bottom.nh; j++) a += bottom.W[i * bottom.nh + j] * h1[j];
    const p = 1 / (1 + Math.exp(-a));
    s += Math.log(v[i] ? p : 1 - p);
  }
  return s;
}

/** Brute force over (h1, h2): log Z_top and log p(v) = log sum exp(-E_top(h1, h2)) p(v|h1) - log Z_top. */
function bruteForce(bottom: Rbm, top: Rbm, v: ArrayLike<number>): { logZ: number; logP: number } {
  const joint: number[] = [];
  const prior: number[] = [];
  for (let a = 0; a < 1 << top.nv; a++) {
    for (let c = 0; c < 1 << top.nh; c++) {
      const e = negEnergy(top, bits(a, top.nv), bits(c, top.nh));
      prior.push(e);
      joint.push(e + logDirected(bottom, v, bits(a, top.nv)));
    }
  }
  const logZ = logSumExp(prior);
  return { logZ, logP: logSumExp(joint) - logZ };
}

/** The bound with its expectation over q(h1 | v) summed exactly (no sampling). */
function exactBound(bottom: Rbm, top: Rbm, logZTop: number, v: Uint8Array): number {
  const q = new Float64Array(bottom.nh);
  posteriorH1(bottom, v, 0, q);
  let expectation = 0;
  for (let code = 0; code < 1 << bottom.nh; code++) {
    const h1 = bits(code, bottom.nh);
    let qh = 1;
    for (let j = 0; j < bottom.nh; j++) qh *= h1[j] ? q[j] : 1 - q[j];
    expectation += qh * (logLikelihoodGivenH1(bottom, v, 0, h1) - top.freeEnergy(h1));
  }
  return expectation + bernoulliEntropy(q) - logZTop;
}

const bottom = randomRbm(6, 4, 1, 1.0);
const top = randomRbm(4, 3, 2, 1.5);
const dbnJson = { type: 'dbn', name: 'dbn-6-4-3', layers: [bottom.toJSON(), top.toJSON()] };

describe('dbn model file', () => {
  it('round-trips: parse, toJSON, parse again gives the same numbers (catches a lost or reordered field)', () => {
    const model = parseModelText(JSON.stringify(dbnJson), 'dbn.json') as Dbn;
    expect(model.type).toBe('dbn');
    expect(model.size).toBe(6);
    const rebuilt = new Dbn(model.layers, model.name).toJSON();
    expect(JSON.parse(JSON.stringify(rebuilt))).toEqual(JSON.parse(JSON.stringify(dbnJson)));
    const again = modelFromJson(JSON.parse(JSON.stringify(rebuilt)), 'again.json') as Dbn;
    expect(Array.from(again.layers[1].W)).toEqual(Array.from(top.W));
    expect(again.exactLogZ().logZ).toBe(model.exactLogZ().logZ);
  });

  const bad: [string, unknown, string][] = [
    ['no layers', { type: 'dbn' }, 'layers'],
    ['layers not an array', { type: 'dbn', layers: {} }, 'layers'],
    ['an empty stack', { type: 'dbn', layers: [] }, 'layers'],
    ['a layer that is not an rbm', { type: 'dbn', layers: [{ ...bottom.toJSON(), type: 'bm' }, top.toJSON()] }, 'layers[0].type'],
    ['a layer that is not an object', { type: 'dbn', layers: [bottom.toJSON(), 3] }, 'layers[1]'],
    ['mismatched sizes', { type: 'dbn', layers: [bottom.toJSON(), randomRbm(5, 3, 3, 1).toJSON()] }, 'layers[1].nv'],
    ['a bad weight inside a layer', { type: 'dbn', layers: [bottom.toJSON(), { ...top.toJSON(), W: [[0, 0, 0], [0, 'x', 0], [0, 0, 0], [0, 0, 0]] }] }, 'layers[1].W[1][1]'],
    ['a temperature', { ...dbnJson, beta: 2 }, 'beta'],
  ];
  for (const [what, json, field] of bad) {
    it(`refuses ${what} with an InputError naming ${field}`, () => {
      let caught: unknown;
      try {
        modelFromJson(json, 'bad.json');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InputError);
      expect((caught as InputError).file).toBe('bad.json');
      expect((caught as InputError).field).toBe(field);
    });
  }
});

describe('dbn exact answers (6-4-3)', () => {
  const model = new Dbn([bottom, top], 'dbn-6-4-3');
  const all = Array.from({ length: 64 }, (_, code) => bits(code, 6));

  it('log Z and log p(v) agree with a brute-force sum over (h1, h2) to 1e-9 (catches a wrong directed layer or top marginal)', () => {
    const logZ = model.exactLogZ().logZ;
    for (const v of all) {
      const truth = bruteForce(bottom, top, v);
      expect(Math.abs(logZ - truth.logZ)).toBeLessThan(1e-9 * Math.abs(truth.logZ));
      expect(Math.abs(model.logDensityOf(v) - logZ - truth.logP)).toBeLessThan(1e-9 * Math.abs(truth.logP));
    }
    expect(Math.abs(logSumExp(all.map((v) => model.logDensityOf(v) - logZ)))).toBeLessThan(1e-12);
  });

  it('a three-layer stack (6-4-3-2) is normalised: sum_v p*(v) = Z_top (catches a wrong recursion through the middle layer)', () => {
    const deep = new Dbn([bottom, top, randomRbm(3, 2, 4, 1.2)], undefined);
    expect(Math.abs(logSumExp(all.map((v) => deep.logDensityOf(v))) - deep.exactLogZ().logZ)).toBeLessThan(1e-12);
  });

  it('the bound is at most log p(v) for every v, and equal when q(h1|v) is the exact posterior (top = the first RBM flipped)', () => {
    const logZ = model.exactLogZ().logZ;
    for (const v of all) expect(exactBound(bottom, top, logZ, v)).toBeLessThanOrEqual(model.logDensityOf(v) - logZ + 1e-12);
    // With the top RBM equal to the first turned upside down, the DBN is the first RBM, whose posterior q is.
    const tied = new Dbn([bottom, flipped(bottom)], undefined);
    const tiedLogZ = tied.exactLogZ().logZ;
    for (const v of all) {
      const logP = tied.logDensityOf(v) - tiedLogZ;
      expect(Math.abs(exactBound(bottom, tied.top, tiedLogZ, v) - logP)).toBeLessThan(1e-9 * Math.abs(logP));
      expect(Math.abs(logP - (bottom.logDensityOf(v) - bottom.exactLogZ().logZ))).toBeLessThan(1e-9 * Math.abs(logP));
    }
  });

  it('the sampled bound lies within 4 standard errors of the exact bound on every vector (catches a biased h1 sampler)', () => {
    const logZ = model.exactLogZ().logZ;
    const data = new Uint8Array(64 * 6);
    all.forEach((v, i) => data.set(v, i * 6));
    const estimate = dbnLowerBound({ bottom, top, logZTop: logZ, data, rows: 64, samples: 400, rng: streamRng(5, 'test.dbn-model.bound', 0) });
    let exactMean = 0;
    for (const v of all) exactMean += exactBound(bottom, top, logZ, v) / 64;
    // The mean over all 64 vectors: its error is the h1 sampling noise alone.
    expect(Math.abs(estimate.bound - exactMean)).toBeLessThan(0.05);
  });
});

describe('dbn chains', () => {
  const model = new Dbn([bottom, top], 'dbn-6-4-3');

  it('AIS along the DBN path estimates log Z_top within 4 standard errors (catches directed terms leaking into the weights)', () => {
    const path = model.temperedPath({ kind: 'uniform' });
    const { logWeights } = runAisChains({ path, betas: linearSchedule(200), chains: 200, sweeps: 1, rng: streamRng(7, 'test.dbn-model.ais', 0) });
    const estimate = aisEstimate(logWeights, path.logZ0);
    expect(Math.abs(estimate.logZ - model.exactLogZ().logZ)).toBeLessThan(4 * estimate.stderr + 1e-3);
  });

  it('chains at b = 1 sample p(v): each E[v_i] within 4 standard errors of the exact marginal (catches a wrong pass down)', () => {
    const logZ = model.exactLogZ().logZ;
    const exactMean = new Float64Array(6);
    for (let code = 0; code < 64; code++) {
      const v = bits(code, 6);
      const p = Math.exp(model.logDensityOf(v) - logZ);
      for (let i = 0; i < 6; i++) exactMean[i] += p * v[i];
    }
    const n = 4000;
    const chains = model.temperedPath({ kind: 'uniform' }).createChains(n);
    const rng = streamRng(8, 'test.dbn-model.samples', 0);
    chains.drawReference(rng);
    chains.advance(rng, 1, 30);
    for (let i = 0; i < 6; i++) {
      let mean = 0;
      for (let c = 0; c < n; c++) mean += chains.stateOf(c)[i] / n;
      expect(Math.abs(mean - exactMean[i])).toBeLessThan(4 * Math.sqrt(exactMean[i] * (1 - exactMean[i]) / n));
    }
    // The state round-trips through bytes, lower layers included.
    const saved = chains.saveState();
    const other = model.temperedPath({ kind: 'uniform' }).createChains(n);
    other.loadState(saved);
    expect(Array.from(other.stateOf(17))).toEqual(Array.from(chains.stateOf(17)));
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    chains.logDensity(0.5, a);
    other.logDensity(0.5, b);
    // Equal up to the top chains' incremental activations, which a reload recomputes afresh (~1e-15).
    for (let c = 0; c < n; c++) expect(Math.abs(b[c] - a[c])).toBeLessThan(1e-9);
  });
});

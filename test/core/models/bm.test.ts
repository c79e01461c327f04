import { describe, expect, it } from 'vitest';
import { BoltzmannMachine, bmType } from '../../../core/models/bm.js';
import { parseModelText } from '../../../core/models/model-file.js';
import { runAisChains } from '../../../core/ais/ais-chains.js';
import { aisEstimate } from '../../../core/ais/ais-estimate.js';
import { linearSchedule } from '../../../core/ais/schedule.js';
import { streamRng } from '../../../core/rng/rng.js';
import { logSumExp } from '../../../core/math/logspace.js';
import { InputError } from '../../../core/errors.js';
import type { PairwiseSpinModel } from '../../../core/exact/pairwise.js';
import { readGroundTruth } from '../../support/paths.js';

/** log Z of a pairwise spin form by a plain loop, independent of core/exact. */
function bruteSpinLogZ(m: PairwiseSpinModel): number {
  const terms = new Float64Array(2 ** m.n);
  const s = new Int8Array(m.n);
  for (let code = 0; code < terms.length; code++) {
    for (let i = 0; i < m.n; i++) s[i] = (code >>> i) & 1 ? 1 : -1;
    let f = m.constant ?? 0;
    for (const [i, j, K] of m.couplings) f += K * s[i] * s[j];
    for (let i = 0; i < m.n; i++) f += m.fields[i] * s[i];
    terms[code] = f;
  }
  return logSumExp(terms);
}

/** log Z of a bm straight from its energy over its own units. */
function bruteBmLogZ(bm: BoltzmannMachine): number {
  const low = bm.units === 'spin' ? -1 : 0;
  const terms = new Float64Array(2 ** bm.n);
  const x = new Float64Array(bm.n);
  for (let code = 0; code < terms.length; code++) {
    for (let i = 0; i < bm.n; i++) x[i] = (code >>> i) & 1 ? 1 : low;
    terms[code] = -bm.energy(x);
  }
  return logSumExp(terms);
}

function randomBm(n: number, units: 'binary' | 'spin', seed: number, hidden = 0): BoltzmannMachine {
  const rng = streamRng(seed, 'test.bm', 0);
  const W: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) W[i][j] = W[j][i] = rng.nextGaussian() * 0.6;
  const b = Array.from({ length: n }, () => rng.nextGaussian() * 0.5);
  return bmType.parse({ type: 'bm', n, units, W, b, hidden }, 'random.json') as BoltzmannMachine;
}

describe('bm', () => {
  const bm16 = parseModelText(readGroundTruth('bm_n16.json'), 'bm_n16.json') as BoltzmannMachine;
  const exact16 = bm16.toJSON().logZ_exact as number;

  it('the spin form of bm_n16 gives the ground-truth log Z to 1e-9 relative (catches a wrong binary->spin map)', () => {
    expect(Math.abs(bruteSpinLogZ(bm16.spinForm()) - exact16) / Math.abs(exact16)).toBeLessThan(1e-9);
    expect(Math.abs(bm16.exactLogZ().logZ - exact16) / Math.abs(exact16)).toBeLessThan(1e-9);
  });

  it('spin and binary forms agree with direct enumeration of the energy on random machines', () => {
    for (const units of ['binary', 'spin'] as const) {
      const bm = randomBm(9, units, units === 'spin' ? 2 : 1);
      expect(bruteSpinLogZ(bm.spinForm())).toBeCloseTo(bruteBmLogZ(bm), 11);
    }
  });

  it('AIS with Gibbs sweeps matches the exact log Z of bm_n16 within 4 standard errors', () => {
    // A wrong local-field update or a wrong logRatio shifts log Z by far more than 4 stderr.
    const path = bm16.temperedPath();
    const { logWeights } = runAisChains({ path, betas: linearSchedule(300), chains: 200, sweeps: 1, rng: streamRng(7, 'ais.chain', 0) });
    const est = aisEstimate(logWeights, path.logZ0);
    expect(est.ess).toBeGreaterThan(20);
    expect(Math.abs(est.logZ - exact16)).toBeLessThan(4 * est.stderr + 1e-3);
  });

  it('Gibbs at b = 1 reproduces the exact mean of every unit of a spin machine', () => {
    const bm = randomBm(8, 'spin', 3);
    const exactMean = new Float64Array(8);
    const x = new Float64Array(8);
    const logZ = bruteBmLogZ(bm);
    for (let code = 0; code < 256; code++) {
      for (let i = 0; i < 8; i++) x[i] = (code >>> i) & 1 ? 1 : -1;
      const p = Math.exp(-bm.energy(x) - logZ);
      for (let i = 0; i < 8; i++) exactMean[i] += p * x[i];
    }
    const chains = bm.temperedPath().createChains(50);
    const rng = streamRng(11, 'test.gibbs', 0);
    chains.drawReference(rng);
    chains.advance(rng, 1, 20);
    const mean = new Float64Array(8);
    const sweeps = 400;
    for (let t = 0; t < sweeps; t++) {
      chains.advance(rng, 1, 1);
      for (let c = 0; c < 50; c++) {
        const s = chains.stateOf(c);
        for (let i = 0; i < 8; i++) mean[i] += s[i] / (50 * sweeps);
      }
    }
    // 20,000 correlated draws of a +-1 variable: sd of the mean well below 0.02; a wrong
    // heat-bath probability (e.g. missing the factor 2 for spins) moves means by > 0.1.
    for (let i = 0; i < 8; i++) expect(Math.abs(mean[i] - exactMean[i])).toBeLessThan(0.04);
  });

  it('saveState/loadState round-trips and rebuilds local fields', () => {
    const path = bm16.temperedPath();
    const a = path.createChains(3);
    const rng = streamRng(1, 'test', 0);
    a.drawReference(rng);
    a.advance(rng, 1, 5);
    const b = path.createChains(3);
    b.loadState(a.saveState());
    const da = new Float64Array(3);
    const db = new Float64Array(3);
    a.logDensity(1, da);
    b.logDensity(1, db);
    for (let c = 0; c < 3; c++) expect(db[c]).toBeCloseTo(da[c], 10);
    a.observe('energy', da);
    for (let c = 0; c < 3; c++) expect(da[c]).toBeCloseTo(bm16.energy(a.stateOf(c)), 10);
  });

  it('hidden units: exact marginals sum to one and match direct summation', () => {
    const bm = randomBm(10, 'binary', 5, 4);
    const logZ = bm.exactLogZ().logZ;
    const terms: number[] = [];
    for (let code = 0; code < 64; code++) {
      const v = Array.from({ length: 6 }, (_, i) => (code >>> i) & 1);
      terms.push(bm.logMarginal(v, logZ));
    }
    expect(Math.abs(logSumExp(terms))).toBeLessThan(1e-12);
    // v = 101101: sum the 16 hidden states of the full energy by hand.
    const v = [1, 0, 1, 1, 0, 1];
    const joint: number[] = [];
    for (let code = 0; code < 16; code++) joint.push(-bm.energy([...v, code & 1, (code >> 1) & 1, (code >> 2) & 1, (code >> 3) & 1]) - bruteBmLogZ(bm));
    expect(bm.logMarginal(v)).toBeCloseTo(logSumExp(joint), 12);
  });

  it('clamped chains sample p(h | v): hidden means match exact conditionals', () => {
    const bm = randomBm(9, 'binary', 8, 3);
    const v = [1, 0, 0, 1, 1, 0];
    // Exact E[h_j | v] over the 8 hidden states.
    const exact = [0, 0, 0];
    const logJoint: number[] = [];
    for (let code = 0; code < 8; code++) logJoint.push(-bm.energy([...v, code & 1, (code >> 1) & 1, (code >> 2) & 1]));
    const logNorm = logSumExp(logJoint);
    for (let code = 0; code < 8; code++) for (let j = 0; j < 3; j++) exact[j] += ((code >> j) & 1) * Math.exp(logJoint[code] - logNorm);
    const chains = bm.createClampedChains(40);
    const rng = streamRng(12, 'test.clamped', 0);
    chains.drawReference(rng);
    for (let c = 0; c < 40; c++) chains.clamp(c, v);
    const mean = [0, 0, 0];
    let clampedChanged = 0;
    for (let t = 0; t < 500; t++) {
      chains.advance(rng, 1, 1);
      for (let c = 0; c < 40; c++) {
        const x = chains.stateOf(c);
        for (let i = 0; i < 6; i++) if (x[i] !== v[i]) clampedChanged++;
        for (let j = 0; j < 3; j++) mean[j] += x[6 + j] / (40 * 500);
      }
    }
    expect(clampedChanged).toBe(0);
    // 20,000 draws of a 0/1 unit: sd of the mean < 0.005; updating clamped units or using the
    // wrong conditional moves these by > 0.05.
    for (let j = 0; j < 3; j++) expect(Math.abs(mean[j] - exact[j])).toBeLessThan(0.02);
  });

  it('refuses bad model files with the field named', () => {
    const W = [[0, 1], [0.5, 0]];
    expect(() => bmType.parse({ type: 'bm', n: 2, W, b: [0, 0] }, 'f.json')).toThrow(/f\.json: W\[0\]\[1\]: W must be symmetric/);
    expect(() => bmType.parse({ type: 'bm', n: 2, W: [[1, 0], [0, 0]], b: [0, 0] }, 'f.json')).toThrow(/W\[0\]\[0\]: the diagonal must be 0/);
    expect(() => bmType.parse({ type: 'bm', n: 2, W: [[0, 0], [0, 0]], b: [0, 0], beta: 2 }, 'f.json')).toThrow(InputError);
    expect(() => bmType.parse({ type: 'bm', n: 2, units: 'ternary', W: [[0, 0], [0, 0]], b: [0, 0] }, 'f.json')).toThrow(/units/);
  });
});

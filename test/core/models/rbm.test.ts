import { describe, expect, it } from 'vitest';
import { Rbm, rbmType } from '../../../core/models/rbm.js';
import { rbmExactLogZ, rbmExactLogProbs } from '../../../core/exact/rbm-exact.js';
import { InputError, IntractableError } from '../../../core/errors.js';
import { logSumExp } from '../../../core/math/logspace.js';
import { streamRng } from '../../../core/rng/rng.js';
import { modelFromJson } from '../../../core/models/model-file.js';
import { bits, bruteForceLogZ, groundTruthRbm, randomRbm } from './rbm-helpers.js';

describe('rbm model file', () => {
  it('parses through the registry and writes itself back', () => {
    const json = { type: 'rbm', nv: 3, nh: 2, W: [[0.1, -0.2], [0, 0.3], [0.5, 0.1]], b: [0, 0.1, 0], c: [0, -0.4] };
    const model = modelFromJson(json, 'm.json') as Rbm;
    expect(model.type).toBe('rbm');
    expect(model.W[2 * 2 + 0]).toBe(0.5);
    expect(model.WT[0 * 3 + 2]).toBe(0.5);
    expect(model.toJSON()).toEqual(json);
    const rebuilt = new Rbm(3, 2, model.W, model.b, model.c, undefined);
    expect(rebuilt.toJSON()).toMatchObject(json);
  });

  it('rejects a temperature, wrong shapes and bad numbers, naming the field', () => {
    const good = { type: 'rbm', nv: 2, nh: 1, W: [[1], [2]], b: [0, 0], c: [0] };
    expect(() => rbmType.parse({ ...good, beta: 2 }, 'm.json')).toThrow(/m\.json: beta: must be 1/);
    expect(() => rbmType.parse({ ...good, W: [[1], [2], [3]] }, 'm.json')).toThrow(/W: must have 2 rows/);
    expect(() => rbmType.parse({ ...good, W: [[1, 2], [2]] }, 'm.json')).toThrow(/W\[0\]: must have 1 entries/);
    expect(() => rbmType.parse({ ...good, c: ['x'] }, 'm.json')).toThrow(/c\[0\]: must be a finite number/);
    expect(() => rbmType.parse({ ...good, nh: 0 }, 'm.json')).toThrow(InputError);
  });
});

describe('rbm free energy and exact log Z', () => {
  it('free energy equals minus the log of exp(-E) summed over h', () => {
    const model = randomRbm(5, 4, 0.8, 1);
    for (let x = 0; x < 32; x++) {
      const v = bits(x, 5);
      const terms: number[] = [];
      for (let h = 0; h < 16; h++) {
        let e = 0;
        for (let i = 0; i < 5; i++) e += v[i] * model.b[i];
        for (let j = 0; j < 4; j++) if ((h >> j) & 1) {
          e += model.c[j];
          for (let i = 0; i < 5; i++) e += v[i] * model.W[i * 4 + j];
        }
        terms.push(e);
      }
      expect(model.freeEnergy(v)).toBeCloseTo(-logSumExp(terms), 12);
    }
  });

  it('sums over either layer and agrees with brute force over (v, h) on tiny models', () => {
    for (const [nv, nh, seed] of [[4, 3, 1], [3, 6, 2], [7, 5, 3], [1, 1, 4]]) {
      const model = randomRbm(nv, nh, 1.5, seed);
      const truth = bruteForceLogZ(model);
      expect(Math.abs(rbmExactLogZ(model, 'hidden') - truth)).toBeLessThan(1e-12 * Math.abs(truth) + 1e-12);
      expect(Math.abs(rbmExactLogZ(model, 'visible') - truth)).toBeLessThan(1e-12 * Math.abs(truth) + 1e-12);
    }
  });

  it('crosses the Gray-code refresh (2^12 states) without drift: both layers agree', () => {
    // 12 x 13 units: each sum visits > 1024 states, so a wrong refresh or sign would show.
    const model = randomRbm(12, 13, 0.7, 5);
    const a = rbmExactLogZ(model, 'hidden');
    const b = rbmExactLogZ(model, 'visible');
    expect(Math.abs(a - b)).toBeLessThan(1e-11 * Math.abs(a));
  });

  it.each(['rbm_nv20_nh10.json', 'rbm_nv64_nh16.json', 'rbm_nv784_nh12.json'])('matches %s to 1e-9 relative', (file) => {
    const { model, logZ } = groundTruthRbm(file);
    const exact = model.exactLogZ();
    expect(exact.method).toBe('sum-hidden');
    expect(Math.abs(exact.logZ - logZ)).toBeLessThan(1e-9 * Math.abs(logZ));
    if (model.nv <= 24) expect(Math.abs(model.exactLogZ('sum-visible').logZ - logZ)).toBeLessThan(1e-9 * Math.abs(logZ));
  });

  it('exact log p(v) sums to one over all visible states', () => {
    const model = randomRbm(6, 4, 1, 6);
    const data = new Uint8Array(64 * 6);
    for (let x = 0; x < 64; x++) data.set(bits(x, 6), x * 6);
    expect(logSumExp(rbmExactLogProbs(model, data))).toBeCloseTo(0, 12);
  });

  it('refuses enumeration past 24 units in both layers, suggesting AIS', () => {
    const model = new Rbm(30, 25, new Float64Array(750), new Float64Array(30), new Float64Array(25), 'big');
    expect(model.exactMethods()).toEqual([]);
    expect(() => model.exactLogZ()).toThrow(IntractableError);
    expect(() => model.exactLogZ()).toThrow(/--method ais/);
    expect(() => rbmExactLogZ(model, 'hidden')).toThrow(/2\^25/);
  });
});

describe('rbm chains', () => {
  it('logDensity at b = 1 is -F(v), at b = 0 the base rate term, and logRatio is their difference', () => {
    const model = randomRbm(8, 5, 1, 7);
    const path = model.temperedPath({ kind: 'base-rate', visibleBias: [0.3, -1, 0, 2, -0.5, 0.1, 0, 1] });
    const chains = path.createChains(6);
    const rng = streamRng(1, 'test', 0);
    chains.drawReference(rng);
    chains.advance(rng, 0.4, 3);
    const [d1, d0, dm, ratio, fe] = [0, 1, 2, 3, 4].map(() => new Float64Array(6));
    chains.logDensity(1, d1);
    chains.logDensity(0, d0);
    chains.logDensity(0.37, dm);
    chains.logRatio(0.37, 0, ratio);
    chains.observe('free_energy', fe);
    for (let c = 0; c < 6; c++) {
      const v = chains.stateOf(c);
      expect(d1[c]).toBeCloseTo(-model.freeEnergy(v), 12);
      expect(fe[c]).toBeCloseTo(model.freeEnergy(v), 12);
      let baseDot = 0;
      for (let i = 0; i < 8; i++) baseDot += v[i] * (path.reference.visibleBias as number[])[i];
      expect(d0[c]).toBeCloseTo(baseDot + 5 * Math.LN2, 12);
      expect(ratio[c]).toBeCloseTo(dm[c] - d0[c], 12);
    }
  });

  it('log Z0 normalises the reference density exactly', () => {
    const model = randomRbm(6, 3, 1, 8);
    const path = model.temperedPath({ kind: 'base-rate', visibleBias: [1, -2, 0.5, 0, 3, -1] });
    const chains = path.createChains(64);
    const states = new Uint8Array(64 * 6);
    for (let x = 0; x < 64; x++) states.set(bits(x, 6), x * 6);
    chains.loadState(states);
    const d0 = new Float64Array(64);
    chains.logDensity(0, d0);
    expect(logSumExp(d0)).toBeCloseTo(path.logZ0, 12);
    expect(model.temperedPath({ kind: 'uniform' }).logZ0).toBeCloseTo(9 * Math.LN2, 12);
  });

  it('keeps its cached activations equal to a fresh recomputation after Gibbs moves', () => {
    // A stale cache (activations not refreshed after a move) would make AIS weights wrong.
    const model = randomRbm(40, 30, 0.5, 9);
    const path = model.temperedPath({ kind: 'uniform' });
    const chains = path.createChains(20);
    const rng = streamRng(2, 'test', 0);
    chains.drawReference(rng);
    chains.advance(rng, 0.8, 5);
    const fresh = path.createChains(20);
    fresh.loadState(chains.saveState());
    const a = new Float64Array(20);
    const b = new Float64Array(20);
    chains.logDensity(0.6, a);
    fresh.logDensity(0.6, b);
    for (let c = 0; c < 20; c++) expect(a[c]).toBeCloseTo(b[c], 10);
  });

  it.each([
    [60, 25, 5],
    [3, 70, 2],
  ])('keeps activations and visible fields exact when it updates them by flipped units only (%i x %i)', (nv, nh, hiddenBias) => {
    // Strong biases: few units flip per step, so advance() takes the incremental paths; 200
    // sweeps of them must still match fresh sums (a sign error in an update, or a flip that is
    // not listed, would show at once). In the second shape more hiddens flip per step than
    // there are visibles, while still fewer than a fresh sum would add.
    const base = randomRbm(nv, nh, 0.3, 14);
    const b = base.b.map((_, i) => (i % 2 === 0 ? 5 : -5));
    const cStrong = base.c.map((_, j) => (j % 3 === 0 ? -hiddenBias : hiddenBias));
    const model = new Rbm(nv, nh, base.W, b, cStrong, 'strong biases');
    const path = model.temperedPath({ kind: 'base-rate', visibleBias: Array.from(b) });
    const chains = path.createChains(10);
    const rng = streamRng(5, 'test', 0);
    chains.drawReference(rng);
    chains.advance(rng, 0.9, 200);
    const fresh = path.createChains(10);
    fresh.loadState(chains.saveState());
    const x = new Float64Array(10);
    const y = new Float64Array(10);
    chains.logDensity(0.9, x);
    fresh.logDensity(0.9, y);
    for (let c = 0; c < 10; c++) expect(Math.abs(x[c] - y[c])).toBeLessThan(1e-10);
    for (let k = 0; k < chains.activation.length; k++) expect(Math.abs(chains.activation[k] - fresh.activation[k])).toBeLessThan(1e-12);
    for (let c = 0; c < 10; c++) {
      for (let i = 0; i < nv; i++) {
        let f = b[i];
        for (let j = 0; j < nh; j++) f += chains.hidden[c * nh + j] * model.W[i * nh + j];
        expect(Math.abs(chains.field[c * nv + i] - f)).toBeLessThan(1e-12);
      }
    }
  });

  it('block Gibbs at b leaves pi_b invariant: long-run state frequencies match the exact pi_b', () => {
    // 4 visibles, 16 states; 400 chains x 400 sweeps = 160,000 correlated samples. Each
    // frequency is checked to 5 binomial standard errors (inflated x3 for autocorrelation):
    // a wrong sign of (1 - b) bA or a missing factor b in either half-step shifts them far more.
    const model = randomRbm(4, 3, 1, 10);
    const path = model.temperedPath({ kind: 'base-rate', visibleBias: [0.5, -1, 1.5, 0] });
    const b = 0.6;
    const all = path.createChains(16);
    const states = new Uint8Array(16 * 4);
    for (let x = 0; x < 16; x++) states.set(bits(x, 4), x * 4);
    all.loadState(states);
    const logp = new Float64Array(16);
    all.logDensity(b, logp);
    const logZb = logSumExp(logp);
    const chains = path.createChains(400);
    const rng = streamRng(3, 'test', 0);
    chains.drawReference(rng);
    chains.advance(rng, b, 20);
    const counts = new Float64Array(16);
    const sweeps = 400;
    for (let s = 0; s < sweeps; s++) {
      chains.advance(rng, b, 1);
      for (let c = 0; c < 400; c++) {
        const v = chains.stateOf(c);
        counts[v[0] + 2 * v[1] + 4 * v[2] + 8 * v[3]]++;
      }
    }
    const n = 400 * sweeps;
    for (let x = 0; x < 16; x++) {
      const p = Math.exp(logp[x] - logZb);
      const se = 3 * Math.sqrt((p * (1 - p)) / n);
      expect(Math.abs(counts[x] / n - p)).toBeLessThan(5 * se);
    }
  });

  it('one Gibbs step from each state follows the exact kernel T_b(v, v\') = sum_h p_b(h | v) p_b(v\' | h)', () => {
    // Independent chains, so binomial errors are exact: 5000 chains per start state, each
    // transition probability to 5 standard errors. A missing factor b in either half-step, or a
    // base term weighted 1 instead of (1 - b), moves some of these probabilities by several standard errors.
    const model = randomRbm(3, 2, 3, 13);
    const bA = [0.8, -1.2, 0.3];
    const path = model.temperedPath({ kind: 'base-rate', visibleBias: bA });
    const b = 0.55;
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    const perStart = 5000;
    const chains = path.createChains(8 * perStart);
    const starts = new Uint8Array(8 * perStart * 3);
    for (let k = 0; k < 8 * perStart; k++) starts.set(bits(k % 8, 3), k * 3);
    chains.setStates(starts);
    chains.advance(streamRng(4, 'test', 0), b, 1);
    for (let x = 0; x < 8; x++) {
      const v = bits(x, 3);
      const counts = new Float64Array(8);
      for (let k = x; k < 8 * perStart; k += 8) {
        const w = chains.stateOf(k);
        counts[w[0] + 2 * w[1] + 4 * w[2]]++;
      }
      for (let y = 0; y < 8; y++) {
        const vy = bits(y, 3);
        let p = 0;
        for (let h = 0; h < 4; h++) {
          const hh = bits(h, 2);
          let ph = 1;
          for (let j = 0; j < 2; j++) {
            let a = model.c[j];
            for (let i = 0; i < 3; i++) a += v[i] * model.W[i * 2 + j];
            const q = sigmoid(b * a);
            ph *= hh[j] ? q : 1 - q;
          }
          let pv = 1;
          for (let i = 0; i < 3; i++) {
            let f = model.b[i];
            for (let j = 0; j < 2; j++) f += hh[j] * model.W[i * 2 + j];
            const q = sigmoid((1 - b) * bA[i] + b * f);
            pv *= vy[i] ? q : 1 - q;
          }
          p += ph * pv;
        }
        const se = Math.sqrt((p * (1 - p)) / perStart);
        expect(Math.abs(counts[y] / perStart - p)).toBeLessThan(5 * se + 1e-9);
      }
    }
  });

  it('is bitwise reproducible from the seed and reports mean activity', () => {
    const model = randomRbm(30, 20, 0.5, 11);
    const path = model.temperedPath({ kind: 'uniform' });
    const run = () => {
      const chains = path.createChains(40);
      const rng = streamRng(9, 'test', 3);
      chains.drawReference(rng);
      chains.advance(rng, 0.7, 3);
      return chains;
    };
    const a = run();
    const b = run();
    expect(Buffer.from(a.saveState()).equals(Buffer.from(b.saveState()))).toBe(true);
    const activity = new Float64Array(40);
    a.observe('mean_activity', activity);
    const v = a.stateOf(7);
    let on = 0;
    for (let i = 0; i < 30; i++) on += v[i];
    expect(activity[7]).toBe(on / 30);
    expect(() => a.observe('nope', activity)).toThrow(/no observable/);
  });

  it('rejects bad references and bad states', () => {
    const model = randomRbm(3, 2, 1, 12);
    expect(() => model.temperedPath({ kind: 'base-rate', visibleBias: [1, 2] })).toThrow(/visibleBias: must be an array of 3 numbers/);
    expect(() => model.temperedPath({ kind: 'base-rate', visibleBias: [1, 2, 'x'] })).toThrow(/visibleBias\[2\]/);
    expect(() => model.temperedPath({ kind: 'tempered' })).toThrow(/base-rate/);
    const chains = model.temperedPath({ kind: 'uniform' }).createChains(2);
    expect(() => chains.loadState(new Uint8Array(5))).toThrow(/6 bytes/);
    expect(() => chains.setStates([0, 1, 2, 0, 0, 0])).toThrow(/0 or 1/);
  });
});

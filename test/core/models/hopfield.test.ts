import { describe, expect, it } from 'vitest';
import { HopfieldNetwork, hopfieldType } from '../../../core/models/hopfield.js';
import { hebbianWeights, pseudoInverseWeights } from '../../../core/models/hopfield-storage.js';
import { breakdownAlpha, overlap, randomPatterns, retrievalCurve, retrieveZeroTemperature } from '../../../core/models/hopfield-retrieval.js';
import { runAisChains } from '../../../core/ais/ais-chains.js';
import { aisEstimate } from '../../../core/ais/ais-estimate.js';
import { linearSchedule } from '../../../core/ais/schedule.js';
import { logSumExp } from '../../../core/math/logspace.js';
import { streamRng } from '../../../core/rng/rng.js';

function toRows(patterns: Int8Array, P: number, N: number): number[][] {
  return Array.from({ length: P }, (_, mu) => Array.from(patterns.subarray(mu * N, (mu + 1) * N)));
}

describe('hopfield storage and retrieval', () => {
  it('Hebbian W is (1/N) sum xi xi^T with a zero diagonal', () => {
    const N = 7;
    const patterns = randomPatterns(3, N, streamRng(1, 'test', 0));
    const W = hebbianWeights(patterns, 3, N);
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < N; j++) {
        let sum = 0;
        for (let mu = 0; mu < 3; mu++) sum += patterns[mu * N + i] * patterns[mu * N + j];
        expect(W[i * N + j]).toBeCloseTo(i === j ? 0 : sum / N, 14);
      }
    }
  });

  it('zero-temperature dynamics recall a stored pattern from a cue with 20% of it flipped (low load)', () => {
    const N = 200;
    const rng = streamRng(2, 'test', 0);
    const patterns = randomPatterns(5, N, rng);
    const W = hebbianWeights(patterns, 5, N);
    const s = patterns.slice(0, N);
    for (let i = 0; i < 40; i++) s[i] = -s[i];
    const { converged } = retrieveZeroTemperature(W, s, rng);
    expect(converged).toBe(true);
    expect(overlap(patterns.subarray(0, N), s)).toBe(1);
  });

  it('the pseudo-inverse rule makes every pattern a fixed point at alpha = 0.4, where Hebbian storage fails', () => {
    const N = 100;
    const P = 40;
    const rng = streamRng(3, 'test', 0);
    const patterns = randomPatterns(P, N, rng);
    const pinv = pseudoInverseWeights(patterns, P, N);
    const hebb = hebbianWeights(patterns, P, N);
    let hebbianStable = 0;
    for (let mu = 0; mu < P; mu++) {
      const s = patterns.slice(mu * N, (mu + 1) * N);
      retrieveZeroTemperature(pinv, s, rng);
      expect(overlap(patterns.subarray(mu * N, (mu + 1) * N), s)).toBe(1);
      const t = patterns.slice(mu * N, (mu + 1) * N);
      retrieveZeroTemperature(hebb, t, rng);
      if (overlap(patterns.subarray(mu * N, (mu + 1) * N), t) === 1) hebbianStable++;
    }
    expect(hebbianStable).toBeLessThan(P / 2);
  });

  it('capacity at N = 1000: the retrieval breakdown (mean overlap crossing 0.9) lies between alpha 0.12 and 0.16 (AGS 1985: 0.138)', () => {
    // N = 1000 as in the target, 8 trials (12 s on the shared machine under load). Seeds 1-4
    // put the crossing at 0.133-0.150; local fields out of step with the flips (the likely
    // bug) would move it well outside [0.12, 0.16].
    const alphas = [0.1, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18];
    const curve = retrievalCurve({ n: 1000, alphas, trials: 8, rng: streamRng(1, 'hopfield.capacity', 0) });
    expect(curve[0]).toBeGreaterThan(0.98);
    expect(curve[alphas.length - 1]).toBeLessThan(0.6);
    const alphaC = breakdownAlpha(alphas, curve);
    expect(alphaC).toBeGreaterThan(0.12);
    expect(alphaC).toBeLessThan(0.16);
  });
});

describe('hopfield as a Boltzmann machine at temperature T', () => {
  const N = 12;
  const patterns = randomPatterns(2, N, streamRng(4, 'test', 0));
  const model = hopfieldType.parse({ type: 'hopfield', n: N, patterns: toRows(patterns, 2, N), temperature: 0.4 }, 'h.json') as HopfieldNetwork;

  function bruteLogZ(): number {
    const terms = new Float64Array(2 ** N);
    const s = new Int8Array(N);
    for (let code = 0; code < terms.length; code++) {
      for (let i = 0; i < N; i++) s[i] = (code >>> i) & 1 ? 1 : -1;
      terms[code] = -model.energy(s) / model.temperature;
    }
    return logSumExp(terms);
  }

  it('exact log Z by the spin form equals direct enumeration of exp(-E/T)', () => {
    expect(model.exactLogZ().logZ).toBeCloseTo(bruteLogZ(), 11);
  });

  it('AIS with Glauber sweeps is within 4 standard errors of exact', () => {
    // At T = 0.4 the two patterns and their negatives are four deep wells; a wrong 1/T scaling
    // of the path or of the heat-bath kernel shifts log Z by many standard errors.
    const path = model.temperedPath();
    const { logWeights } = runAisChains({ path, betas: linearSchedule(400), chains: 200, sweeps: 2, rng: streamRng(5, 'ais.chain', 0) });
    const est = aisEstimate(logWeights, path.logZ0);
    expect(est.ess).toBeGreaterThan(20);
    expect(Math.abs(est.logZ - bruteLogZ())).toBeLessThan(4 * est.stderr + 1e-3);
  });

  it('stochastic retrieval at low temperature stays near the cued pattern', () => {
    const big = randomPatterns(3, 100, streamRng(6, 'test', 0));
    const net = hopfieldType.parse({ type: 'hopfield', n: 100, patterns: toRows(big, 3, 100), temperature: 0.2 }, 'h.json') as HopfieldNetwork;
    const chains = net.temperedPath().createChains(1);
    chains.loadState(new Uint8Array(big.buffer, 0, 100));
    chains.advance(streamRng(7, 'test', 0), 1, 50);
    expect(overlap(big.subarray(0, 100), chains.stateOf(0))).toBeGreaterThan(0.9);
  });

  it('refuses bad files with the field named', () => {
    expect(() => hopfieldType.parse({ type: 'hopfield', n: 2, patterns: [[1, 0]] }, 'h.json')).toThrow(/h\.json: patterns\[0\]\[1\]/);
    expect(() => hopfieldType.parse({ type: 'hopfield', n: 2, patterns: [[1, 1]], temperature: 0 }, 'h.json')).toThrow(/temperature/);
    expect(() => hopfieldType.parse({ type: 'hopfield', n: 2, patterns: [[1, 1]], rule: 'oja' }, 'h.json')).toThrow(/rule/);
    expect(() => hopfieldType.parse({ type: 'hopfield', n: 2, patterns: [[1, 1], [-1, -1]], rule: 'pseudo-inverse' }, 'h.json')).toThrow(/linearly dependent/);
  });
});

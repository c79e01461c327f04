/**
 * The swap rule leaves the product distribution pi_{b0} x pi_{b1} invariant (detailed balance
 * of the exchange move). Draw the two replicas' states exactly from a 3x3 Ising torus by
 * enumeration, apply one coordinator swap step, and compare the joint histogram of the
 * (energy at b0, energy at b1) pairs afterwards with the exact product by a chi-square test.
 * The draws are independent, so the chi-square statistic is exact. Always accepting, a
 * flipped sign in log alpha, or swapping the states' labels the wrong way all move mass
 * between the two levels and fail this by hundreds of standard deviations.
 */
import { describe, expect, it } from 'vitest';
import { ising2dType } from '../../../core/models/ising2d.js';
import { streamRng, type Rng } from '../../../core/rng/rng.js';
import { coordinateScan, createCoordinator, createRoundRecords, createScanScratch, levelOfSlot } from '../../../core/pt/coordinator.js';
import { createReplica, createReport, replicaScan } from '../../../core/pt/replica.js';
import { enumerateIsing } from './ising-enumeration.js';

function sampler(energies: Float64Array, betaEff: number): (rng: Rng) => number {
  const cdf = new Float64Array(energies.length);
  let total = 0;
  for (let s = 0; s < energies.length; s++) cdf[s] = total += Math.exp(-betaEff * energies[s]);
  return (rng) => {
    const u = rng.nextDouble() * total;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

function stateBytes(state: number, N: number): Uint8Array {
  const bytes = new Uint8Array(N);
  const view = new Int8Array(bytes.buffer);
  for (let k = 0; k < N; k++) view[k] = (state >> k) & 1 ? 1 : -1;
  return bytes;
}

describe('PT swap rule', () => {
  it('keeps the joint of (state at b0, state at b1) exact: chi-square against enumeration on 3x3 Ising', () => {
    const beta = 1;
    const betas = [0.2, 0.45];
    const model = ising2dType.parse({ type: 'ising2d', rows: 3, cols: 3, beta }, 'test');
    const path = model.temperedPath();
    const e = enumerateIsing(3, 3);
    const draw = betas.map((b) => sampler(e.energies, b * beta));
    const replicas = [createReplica(path, 1, 0), createReplica(path, 1, 1)];
    const reports = replicas.map(createReport);
    const rng = streamRng(7, 'test.exact-draws', 0);
    const levelIndex = new Map(e.levels.map((E, k) => [E, k]));
    const L = e.levels.length;
    const observed = new Float64Array(L * L);
    const draws = 40000;
    let swaps = 0;
    for (let n = 0; n < draws; n++) {
      // A fresh coordinator per draw: scan 0 is even, so DEO proposes the pair every time.
      const coordinator = createCoordinator(n, 'deo', betas, 1);
      const records = createRoundRecords(coordinator, 1, replicas[0].observationNames);
      const states = [draw[0](rng), draw[1](rng)];
      for (let r = 0; r < 2; r++) {
        replicas[r].chains.loadState(stateBytes(states[r], 9));
        replicaScan(replicas[r], betas, r, 0, reports[r]);
      }
      coordinateScan(coordinator, reports, records, createScanScratch(coordinator));
      swaps += records[0].accepted[0];
      const atLevel = [0, 1].map((level) => states[[0, 1].find((slot) => levelOfSlot(coordinator, slot) === level) as number]);
      observed[(levelIndex.get(e.energies[atLevel[0]]) as number) * L + (levelIndex.get(e.energies[atLevel[1]]) as number)]++;
    }
    // The swap must actually happen often, or the test would not exercise it.
    expect(swaps / draws).toBeGreaterThan(0.2);
    expect(swaps / draws).toBeLessThan(0.9);

    const p = betas.map((b) => {
      const w = e.levels.map((E, k) => e.counts[k] * Math.exp(-b * beta * E));
      const z = w.reduce((s, x) => s + x, 0);
      return w.map((x) => x / z);
    });
    // Cells with expected count < 5 are pooled into one, as the chi-square approximation needs.
    let chi2 = 0;
    let cells = 0;
    let pooledObserved = 0;
    let pooledExpected = 0;
    for (let i = 0; i < L; i++) {
      for (let j = 0; j < L; j++) {
        const expected = draws * p[0][i] * p[1][j];
        if (expected < 5) {
          pooledObserved += observed[i * L + j];
          pooledExpected += expected;
          continue;
        }
        chi2 += (observed[i * L + j] - expected) ** 2 / expected;
        cells++;
      }
    }
    if (pooledExpected > 0) {
      chi2 += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
      cells++;
    }
    const dof = cells - 1;
    // chi2 ~ dof +- sqrt(2 dof); dof + 5 sqrt(2 dof) is beyond the 99.99th percentile here.
    expect(dof).toBeGreaterThan(8);
    expect(chi2).toBeLessThan(dof + 5 * Math.sqrt(2 * dof));
  });
});

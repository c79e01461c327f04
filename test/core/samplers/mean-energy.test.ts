/**
 * Each kernel samples the right distribution: its long-run mean energy on a small model
 * equals the exact <E> = -d log Z / d beta within 4 Monte Carlo standard errors. The
 * standard error comes from independent chains (the per-chain time averages are independent
 * draws), so correlation inside a chain cannot make it too small. A kernel with a wrong
 * acceptance rule, a wrong heat-bath probability, a wrong Wolff bond probability, or a wrong
 * effective temperature b * beta would be off by many standard errors at these run lengths.
 */
import { describe, expect, it } from 'vitest';
import { ising2dType, type Ising2d } from '../../../core/models/ising2d.js';
import { isingType, type Ising } from '../../../core/models/ising.js';
import type { Model } from '../../../core/models/model.js';
import { parseModelText } from '../../../core/models/model-file.js';
import { streamRng } from '../../../core/rng/rng.js';
import { readGroundTruth } from '../../support/paths.js';

const TOLERANCE_SE = 4;

/** Exact <E> at inverse temperature beta, by a central difference of an exact log Z. */
function exactMeanEnergy(logZAt: (beta: number) => number, beta: number): number {
  const step = 1e-5;
  return -(logZAt(beta + step) - logZAt(beta - step)) / (2 * step);
}

/** Mean energy over `chains` independent chains at path point b, with its standard error. */
function sampledMeanEnergy(model: Model, sampler: string, b: number, chains: number, burnIn: number, sweeps: number, seed: number) {
  const set = model.temperedPath().createChains(chains, { sampler });
  const rng = streamRng(seed, 'test.mean-energy', 0);
  set.drawReference(rng);
  set.advance(rng, b, burnIn);
  const energy = new Float64Array(chains);
  const perChain = new Float64Array(chains);
  for (let t = 0; t < sweeps; t++) {
    set.advance(rng, b, 1);
    set.observe('energy', energy);
    for (let c = 0; c < chains; c++) perChain[c] += energy[c] / sweeps;
  }
  const mean = perChain.reduce((a, x) => a + x, 0) / chains;
  const variance = perChain.reduce((a, x) => a + (x - mean) ** 2, 0) / (chains - 1);
  return { mean, stderr: Math.sqrt(variance / chains) };
}

function lattice(rows: number, cols: number, beta: number, h = 0): Ising2d {
  return ising2dType.parse({ type: 'ising2d', rows, cols, J: 1, h, beta }, 'test') as Ising2d;
}

describe('ising2d kernels: mean energy equals the exact value', () => {
  const cases: Array<{ sampler: string; rows: number; cols: number; beta: number; h: number; b: number; sweeps: number }> = [
    { sampler: 'metropolis', rows: 4, cols: 4, beta: 0.44068679350977147, h: 0, b: 1, sweeps: 2000 },
    { sampler: 'metropolis', rows: 5, cols: 3, beta: 0.6, h: 0.3, b: 0.8, sweeps: 2000 },
    { sampler: 'heatbath', rows: 4, cols: 4, beta: 0.44068679350977147, h: 0, b: 1, sweeps: 2000 },
    { sampler: 'heatbath', rows: 5, cols: 3, beta: 0.6, h: -0.3, b: 0.8, sweeps: 2000 },
    // Wolff: one cluster per sweep, so more sweeps; at b = 0.5 clusters are small.
    { sampler: 'wolff', rows: 4, cols: 4, beta: 0.44068679350977147, h: 0, b: 1, sweeps: 6000 },
    { sampler: 'wolff', rows: 8, cols: 8, beta: 0.44068679350977147, h: 0, b: 1, sweeps: 6000 },
    { sampler: 'wolff', rows: 6, cols: 5, beta: 0.6, h: 0, b: 0.5, sweeps: 8000 },
    { sampler: 'metropolis+wolff', rows: 8, cols: 8, beta: 0.44068679350977147, h: 0, b: 1, sweeps: 4000 },
    { sampler: 'metropolis+wolff', rows: 6, cols: 5, beta: 0.6, h: 0, b: 0.5, sweeps: 4000 },
  ];
  for (const { sampler, rows, cols, beta, h, b, sweeps } of cases) {
    it(`${sampler} on ${rows}x${cols}, beta ${beta}, h ${h}, b ${b}`, () => {
      const model = lattice(rows, cols, beta, h);
      const method = h === 0 ? 'kaufman' : 'transfer-matrix';
      const exact = exactMeanEnergy((x) => lattice(rows, cols, x, h).exactLogZ(method).logZ, b * beta);
      const { mean, stderr } = sampledMeanEnergy(model, sampler, b, 32, 200, sweeps, rows * 100 + cols);
      expect(Math.abs(mean - exact)).toBeLessThan(TOLERANCE_SE * stderr);
    });
  }

  it('the exact value used above matches the stored energy per site (8x8 at beta_c)', () => {
    const stored = -1.4915891074397063; // ising2d.json, ising2d_8x8_betac, energy_per_site_exact
    const exact = exactMeanEnergy((x) => lattice(8, 8, x).exactLogZ('kaufman').logZ, 0.44068679350977147);
    expect(Math.abs(exact / 64 - stored)).toBeLessThan(1e-6);
  });
});

describe('ising (graph) kernels: mean energy equals the exact value', () => {
  for (const file of ['ising_n16.json', 'ising_n20_fields.json']) {
    const model = parseModelText(readGroundTruth(file), file) as Ising;
    const atBeta = (beta: number) => isingType.parse({ ...model.toJSON(), beta }, file) as Ising;
    const exact = exactMeanEnergy((x) => atBeta(x).exactLogZ('enumeration').logZ, model.beta);
    for (const sampler of ['metropolis', 'heatbath']) {
      it(`${sampler} on ${file}`, () => {
        const { mean, stderr } = sampledMeanEnergy(model, sampler, 1, 32, 200, 1500, 17);
        expect(Math.abs(mean - exact)).toBeLessThan(TOLERANCE_SE * stderr);
      });
    }
  }
});

import { describe, expect, it } from 'vitest';
import { customEnergyModel } from '../../../core/models/custom-model.js';
import type { CustomEnergy } from '../../../core/models/custom-energy.js';
import { parseModelText } from '../../../core/models/model-file.js';
import type { BoltzmannMachine } from '../../../core/models/bm.js';
import { runAisChains } from '../../../core/ais/ais-chains.js';
import { aisEstimate } from '../../../core/ais/ais-estimate.js';
import { linearSchedule, sigmoidSchedule } from '../../../core/ais/schedule.js';
import { logSumExp } from '../../../core/math/logspace.js';
import { streamRng } from '../../../core/rng/rng.js';
import { InputError } from '../../../core/errors.js';
import gaussianMixture from '../../../experiments/custom/gaussian-mixture.js';
import { readGroundTruth } from '../../support/paths.js';

/** A 3 x 3 Potts model with q = 3 on the open grid, a ferromagnetic coupling and one pinned site. */
const potts: CustomEnergy = {
  kind: 'potts',
  dimension: 9,
  states: 3,
  energy(x) {
    let e = 0;
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) {
        const i = 3 * r + c;
        if (c < 2 && x[i] === x[i + 1]) e -= 0.9;
        if (r < 2 && x[i] === x[i + 3]) e -= 0.9;
      }
    }
    return x[0] === 2 ? e - 0.5 : e;
  },
};

describe('custom energies', () => {
  const mixture = customEnergyModel(gaussianMixture, 'experiments/custom/gaussian-mixture.ts');

  it('the example mixture: closed-form log Z agrees with 2D quadrature, and the gradient with finite differences', () => {
    const x = new Float64Array(2);
    const h = 0.02;
    const row = new Float64Array(1201);
    const rows = new Float64Array(1201);
    for (let a = 0; a <= 1200; a++) {
      x[0] = -12 + a * h;
      for (let k = 0; k <= 1200; k++) {
        x[1] = -12 + k * h;
        row[k] = -gaussianMixture.energy(x);
      }
      rows[a] = logSumExp(row);
    }
    expect(logSumExp(rows) + 2 * Math.log(h)).toBeCloseTo(mixture.exactLogZ().logZ, 9);
    const p = Float64Array.from([0.4, -1.1]);
    const g = new Float64Array(2);
    gaussianMixture.gradient!(p, g);
    for (let i = 0; i < 2; i++) {
      const up = Float64Array.from(p);
      const down = Float64Array.from(p);
      up[i] += 1e-6;
      down[i] -= 1e-6;
      expect(g[i]).toBeCloseTo((gaussianMixture.energy(up) - gaussianMixture.energy(down)) / 2e-6, 6);
    }
  });

  for (const sampler of ['mala', 'rwm'] as const) {
    it(`the example mixture: AIS (${sampler}) from N(0, 4^2 I) is within 4 standard errors of the closed form`, () => {
      // Three separated modes of different weights: a kernel that is not pi_b-invariant (a
      // wrong MALA correction) or a wrong base normaliser misses by many standard errors.
      const path = mixture.temperedPath();
      const { logWeights } = runAisChains({ path, betas: sigmoidSchedule(200), chains: 300, sweeps: 3, rng: streamRng(21, 'ais.chain', 0), chainOptions: { sampler } });
      const est = aisEstimate(logWeights, path.logZ0);
      expect(est.ess).toBeGreaterThan(30);
      expect(Math.abs(est.logZ - gaussianMixture.logZ!)).toBeLessThan(4 * est.stderr + 1e-3);
    });
  }

  it('Potts enumeration equals a nested-loop sum, and AIS (heat bath, Metropolis) is within 4 standard errors of it', () => {
    const model = customEnergyModel(potts, 'potts.ts');
    const x = new Int32Array(9);
    const terms: number[] = [];
    for (let code = 0; code < 3 ** 9; code++) {
      let rest = code;
      for (let i = 0; i < 9; i++) {
        x[i] = rest % 3;
        rest = Math.floor(rest / 3);
      }
      terms.push(-potts.energy(x));
    }
    const exact = model.exactLogZ().logZ;
    expect(exact).toBeCloseTo(logSumExp(terms), 11);
    for (const sampler of ['heat-bath', 'metropolis']) {
      const path = model.temperedPath();
      const { logWeights } = runAisChains({ path, betas: linearSchedule(200), chains: 200, sweeps: 1, rng: streamRng(22, 'ais.chain', 0), chainOptions: { sampler } });
      const est = aisEstimate(logWeights, path.logZ0);
      expect(est.ess).toBeGreaterThan(20);
      expect(Math.abs(est.logZ - exact)).toBeLessThan(4 * est.stderr + 1e-3);
    }
  });

  it('a binary custom energy equal to bm_n16 enumerates to its ground-truth log Z (1e-9 relative)', () => {
    const bm = parseModelText(readGroundTruth('bm_n16.json'), 'bm_n16.json') as BoltzmannMachine;
    const model = customEnergyModel({ kind: 'binary', dimension: 16, energy: (x: Int32Array | Float64Array) => bm.energy(x) }, 'bm.ts');
    const truth = bm.toJSON().logZ_exact as number;
    expect(Math.abs(model.exactLogZ().logZ - truth) / truth).toBeLessThan(1e-9);
  });

  it('spin kinds see +-1 values in chains and in enumeration', () => {
    const seen = new Set<number>();
    const model = customEnergyModel({ kind: 'spin', dimension: 2, energy: (x: Int32Array | Float64Array) => (seen.add(x[0]), -0.3 * x[0] * x[1]) }, 'spin.ts');
    expect(model.exactLogZ().logZ).toBeCloseTo(Math.log(2 * Math.exp(0.3) + 2 * Math.exp(-0.3)), 13);
    const chains = model.temperedPath().createChains(4);
    chains.drawReference(streamRng(1, 'test', 0));
    chains.advance(streamRng(2, 'test', 0), 1, 3);
    expect([...seen].sort()).toEqual([-1, 1]);
  });

  it('checks the contract and names the module and field', () => {
    expect(() => customEnergyModel({ kind: 'ternary', dimension: 2, energy: () => 0 }, 'm.ts')).toThrow(/m\.ts: kind/);
    expect(() => customEnergyModel({ kind: 'potts', dimension: 2, energy: () => 0 }, 'm.ts')).toThrow(/m\.ts: states/);
    expect(() => customEnergyModel({ kind: 'binary', dimension: 0, energy: () => 0 }, 'm.ts')).toThrow(/dimension/);
    expect(() => customEnergyModel({ kind: 'binary', dimension: 2 }, 'm.ts')).toThrow(InputError);
    expect(() => customEnergyModel({ kind: 'binary', dimension: 2, energy: () => 0, gradient: () => undefined }, 'm.ts')).toThrow(/gradient/);
    expect(() => customEnergyModel({ kind: 'continuous', dimension: 40, energy: () => 0 }, 'm.ts').exactLogZ()).toThrow(InputError);
  });
});

/**
 * The WebAssembly AIS kernel for RBMs (assembly/rbm-ais.ts via WasmRbmChains, sampler
 * 'gibbs-wasm') against the float64 reference RbmChains and against exact log Z. Needs
 * dist/assembly/rbm-ais.wasm (`npm run build` or `npm run asbuild`).
 */
import { describe, expect, it } from 'vitest';
import { runAisChains } from '../../../core/ais/ais-chains.js';
import { aisEstimate } from '../../../core/ais/ais-estimate.js';
import { runRaise } from '../../../core/ais/reverse-ais.js';
import { sigmoidSchedule } from '../../../core/ais/schedule.js';
import { streamRng } from '../../../core/rng/rng.js';
import { rbmExactSamples } from '../../../core/exact/rbm-exact.js';
import type { RbmPath } from '../../../core/models/rbm/rbm-path.js';
import { rbmAisInstantiate } from '../../../worker/ais-kernels.js';
import { groundTruthRbm } from './rbm-helpers.js';

const wasm = { sampler: 'gibbs-wasm' };

function paths(file: string) {
  const { model, logZ } = groundTruthRbm(file);
  const path = (model.temperedPath({ kind: 'base-rate', chains: 32, sweeps: 100 }) as RbmPath).withWasm(rbmAisInstantiate());
  return { model, logZ, path };
}

describe('rbm AIS on the WebAssembly kernel', () => {
  it('rbm_nv784_nh12: within 4 standard errors of exact log Z, and of the float64 reference', () => {
    // The same budget as the reference's test (rbm-ais.test.ts). A wrong sign or scale of the
    // base-rate term, an activation cache left stale after a transition, or a log ratio taken
    // in the wrong direction moves log Z by many standard errors.
    const { logZ, path } = paths('rbm_nv784_nh12.json');
    const betas = sigmoidSchedule(250);
    const fast = aisEstimate(runAisChains({ path, betas, chains: 64, sweeps: 1, rng: streamRng(7, 'ais.chain', 0), chainOptions: wasm }).logWeights, path.logZ0);
    const ref = aisEstimate(runAisChains({ path, betas, chains: 64, sweeps: 1, rng: streamRng(8, 'ais.chain', 0) }).logWeights, path.logZ0);
    expect(fast.warning).toBeUndefined();
    expect(fast.stderr).toBeLessThan(0.05);
    expect(Math.abs(fast.logZ - logZ)).toBeLessThan(4 * fast.stderr);
    expect(Math.abs(fast.logZ - ref.logZ)).toBeLessThan(4 * Math.hypot(fast.stderr, ref.stderr));
  });

  it('log ratios and log densities match the float64 reference on the same states', () => {
    // The only difference is float32 weights and activations: relative ~1e-7 of terms of
    // size ~10-100, so 1e-3 absolute. A missing bias, a wrong base-rate dot product or
    // softplus would be off by O(1).
    const { model, path } = paths('rbm_nv784_nh12.json');
    const states = rbmExactSamples(model, streamRng(3, 'test.exact', 0), 16);
    const ref = path.createChains(16);
    const fast = path.createChains(16, wasm);
    ref.setStates(states);
    fast.setStates(states);
    const a = new Float64Array(16);
    const b = new Float64Array(16);
    for (const [to, from] of [[0.3, 0.2], [1, 0.999], [0.001, 0]]) {
      ref.logRatio(to, from, a);
      fast.logRatio(to, from, b);
      for (let c = 0; c < 16; c++) expect(Math.abs(a[c] - b[c])).toBeLessThan(1e-3);
    }
    for (const beta of [0, 0.5, 1]) {
      ref.logDensity(beta, a);
      fast.logDensity(beta, b);
      for (let c = 0; c < 16; c++) expect(Math.abs(a[c] - b[c])).toBeLessThan(1e-3);
    }
    fast.observe('free_energy', b);
    for (let c = 0; c < 16; c++) expect(Math.abs(b[c] - model.freeEnergy(states, c * 784))).toBeLessThan(1e-3);
    expect(Array.from(fast.saveState())).toEqual(Array.from(states));
  });

  it('draws the reference uniforms in the same order and count, and is reproducible', () => {
    // Same number of uniforms as the reference: the streams of later units stay aligned.
    const { model, path } = paths('rbm_nv784_nh12.json');
    const run = (options?: { sampler: string }) => {
      const chains = path.createChains(8, options);
      const rng = streamRng(5, 'test.advance', 0);
      chains.drawReference(rng);
      chains.advance(rng, 0.7, 3);
      return { state: chains.saveState(), rng: Array.from(rng.s) };
    };
    const f1 = run(wasm);
    const f2 = run(wasm);
    const r = run();
    expect(f1.rng).toEqual(r.rng);
    expect(Array.from(f1.state)).toEqual(Array.from(f2.state));
    // Float32 rounding flips only uniforms within ~1e-7 of a threshold: nearly all units agree.
    let same = 0;
    for (let i = 0; i < r.state.length; i++) if (r.state[i] === f1.state[i]) same++;
    expect(same / r.state.length).toBeGreaterThan(0.99);
    expect(model.nv).toBe(784);
  });

  it('RAISE with the WebAssembly kernel agrees with the reference kernel', () => {
    // Both estimate the same log p_ann(v) for the same examples; tolerance from the spread of
    // the per-example RAISE estimates. A reverse chain started from the wrong state (setStates
    // ignored) would put the fast side off by the examples' -F(v) differences (many nats).
    const { model, path, logZ } = paths('rbm_nv784_nh12.json');
    const data = rbmExactSamples(model, streamRng(4, 'test.exact', 0), 8);
    const betas = sigmoidSchedule(200);
    const fast = runRaise({ path, data, chainsPerExample: 4, betas, sweeps: 1, rng: streamRng(1, 'raise', 0), chainOptions: wasm });
    const ref = runRaise({ path, data, chainsPerExample: 4, betas, sweeps: 1, rng: streamRng(2, 'raise', 0) });
    for (let r = 0; r < 8; r++) {
      const exact = fast.logUnnormalised[r] - logZ;
      expect(Math.abs(fast.logProbs[r] - exact)).toBeLessThan(0.5);
      expect(Math.abs(ref.logProbs[r] - exact)).toBeLessThan(0.5);
    }
  });
});

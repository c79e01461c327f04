/**
 * The run summary: each field comes from the diagnostic it names, and problems come back as
 * sentences that say what to change.
 */
import { describe, expect, it } from 'vitest';
import { ising2dType } from '../../../core/models/ising2d.js';
import { sampleChains } from '../../../core/sample/sample-plan.js';
import { observablesOf, resolveObservables, sampleResult } from '../../../core/sample/sample-result.js';
import { summarise } from '../../../core/sample/summary.js';
import { InputError } from '../../../core/errors.js';
import { essBulk, essTail } from '../../../core/stats/ess.js';
import { mcseMean } from '../../../core/stats/mcse.js';
import { rankNormalisedSplitRhat } from '../../../core/stats/rhat.js';
import { ar1Chains, toChainMajor } from '../stats/reference-diagnostics.js';

describe('summarise', () => {
  it('reports each diagnostic as core/stats computes it', () => {
    const values = toChainMajor(ar1Chains(31, 4, 500, 0.6));
    const [s] = summarise({ chains: 4, observables: ['x'], series: [values] }).observables;
    expect(s.name).toBe('x');
    expect(s.rhat).toBe(rankNormalisedSplitRhat(values, 4).rhat);
    expect(s.essBulk).toBe(essBulk(values, 4));
    expect(s.essTail).toBe(essTail(values, 4));
    expect(s.mcse).toBe(mcseMean(values, 4));
    expect(s.tau).toBeGreaterThan(2);
    expect(s.warnings).toEqual([]);
  });

  it('flags an Ising magnetisation stuck in opposite phases and says what to change', () => {
    // Below the critical temperature Metropolis chains from random spins order into + or -
    // and never flip back: the energy has mixed, the magnetisation has not.
    const model = ising2dType.parse({ type: 'ising2d', rows: 16, cols: 16, beta: 0.6 }, 'test');
    const set = sampleChains({ path: model.temperedPath(), seed: 3, chains: 4, burnIn: 300, thin: 1, draws: 500 });
    const m = set.series[set.observables.indexOf('magnetisation')];
    const signs = new Set([0, 1, 2, 3].map((c) => Math.sign(m[c * 500 + 499])));
    expect(signs.size).toBe(2); // the precondition: chains ended in both phases
    const summary = summarise(set);
    expect(summary.converged).toBe(false);
    const mag = summary.observables.find((o) => o.name === 'magnetisation');
    expect(mag?.rhat).toBeGreaterThan(1.5);
    const warning = summary.warnings.find((w) => w.startsWith('magnetisation: R-hat'));
    expect(warning).toMatch(/above 1\.01/);
    expect(warning).toMatch(/burn-in/);
    expect(warning).toMatch(/parallel tempering/);
    expect(warning).toMatch(/cluster moves/);
    expect(summary.observables.find((o) => o.name === 'energy')?.rhat).toBeLessThan(1.01);
  });

  it('warns when the effective sample size is below 100 per chain', () => {
    const values = toChainMajor(ar1Chains(32, 4, 400, 0.98));
    const [s] = summarise({ chains: 4, observables: ['slow'], series: [values] }).observables;
    expect(s.warnings.some((w) => /effective sample size \d+ \((bulk|tail)\) is below 400/.test(w))).toBe(true);
  });

  it('says plainly when an observable never changes', () => {
    const summary = summarise({ chains: 2, observables: ['frozen'], series: [new Float64Array(100).fill(1)] });
    expect(summary.observables[0].rhat).toBeNaN();
    expect(summary.warnings[0]).toMatch(/^frozen: is the same in every draw/);
    // Undefined is not the same as disagreeing: convergence is judged on the others.
    expect(summary.converged).toBe(true);
  });
});

describe('sampleResult and resolveObservables', () => {
  it('carries the settings, the estimates with a 95% interval, and JSON nulls for undefined diagnostics', () => {
    const values = toChainMajor(ar1Chains(33, 2, 300, 0.2));
    const summary = summarise({ chains: 2, observables: ['x', 'frozen'], series: [values, new Float64Array(600).fill(3)] });
    const settings = { seed: 4, sampler: 'metropolis', chains: 2, chainsPerUnit: 1, burnIn: 0, thin: 1, draws: 300 };
    const result = sampleResult(summary, settings);
    expect(result).toMatchObject({ method: 'sample', ...settings, converged: true });
    const x = result.observables.x;
    expect(x.ci95[1] - x.mean).toBeCloseTo(1.96 * x.mcse, 12);
    const json = JSON.parse(JSON.stringify(result)) as { observables: Record<string, { rhat: number | null; mean: number }> };
    expect(json.observables.frozen.rhat).toBeNull();
    expect(json.observables.frozen.mean).toBe(3);
  });

  it('resolves requested observables against the model, naming the file and field when unknown', () => {
    const path = ising2dType.parse({ type: 'ising2d', rows: 4, cols: 4, beta: 0.3 }, 'm.json').temperedPath();
    const available = observablesOf(path);
    expect(available[0]).toBe('energy');
    expect(resolveObservables(available, undefined, 'm.json')).toEqual([...available]);
    expect(resolveObservables(available, ['magnetisation', 'magnetisation'], 'm.json')).toEqual(['magnetisation']);
    expect(() => resolveObservables(available, ['entropy'], 'spec.yaml', 'sample.observables')).toThrow(InputError);
    expect(() => resolveObservables(available, ['entropy'], 'spec.yaml', 'sample.observables')).toThrow(/^spec\.yaml: sample\.observables: no observable "entropy"/);
  });
});

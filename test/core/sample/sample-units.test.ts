/**
 * Sampling units: the draws depend only on (seed, unit id, unit size), never on how many
 * workers ran the units or in what order they came back; states and observables line up.
 */
import { describe, expect, it } from 'vitest';
import { ising2dType, type Ising2d } from '../../../core/models/ising2d.js';
import { mergeSampleUnits, planSampleUnits, sampleChains } from '../../../core/sample/sample-plan.js';
import { sampleUnit, type SampleUnitOutput } from '../../../core/sample/sample-unit.js';

const model = ising2dType.parse({ type: 'ising2d', rows: 6, cols: 5, beta: 0.4 }, 'test') as Ising2d;
const path = model.temperedPath();
const settings = { burnIn: 10, thin: 3, draws: 40 };

function runPlan(chains: number, chainsPerUnit: number, seed = 9): SampleUnitOutput[] {
  return planSampleUnits(chains, chainsPerUnit).map((u) => sampleUnit({ path, seed, unitId: u.unitId, chains: u.chains, keepStates: true, ...settings }));
}

describe('planSampleUnits', () => {
  it('covers the chains with fixed-size units, the last one shorter', () => {
    expect(planSampleUnits(10, 4)).toEqual([
      { unitId: 0, chains: 4, firstChain: 0 },
      { unitId: 1, chains: 4, firstChain: 4 },
      { unitId: 2, chains: 2, firstChain: 8 },
    ]);
    expect(() => planSampleUnits(0, 4)).toThrow(RangeError);
  });
});

describe('merging units', () => {
  it('is bitwise the same whatever order the units arrive in (any number of workers)', () => {
    const units = runPlan(10, 3);
    const inOrder = mergeSampleUnits(units);
    const shuffled = mergeSampleUnits([units[2], units[0], units[3], units[1]]);
    expect(shuffled).toEqual(inOrder);
    // The single-thread driver makes exactly the same units.
    expect(sampleChains({ path, seed: 9, chains: 10, chainsPerUnit: 3, keepStates: true, ...settings })).toEqual(inOrder);
  });

  it('a unit re-run alone (say on another worker after a crash) reproduces its draws', () => {
    const units = runPlan(10, 3);
    const again = sampleUnit({ path, seed: 9, unitId: 2, chains: 3, keepStates: true, ...settings });
    expect(again).toEqual(units[2]);
    // A different seed or unit gives different draws: the stream really is per unit.
    expect(sampleUnit({ path, seed: 9, unitId: 1, chains: 3, ...settings }).series[0]).not.toEqual(again.series[0]);
    expect(sampleUnit({ path, seed: 10, unitId: 2, chains: 3, ...settings }).series[0]).not.toEqual(again.series[0]);
  });

  it('lays the merged series out chain-major, unit after unit', () => {
    const units = runPlan(5, 2);
    const merged = mergeSampleUnits(units);
    expect(merged.chains).toBe(5);
    expect(merged.series[0].length).toBe(5 * settings.draws);
    // Chain 3 of the run is chain 1 of unit 1.
    const d = settings.draws;
    expect(merged.series[0].subarray(3 * d, 4 * d)).toEqual(units[1].series[0].subarray(d, 2 * d));
  });

  it('refuses missing, repeated or mismatched units', () => {
    const units = runPlan(6, 2);
    expect(() => mergeSampleUnits([units[0], units[2]])).toThrow(/0\.\.1/);
    expect(() => mergeSampleUnits([units[0], units[0]])).toThrow(RangeError);
    const shorter = sampleUnit({ path, seed: 9, unitId: 1, chains: 2, burnIn: 10, thin: 3, draws: 39 });
    expect(() => mergeSampleUnits([units[0], shorter])).toThrow(/draws/);
  });
});

describe('recorded states and observables', () => {
  it('each kept state has the energy and magnetisation recorded with it', () => {
    // Catches states copied at the wrong offset or observables read before the sweep.
    const set = mergeSampleUnits(runPlan(3, 2));
    const n = set.stateSize;
    expect(n).toBe(30);
    expect(set.states).toBeInstanceOf(Int8Array);
    const [energy, magnetisation] = [set.series[set.observables.indexOf('energy')], set.series[set.observables.indexOf('magnetisation')]];
    for (let i = 0; i < set.chains * set.draws; i++) {
      const state = (set.states as Int8Array).subarray(i * n, (i + 1) * n);
      expect(model.energy(state)).toBe(energy[i]);
      expect(state.reduce((a, b) => a + b, 0) / n).toBe(magnetisation[i]);
    }
  });

  it('records only the observables asked for, and refuses unknown ones', () => {
    const out = sampleUnit({ path, seed: 1, unitId: 0, chains: 2, observables: ['magnetisation'], ...settings });
    expect(out.observables).toEqual(['magnetisation']);
    expect(out.series.length).toBe(1);
    expect(out.states).toBeUndefined();
    expect(() => sampleUnit({ path, seed: 1, unitId: 0, chains: 2, observables: ['entropy'], ...settings })).toThrow(/entropy/);
    expect(() => sampleUnit({ path, seed: 1, unitId: 0, chains: 2, burnIn: 0, thin: 0, draws: 5 })).toThrow(/thin/);
  });
});

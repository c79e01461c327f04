/**
 * Splitting a sampling run into units and putting it back together. The unit size is part of
 * the run's settings, never of the machine: with the same seed and unit size, any number of
 * workers produce the same units, and merging them in unit-id order gives the same run.
 */
import type { TemperedPath } from '../models/model.js';
import { sampleUnit, type SampleSet, type SampleUnitOutput, type StateArray } from './sample-unit.js';

export interface SampleUnitPlan {
  unitId: number;
  /** Chains in this unit: `chainsPerUnit`, except possibly fewer in the last. */
  chains: number;
  /** Index of the unit's first chain in the merged run. */
  firstChain: number;
}

/** Units 0, 1, ... of `chainsPerUnit` chains each covering `chains` chains. */
export function planSampleUnits(chains: number, chainsPerUnit: number): SampleUnitPlan[] {
  if (!Number.isSafeInteger(chains) || chains < 1) throw new RangeError(`chains must be an integer >= 1, got ${chains}`);
  if (!Number.isSafeInteger(chainsPerUnit) || chainsPerUnit < 1) throw new RangeError(`chainsPerUnit must be an integer >= 1, got ${chainsPerUnit}`);
  const plan: SampleUnitPlan[] = [];
  for (let first = 0, id = 0; first < chains; first += chainsPerUnit, id++) {
    plan.push({ unitId: id, chains: Math.min(chainsPerUnit, chains - first), firstChain: first });
  }
  return plan;
}

/**
 * Concatenate unit outputs in unit-id order (whatever order they arrived in) into one
 * chain-major set. Every unit must have the same draws, observables and state layout, and
 * the ids must be 0..U-1 exactly once each.
 */
export function mergeSampleUnits(units: readonly SampleUnitOutput[]): SampleSet {
  if (units.length === 0) throw new RangeError('no sample units to merge');
  const ordered = [...units].sort((a, b) => a.unitId - b.unitId);
  ordered.forEach((u, i) => {
    if (u.unitId !== i) throw new RangeError(`sample units must be 0..${units.length - 1} once each; found unit ${u.unitId} at position ${i}`);
  });
  const first = ordered[0];
  const { draws, observables, stateSize } = first;
  for (const u of ordered) {
    if (u.draws !== draws) throw new RangeError(`unit ${u.unitId} has ${u.draws} draws, unit 0 has ${draws}`);
    if (u.observables.join('\u0000') !== observables.join('\u0000')) throw new RangeError(`unit ${u.unitId} records other observables than unit 0`);
    if (u.stateSize !== stateSize || (u.states === undefined) !== (first.states === undefined)) throw new RangeError(`unit ${u.unitId} keeps states unlike unit 0`);
  }
  const chains = ordered.reduce((sum, u) => sum + u.chains, 0);
  const series = observables.map((_, k) => {
    const out = new Float64Array(chains * draws);
    let offset = 0;
    for (const u of ordered) {
      out.set(u.series[k], offset);
      offset += u.series[k].length;
    }
    return out;
  });
  const merged: SampleSet = { chains, draws, observables: [...observables], series, stateSize };
  if (first.states) merged.states = concatStates(ordered.map((u) => u.states as StateArray));
  return merged;
}

function concatStates(parts: StateArray[]): StateArray {
  const length = parts.reduce((sum, p) => sum + p.length, 0);
  const kind = parts[0].constructor;
  if (!parts.every((p) => p.constructor === kind)) throw new RangeError('sample units store states with different element types');
  const out = parts[0] instanceof Int8Array ? new Int8Array(length) : parts[0] instanceof Uint8Array ? new Uint8Array(length) : new Float64Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export interface SampleChainsInput {
  path: TemperedPath;
  seed: number;
  /** Chains in total, and per unit (the unit size fixes the result; default all in one unit). */
  chains: number;
  chainsPerUnit?: number;
  burnIn: number;
  thin: number;
  draws: number;
  observables?: readonly string[];
  keepStates?: boolean;
  sampler?: string;
}

/** A whole sampling run in this thread: every unit of the plan, merged. */
export function sampleChains(input: SampleChainsInput): SampleSet {
  const plan = planSampleUnits(input.chains, input.chainsPerUnit ?? input.chains);
  const { path, seed, burnIn, thin, draws, observables, keepStates, sampler } = input;
  return mergeSampleUnits(plan.map((unit) => sampleUnit({ path, seed, unitId: unit.unitId, chains: unit.chains, burnIn, thin, draws, observables, keepStates, sampler })));
}

/** Sample data through bytes and back (the wire's SampleResult), exactly. */
import { describe, expect, it } from 'vitest';
import { ising2dType } from '../../../core/models/ising2d.js';
import { mergeSampleUnits } from '../../../core/sample/sample-plan.js';
import { sampleUnit, type SampleUnitOutput } from '../../../core/sample/sample-unit.js';
import { seriesBytes, seriesFromBytes, stateBytes, statesFromBytes, stateTypeOf } from '../../../core/sample/state-array.js';

describe('sample data as bytes', () => {
  it('a unit rebuilt from its bytes merges to the same run', () => {
    // What a coordinator does with units that came over the wire.
    const path = ising2dType.parse({ type: 'ising2d', rows: 4, cols: 4, beta: 0.3 }, 'test').temperedPath();
    const units = [0, 1].map((unitId) => sampleUnit({ path, seed: 3, unitId, chains: 2, burnIn: 3, thin: 2, draws: 7, keepStates: true }));
    const rebuilt: SampleUnitOutput[] = units.map((u) => {
      const states = u.states;
      if (!states) throw new Error('states were kept');
      expect(stateTypeOf(states)).toBe('int8');
      return {
        ...u,
        series: seriesFromBytes(seriesBytes(u.series), u.observables.length),
        states: statesFromBytes(stateTypeOf(states), stateBytes(states)),
      };
    });
    expect(mergeSampleUnits(rebuilt)).toEqual(mergeSampleUnits(units));
  });

  it('keeps float64 states and series bit for bit, little-endian', () => {
    const states = Float64Array.from([Number.NaN, -0, 1.5, -Infinity]);
    const back = statesFromBytes(stateTypeOf(states), stateBytes(states));
    expect(new Uint8Array(back.buffer)).toEqual(new Uint8Array(states.buffer));
    expect([...stateBytes(Float64Array.from([1])).subarray(6)]).toEqual([0xf0, 0x3f]);
    expect(() => seriesFromBytes(new Uint8Array(24), 2)).toThrow(RangeError);
  });
});

/**
 * Two-valued chain states packed eight to a byte (proto/two-valued-bytes.ts), and a PT copy's
 * state through the wire with them: every byte must come back, for every length (a slip in
 * the last partial byte, or in which value a set bit stands for, would flip spins of a copy
 * moved to another worker and change the bits of the run), and states with a third value
 * must not be packed at all.
 */
import { describe, expect, it } from 'vitest';
import { ising2dType } from '../../core/models/ising2d.js';
import { createPtCopy, runCopyRound, saveCopy } from '../../core/pt/copy-round.js';
import { streamRng } from '../../core/rng/rng.js';
import { wire } from '../../proto/messages.js';
import { copyStateFromWire, copyStateToWire } from '../../proto/pt-wire.js';
import { packTwoValued, unpackTwoValued } from '../../proto/two-valued-bytes.js';

function randomStates(count: number, length: number, values: number[], seed: number): Uint8Array[] {
  const rng = streamRng(seed, 'test.two-valued', length);
  return Array.from({ length: count }, () => Uint8Array.from({ length }, () => values[Math.floor(rng.nextDouble() * values.length)]));
}

describe('two-valued bytes', () => {
  it('pack and unpack every length, spins and bits, to the same bytes', () => {
    for (const length of [1, 7, 8, 9, 63, 4096]) {
      for (const values of [[0xff, 0x01], [0, 1], [1, 0], [5]]) {
        const states = randomStates(3, length, values, length);
        const packed = packTwoValued(states)!;
        expect(packed.bits.length).toBe(3 * Math.ceil(length / 8));
        expect(unpackTwoValued(packed)).toEqual(states);
      }
    }
  });

  it('leave states with a third value, unequal lengths, or none, unpacked', () => {
    expect(packTwoValued(randomStates(2, 64, [0, 1, 2], 1))).toBeUndefined();
    expect(packTwoValued([new Uint8Array(4), new Uint8Array(5)])).toBeUndefined();
    expect(packTwoValued([])).toBeUndefined();
  });

  it('refuse bits that do not fit the count and length', () => {
    expect(() => unpackTwoValued({ count: 2, length: 9, low: 0, high: 1, bits: new Uint8Array(3) })).toThrow(RangeError);
    expect(() => unpackTwoValued({ count: 1e9, length: 0, low: 0, high: 1, bits: new Uint8Array(0) })).toThrow(RangeError);
  });

  it('carry a PT copy of Ising spins packed, to the same state, eight times smaller', () => {
    const model = ising2dType.parse({ type: 'ising2d', rows: 16, cols: 16, beta: 0.44 }, 'test');
    const copy = createPtCopy(model.temperedPath(), 5, 1, 6);
    runCopyRound(copy, { betas: Float64Array.from([0, 0.2, 0.4, 0.6, 0.8, 1]), scheme: 'deo', scanStart: 0, scans: 10, sweeps: 1 });
    const state = saveCopy(copy);
    const bytes = wire.PtCopyState.encode(copyStateToWire(state)).finish();
    const back = copyStateFromWire(wire.PtCopyState.decode(bytes));
    expect(back).toEqual(state);
    expect(bytes.length).toBeLessThan((6 * 256) / 8 + 200);
  });
});

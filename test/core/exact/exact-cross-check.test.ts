/**
 * The exact methods against one another where both apply, on lattices the ground truth does
 * not cover: rectangles both ways round (catches an n/m swap in Kaufman's products or a
 * transfer direction that is not symmetric), odd sides, antiferromagnets, fields of both
 * signs, and enumeration against a plain sum over states written here from the definition.
 */
import { describe, expect, it } from 'vitest';
import { ising2dType, type Ising2d } from '../../../core/models/ising2d.js';
import { enumerateSpinLogZ } from '../../../core/exact/enumerate.js';
import type { PairwiseSpinModel } from '../../../core/exact/pairwise.js';
import { kaufmanLogZ } from '../../../core/exact/kaufman.js';
import { InputError, IntractableError } from '../../../core/errors.js';
import { streamRng } from '../../../core/rng/rng.js';

// Agreement of two exact double-precision computations: rounding is ~1e-14 relative.
const RELATIVE = 1e-10;

function lattice(rows: number, cols: number, beta: number, J = 1, h = 0): Ising2d {
  return ising2dType.parse({ type: 'ising2d', rows, cols, J, h, beta }, 'test') as Ising2d;
}

/** log Z by summing exp(log weight) over all states, straight from the definition. */
function bruteForceLogZ(m: PairwiseSpinModel): number {
  const logs: number[] = [];
  for (let x = 0; x < 2 ** m.n; x++) {
    const s = (i: number) => ((x >> i) & 1 ? 1 : -1);
    let w = m.constant ?? 0;
    for (const [i, j, K] of m.couplings) w += K * s(i) * s(j);
    for (let i = 0; i < m.n; i++) w += m.fields[i] * s(i);
    logs.push(w);
  }
  const max = Math.max(...logs);
  return max + Math.log(logs.reduce((acc, w) => acc + Math.exp(w - max), 0));
}

function expectClose(a: number, b: number): void {
  expect(Math.abs(a - b) / Math.abs(b)).toBeLessThan(RELATIVE);
}

describe('kaufman, transfer matrix and enumeration agree', () => {
  const shapes: Array<[number, number]> = [[3, 3], [3, 4], [4, 3], [3, 7], [4, 5], [5, 4], [4, 6], [6, 4], [3, 8]];
  for (const [rows, cols] of shapes) {
    for (const beta of [0.1, 0.44068679350977147, 0.9]) {
      it(`${rows}x${cols} at beta ${beta}`, () => {
        const model = lattice(rows, cols, beta);
        const kaufman = model.exactLogZ('kaufman').logZ;
        expectClose(model.exactLogZ('transfer-matrix').logZ, kaufman);
        // Enumerating 2^24 states takes ~1 s (more on a busy machine): 24-spin shapes are
        // enumerated once, 4x6 at beta_c; the others still meet kaufman = transfer matrix.
        if (rows * cols <= 20 || (rows === 4 && cols === 6 && beta === 0.44068679350977147)) expectClose(model.exactLogZ('enumeration').logZ, kaufman);
      });
    }
  }

  it('rectangles too wide to enumerate: kaufman equals the transfer matrix both ways round', () => {
    for (const [rows, cols] of [[6, 10], [10, 6], [5, 9]] as Array<[number, number]>) {
      const model = lattice(rows, cols, 0.37);
      expectClose(model.exactLogZ('transfer-matrix').logZ, model.exactLogZ('kaufman').logZ);
    }
  });

  it('antiferromagnet on an even torus: kaufman (mapped to |J|) equals the transfer matrix', () => {
    const model = lattice(4, 4, 0.5, -1);
    expect(model.exactMethods()).toContain('kaufman');
    expectClose(lattice(6, 8, 0.5, -1).exactLogZ('kaufman').logZ, lattice(6, 8, 0.5, -1).exactLogZ('transfer-matrix').logZ);
    expectClose(model.exactLogZ('kaufman').logZ, model.exactLogZ('transfer-matrix').logZ);
    expectClose(model.exactLogZ('enumeration').logZ, model.exactLogZ('transfer-matrix').logZ);
  });

  it('frustrated antiferromagnet (odd side) is refused by kaufman, still exact by the others', () => {
    const model = lattice(3, 6, 0.5, -1);
    expect(model.exactMethods()).toEqual(['transfer-matrix', 'enumeration']);
    expect(() => model.exactLogZ('kaufman')).toThrow(IntractableError);
    expectClose(model.exactLogZ('enumeration').logZ, model.exactLogZ('transfer-matrix').logZ);
  });

  it('fields of either sign: transfer matrix equals enumeration, kaufman refuses', () => {
    for (const h of [0.3, -0.7]) {
      const model = lattice(4, 5, 0.6, 1, h);
      expect(model.exactMethods()).toEqual(['transfer-matrix', 'enumeration']);
      expectClose(model.exactLogZ('transfer-matrix').logZ, model.exactLogZ('enumeration').logZ);
      expect(() => model.exactLogZ('kaufman')).toThrow(/h = 0/);
    }
  });

  it('zero coupling and zero temperature limits: log Z = N log 2 at beta 0; ~ 2LM K + log 2 deep in the ordered phase', () => {
    expectClose(kaufmanLogZ(5, 7, 1, 0, 0), 35 * Math.LN2);
    const cold = lattice(6, 6, 8);
    // Two ground states with energy -2N; the first excitation costs 8 J, weight e^{-64} N: negligible at 1e-10.
    expectClose(cold.exactLogZ('kaufman').logZ, 2 * 36 * 8 + Math.LN2);
    expectClose(cold.exactLogZ('transfer-matrix').logZ, cold.exactLogZ('kaufman').logZ);
  });

  it('strong coupling and strong field: the transfer matrix stays finite and exact', () => {
    // Per row the unnormalised weights would reach exp(w (4K + H)) = exp(3600): overflow
    // without the per-site normalisation. Ground state all +1: log Z -> 2N K + N H.
    const model = lattice(4, 5, 50, 1, 0.5);
    const expected = 2 * 20 * 50 + 20 * 25;
    expect(Math.abs(model.exactLogZ('transfer-matrix').logZ - expected) / expected).toBeLessThan(1e-12);
    expectClose(model.exactLogZ('enumeration').logZ, model.exactLogZ('transfer-matrix').logZ);
  });

  it('negative beta with J > 0 is an antiferromagnet too: refused by kaufman on odd sides', () => {
    expect(lattice(3, 4, -0.3).exactMethods()).toEqual(['transfer-matrix', 'enumeration']);
    const even = lattice(4, 4, -0.3);
    expectClose(even.exactLogZ('kaufman').logZ, even.exactLogZ('enumeration').logZ);
  });

  it('kaufman stays finite and matches the thermodynamic limit on a huge torus', () => {
    // Onsager's free energy at K_c: log Z / N -> 2G/pi + log(2)/2 = 0.9296953983...
    const logZ = kaufmanLogZ(1000, 1000, 1, 0, 0.44068679350977147);
    expect(logZ / 1e6).toBeCloseTo(0.929695398341610, 5);
  });
});

describe('Gray-code enumeration', () => {
  it('equals the plain sum over states on random models with repeated pairs, fields and a constant', () => {
    const rng = streamRng(7, 'test.enumeration', 0);
    for (let trial = 0; trial < 5; trial++) {
      const n = 6 + trial * 2;
      const couplings: Array<[number, number, number]> = [];
      for (let k = 0; k < 2 * n; k++) {
        const i = rng.nextInt(n);
        const j = (i + 1 + rng.nextInt(n - 1)) % n;
        couplings.push([i, j, 2 * rng.nextDouble() - 1]);
      }
      couplings.push([couplings[0][1], couplings[0][0], 0.25]); // a repeated pair, reversed
      const fields = Float64Array.from({ length: n }, () => rng.nextGaussian());
      const model: PairwiseSpinModel = { n, couplings, fields, constant: -1.5 };
      expectClose(enumerateSpinLogZ(model), bruteForceLogZ(model));
    }
  });

  it('handles huge weights without overflow (log Z far past exp range)', () => {
    const model: PairwiseSpinModel = { n: 10, couplings: [[0, 1, 500], [1, 2, 500]], fields: new Float64Array(10).fill(100) };
    // Max state: all +1: 1000 + 1000; the sum is dominated by it.
    expect(enumerateSpinLogZ(model)).toBeCloseTo(2000, 9);
  });

  it('refuses more than 24 spins with an IntractableError that suggests AIS', () => {
    const model: PairwiseSpinModel = { n: 25, couplings: [], fields: new Float64Array(25) };
    expect(() => enumerateSpinLogZ(model)).toThrow(IntractableError);
    expect(() => enumerateSpinLogZ(model)).toThrow(/--method ais/);
    expect(() => lattice(5, 5, 0.3).exactLogZ('enumeration')).toThrow(/--method ais/);
  });

  it('an unknown method name is an input error naming the known ones', () => {
    expect(() => lattice(4, 4, 0.3).exactLogZ('pfaffian')).toThrow(InputError);
    expect(() => lattice(4, 4, 0.3).exactLogZ('pfaffian')).toThrow(/kaufman, transfer-matrix, enumeration/);
  });

  it('a torus too wide for the transfer matrix lists only kaufman', () => {
    expect(lattice(32, 32, 0.3).exactMethods()).toEqual(['kaufman']);
    expect(lattice(32, 32, 0.3, 1, 0.1).exactMethods()).toEqual([]);
    expect(() => lattice(32, 32, 0.3, 1, 0.1).exactLogZ()).toThrow(/--method ais/);
  });
});

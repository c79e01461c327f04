/**
 * Every ising2d kernel keeps the integer bond sum and magnetisation exact: after each
 * advance they equal a recount from the spins. Catches a wrong sign or factor in an
 * incremental update and, for Wolff, a wrong boundary term (bonds inside the cluster do not
 * change, bonds across it flip sign).
 */
import { describe, expect, it } from 'vitest';
import { ising2dType, type Ising2d, type Ising2dChains } from '../../../core/models/ising2d.js';
import { streamRng } from '../../../core/rng/rng.js';
import { InputError } from '../../../core/errors.js';

function lattice(rows: number, cols: number, beta: number, J = 1, h = 0): Ising2d {
  return ising2dType.parse({ type: 'ising2d', rows, cols, J, h, beta }, 'test') as Ising2d;
}

describe('tracked sums equal a recount', () => {
  for (const sampler of ['metropolis', 'heatbath', 'wolff', 'metropolis+wolff']) {
    for (const [rows, cols] of [[3, 5], [8, 8], [7, 4]]) {
      it(`${sampler} on ${rows}x${cols}`, () => {
        const model = lattice(rows, cols, 0.44068679350977147, 1, 0);
        const chains = model.temperedPath().createChains(4, { sampler }) as Ising2dChains;
        const rng = streamRng(11, 'test.bookkeeping', rows * cols);
        chains.drawReference(rng);
        for (const b of [0.2, 0.7, 1, 1.5]) {
          chains.advance(rng, b, 5);
          const tracked = [Array.from(chains.bondSum), Array.from(chains.magnetisation)];
          for (let c = 0; c < chains.count; c++) chains.recount(c);
          expect([Array.from(chains.bondSum), Array.from(chains.magnetisation)]).toEqual(tracked);
          const energy = new Float64Array(chains.count);
          chains.observe('energy', energy);
          for (let c = 0; c < chains.count; c++) expect(energy[c]).toBe(model.energy(chains.stateOf(c)));
        }
      });
    }
  }

  it('a saved state loads back with the same sums', () => {
    const model = lattice(5, 6, 0.5, 1, 0.1);
    const chains = model.temperedPath().createChains(3) as Ising2dChains;
    const rng = streamRng(1, 'test.save', 0);
    chains.drawReference(rng);
    chains.advance(rng, 1, 3);
    const copy = model.temperedPath().createChains(3) as Ising2dChains;
    copy.loadState(chains.saveState());
    expect(copy.spins).toEqual(chains.spins);
    expect(copy.bondSum).toEqual(chains.bondSum);
    expect(copy.magnetisation).toEqual(chains.magnetisation);
    expect(() => copy.loadState(new Uint8Array(5))).toThrow(RangeError);
  });
});

describe('reproducibility', () => {
  // Every kernel is a function of (stream, state): the same seed gives the same spins, so
  // results are bitwise reproducible whatever runs them (DESIGN.md, Determinism).
  for (const sampler of ['metropolis', 'heatbath', 'wolff', 'metropolis+wolff']) {
    it(`${sampler}: the same seed gives the same chains, another seed different ones`, () => {
      const model = lattice(6, 6, 0.44068679350977147);
      const run = (seed: number) => {
        const chains = model.temperedPath().createChains(3, { sampler }) as Ising2dChains;
        const rng = streamRng(seed, 'test.reproducible', 0);
        chains.drawReference(rng);
        chains.advance(rng, 0.5, 4);
        chains.advance(rng, 1, 4);
        return chains.spins;
      };
      expect(run(1)).toEqual(run(1));
      expect(run(1)).not.toEqual(run(2));
    });
  }
});

describe('sampler choice', () => {
  it('lists metropolis, heatbath, wolff and metropolis+wolff, metropolis first', () => {
    expect(lattice(4, 4, 0.3).samplers).toEqual(['metropolis', 'heatbath', 'wolff', 'metropolis+wolff']);
  });

  it('refuses wolff with a field or an antiferromagnet, and unknown names', () => {
    expect(() => lattice(4, 4, 0.3, 1, 0.1).temperedPath().createChains(1, { sampler: 'wolff' })).toThrow(/h = 0, J > 0/);
    expect(() => lattice(4, 4, 0.3, -1, 0).temperedPath().createChains(1, { sampler: 'wolff' })).toThrow(InputError);
    expect(() => lattice(4, 4, 0.3).temperedPath().createChains(1, { sampler: 'swendsen-wang' })).toThrow(/known: metropolis, heatbath, wolff, metropolis\+wolff/);
  });
});

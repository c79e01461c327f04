/**
 * The `ising` model file: every field validated with the file and field named; the energy
 * follows model-format.md (repeated pairs add up); ising2d equals the ising model with the
 * torus's 2LM bonds (the format's stated equivalence), in energy and in log Z.
 */
import { describe, expect, it } from 'vitest';
import { isingType, type Ising, type IsingChains } from '../../../core/models/ising.js';
import { ising2dType, type Ising2d } from '../../../core/models/ising2d.js';
import { modelTypes } from '../../../core/models/registry.js';
import { InputError, IntractableError } from '../../../core/errors.js';
import { streamRng } from '../../../core/rng/rng.js';

const parse = (json: Record<string, unknown>) => isingType.parse({ type: 'ising', ...json }, 'm.json') as Ising;

describe('ising model files', () => {
  it('is in the registry', () => {
    expect(modelTypes.get('ising')).toBe(isingType);
  });

  it('reads the example of model-format.md with its defaults', () => {
    const model = parse({ n: 3, couplings: [[0, 1, 1.0], [1, 2, -0.5]], fields: [0.1, 0, 0] });
    expect(model.beta).toBe(1);
    expect(model.size).toBe(3);
    expect(model.samplers).toEqual(['metropolis', 'heatbath']);
    expect(model.exactMethods()).toEqual(['enumeration']);
    expect(Array.from(parse({ n: 2 }).fields)).toEqual([0, 0]);
  });

  const bad: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['missing n', {}, 'n', /required/],
    ['n zero', { n: 0 }, 'n', />= 1/],
    ['n fractional', { n: 2.5 }, 'n', /integer/],
    ['couplings not an array', { n: 2, couplings: 'x' }, 'couplings', /array/],
    ['a coupling not a triple', { n: 2, couplings: [[0, 1]] }, 'couplings[0]', /triple/],
    ['index out of range', { n: 2, couplings: [[0, 2, 1]] }, 'couplings[0][1]', /\[0, 1\]/],
    ['negative index', { n: 2, couplings: [[-1, 1, 1]] }, 'couplings[0][0]', /spin index/],
    ['non-integer index', { n: 3, couplings: [[0, 1.5, 1]] }, 'couplings[0][1]', /integer/],
    ['self coupling', { n: 3, couplings: [[0, 1, 1], [2, 2, 1]] }, 'couplings[1]', /itself/],
    ['non-finite coupling', { n: 2, couplings: [[0, 1, 'inf']] }, 'couplings[0][2]', /finite/],
    ['fields wrong length', { n: 3, fields: [0, 1] }, 'fields', /3 entries/],
    ['field not finite', { n: 2, fields: [0, null] }, 'fields[1]', /finite/],
    ['beta not a number', { n: 2, beta: 'hot' }, 'beta', /finite/],
  ];
  for (const [what, json, field, message] of bad) {
    it(`refuses ${what}, naming ${field}`, () => {
      try {
        parse(json);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
        expect((err as InputError).file).toBe('m.json');
        expect((err as InputError).field).toBe(field);
        expect((err as Error).message).toMatch(message);
      }
    });
  }

  it('energy: repeated pairs add up, both orders of a pair are the same bond', () => {
    const model = parse({ n: 3, couplings: [[0, 1, 1], [1, 0, 0.5], [1, 2, -2]], fields: [0.25, 0, -1] });
    const s = [1, -1, -1];
    // -(1.5 * (1)(-1) + (-2)(-1)(-1)) - (0.25 - 0 + 1) = -(-1.5 - 2) - 1.25
    expect(model.energyAt(s)).toBeCloseTo(2.25, 14);
  });

  it('refuses enumeration past 24 spins, suggesting AIS', () => {
    const model = parse({ n: 25 });
    expect(model.exactMethods()).toEqual([]);
    expect(() => model.exactLogZ()).toThrow(IntractableError);
    expect(() => model.exactLogZ()).toThrow(/--method ais/);
  });
});

describe('ising2d is the ising model on the torus graph', () => {
  function torusAsIsing(lattice: Ising2d): Ising {
    const couplings: number[][] = [];
    for (let r = 0; r < lattice.rows; r++) {
      for (let c = 0; c < lattice.cols; c++) {
        const i = r * lattice.cols + c;
        couplings.push([i, r * lattice.cols + ((c + 1) % lattice.cols), lattice.J], [i, ((r + 1) % lattice.rows) * lattice.cols + c, lattice.J]);
      }
    }
    return parse({ n: lattice.size, couplings, fields: new Array(lattice.size).fill(lattice.h), beta: lattice.beta });
  }

  it('same energies on random states, same log Z', () => {
    const lattice = ising2dType.parse({ type: 'ising2d', rows: 3, cols: 5, J: 0.7, h: -0.2, beta: 0.9 }, 't') as Ising2d;
    const graph = torusAsIsing(lattice);
    const rng = streamRng(2, 'test.equivalence', 0);
    for (let k = 0; k < 20; k++) {
      const s = Array.from({ length: lattice.size }, () => (rng.nextU32() & 1 ? 1 : -1));
      expect(graph.energyAt(s)).toBeCloseTo(lattice.energy(s), 12);
    }
    expect(graph.exactLogZ().logZ).toBeCloseTo(lattice.exactLogZ('transfer-matrix').logZ, 10);
  });
});

describe('ising chains', () => {
  it('track the energy of their states and round-trip their state', () => {
    const model = parse({ n: 6, couplings: [[0, 1, 1], [1, 2, -0.5], [2, 3, 0.3], [3, 4, 1], [4, 5, 0.2], [5, 0, -1], [0, 3, 0.4]], fields: [0.1, -0.2, 0, 0.3, 0, 0] });
    for (const sampler of ['metropolis', 'heatbath']) {
      const chains = model.temperedPath().createChains(5, { sampler }) as IsingChains;
      const rng = streamRng(4, 'test.ising-chains', 0);
      chains.drawReference(rng);
      chains.advance(rng, 0.7, 3);
      const energy = new Float64Array(5);
      chains.observe('energy', energy);
      for (let c = 0; c < 5; c++) expect(energy[c]).toBeCloseTo(model.energyAt(chains.stateOf(c)), 12);
      const logRatio = new Float64Array(5);
      chains.logRatio(0.7, 0.2, logRatio);
      for (let c = 0; c < 5; c++) expect(logRatio[c]).toBeCloseTo(-0.5 * model.beta * energy[c], 12);
      const copy = model.temperedPath().createChains(5, { sampler }) as IsingChains;
      copy.loadState(chains.saveState());
      expect(copy.energy).toEqual(chains.energy);
    }
    expect(model.temperedPath().logZ0).toBeCloseTo(6 * Math.LN2, 14);
    expect(() => model.temperedPath().createChains(1, { sampler: 'wolff' })).toThrow(/known: metropolis, heatbath/);
  });
});

/**
 * Every exact log Z method against the shared ground truth, to 1e-9 relative (model-format.md:
 * the stored values are good to ~1e-13, so a miss at 1e-9 is a wrong formula or a lost term,
 * never rounding).
 */
import { describe, expect, it } from 'vitest';
import { parseModelOrCollection } from '../../../core/models/model-file.js';
import { readGroundTruth } from '../../support/paths.js';

const RELATIVE = 1e-9;

function relativeError(value: number, exact: number): number {
  return Math.abs(value - exact) / Math.abs(exact);
}

describe.each(['ising2d.json', 'ising2d_field.json', 'ising_n16.json', 'ising_n20_fields.json'])('ground truth %s', (file) => {
  const { cases } = parseModelOrCollection(readGroundTruth(file), file);

  it('has at least one applicable exact method for every case', () => {
    for (const model of cases) expect(model.exactMethods().length, model.name).toBeGreaterThan(0);
  });

  for (const model of cases) {
    for (const method of model.exactMethods()) {
      it(`${model.name}: ${method} matches logZ_exact`, () => {
        const exact = model.toJSON().logZ_exact as number;
        const { logZ } = model.exactLogZ(method);
        expect(relativeError(logZ, exact)).toBeLessThan(RELATIVE);
      });
    }
  }
});

describe('which methods apply', () => {
  it('kaufman for every zero-field case, the transfer matrix for the field cases, enumeration up to 24 spins', () => {
    const zeroField = parseModelOrCollection(readGroundTruth('ising2d.json'), 'ising2d.json').cases;
    for (const model of zeroField) expect(model.exactMethods()[0]).toBe('kaufman');
    const field = parseModelOrCollection(readGroundTruth('ising2d_field.json'), 'ising2d_field.json').cases;
    for (const model of field) expect(model.exactMethods()).toEqual(['transfer-matrix']);
    const sixteen = zeroField.find((m) => m.name === 'ising2d_4x4_betac')!;
    expect(sixteen.exactMethods()).toEqual(['kaufman', 'transfer-matrix', 'enumeration']);
  });
});

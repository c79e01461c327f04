/**
 * logDensityOf of the hopfield network (the spin Boltzmann machine with couplings W / T):
 * summed over all states, exp(log p*(s)) gives the enumerated exact log Z, which an
 * independent route computes (catches a missing 1/T or a halved pair term).
 */
import { describe, expect, it } from 'vitest';
import { logSumExp } from '../../../core/math/logspace.js';
import { modelFromJson } from '../../../core/models/model-file.js';

describe('hopfield logDensityOf', () => {
  it('-E(s) / T, normalised by the exact log Z; refuses 0/1 states', () => {
    const model = modelFromJson({ type: 'hopfield', n: 6, patterns: [[1, -1, 1, -1, 1, 1], [1, 1, -1, -1, 1, -1]], temperature: 0.7 }, 'h.json');
    const terms = Array.from({ length: 64 }, (_, c) => model.logDensityOf!(Array.from({ length: 6 }, (_, i) => ((c >>> i) & 1 ? 1 : -1))));
    expect(logSumExp(terms)).toBeCloseTo(model.exactLogZ().logZ, 10);
    expect(() => model.logDensityOf!([1, 0, 1, 1, 1, 1])).toThrow(/take -1 or 1/);
  });
});

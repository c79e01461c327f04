/**
 * A learned pairwise prior as JSON (the `prior.json` a denoise run writes into its folder, which
 * `ebm denoise --prior FILE` and a spec's `prior.from` read back, so the pseudo-likelihood fit
 * is done once and reused):
 *   { "format": "ebm-denoise-prior", "version": 1, "rows": 28, "cols": 28,
 *     "offsets": [[0, 1], [1, 0], ...], "field": [b_0, ...], "coupling": [J_0, ...], "fit": {...} }
 * Couplings are in the bond order gridBonds(rows, cols, offsets) produces. Pure: parsing takes
 * the decoded JSON value and the file name (for errors).
 */
import { InputError } from '../errors.js';
import { gridBonds, type BondOffset } from './grid-bonds.js';
import type { PairwisePrior } from './pairwise-prior.js';

export const PRIOR_FILE_FORMAT = 'ebm-denoise-prior';

export function priorToJson(prior: PairwisePrior, fit: Record<string, unknown> = {}): Record<string, unknown> {
  const { rows, cols, offsets } = prior.bonds;
  return { format: PRIOR_FILE_FORMAT, version: 1, rows, cols, offsets, field: Array.from(prior.field), coupling: Array.from(prior.coupling), fit };
}

function finiteArray(file: string, field: string, value: unknown, length: number): Float64Array {
  if (!Array.isArray(value) || value.length !== length || !value.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    throw new InputError(file, field, `must be an array of ${length} finite numbers`);
  }
  return Float64Array.from(value as number[]);
}

export function priorFromJson(value: unknown, file: string): PairwisePrior {
  if (typeof value !== 'object' || value === null) throw new InputError(file, '(file)', 'is not a JSON object');
  const v = value as Record<string, unknown>;
  if (v.format !== PRIOR_FILE_FORMAT) throw new InputError(file, 'format', `must be "${PRIOR_FILE_FORMAT}" (a prior.json written by a denoise run)`);
  for (const key of ['rows', 'cols'] as const) {
    if (!Number.isInteger(v[key]) || (v[key] as number) < 1) throw new InputError(file, key, 'must be a positive integer');
  }
  const offsets = v.offsets;
  const isOffset = (o: unknown): o is BondOffset => Array.isArray(o) && o.length === 2 && o.every(Number.isInteger) && (o[0] > 0 || (o[0] === 0 && o[1] > 0));
  if (!Array.isArray(offsets) || offsets.length === 0 || !offsets.every(isOffset)) {
    throw new InputError(file, 'offsets', 'must be a non-empty array of forward [dr, dc] integer pairs (dr > 0, or dr = 0 and dc > 0)');
  }
  const bonds = gridBonds(v.rows as number, v.cols as number, offsets);
  return { bonds, field: finiteArray(file, 'field', v.field, bonds.sites), coupling: finiteArray(file, 'coupling', v.coupling, bonds.bondA.length) };
}

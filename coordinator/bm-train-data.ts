/**
 * The training data of a train-bm run, as visible unit values (rows x nv, Int8: 0/1 or -1/+1
 * as the trained machine's units): exact draws of a teacher bm, or bars and stripes.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { barsAndStripes } from '../core/data/bars-and-stripes.js';
import { InputError } from '../core/errors.js';
import type { BoltzmannMachine } from '../core/models/bm.js';
import type { Model } from '../core/models/model.js';
import { modelFromJson, parseModelText } from '../core/models/model-file.js';
import { streamRng } from '../core/rng/rng.js';
import { drawExactBmStates, EXACT_BM_UNITS } from '../core/train/bm-exact.js';
import type { BmTrainSpec } from '../experiments/bm-train-spec.js';

export const BM_DATA_PURPOSE = 'train-bm.data';

export interface BmTrainingData {
  rows: number;
  nv: number;
  /** rows x nv unit values. */
  visible: Int8Array;
  description: string;
}

/** A model named in a spec field: a model-file path (relative to the spec's folder) or an inline object. */
export function modelOfSpecField(ref: string | Record<string, unknown>, specFile: string, field: string, type: string): Model {
  const model = typeof ref === 'string' ? parseModelText(readFileSync(resolve(dirname(specFile), ref), 'utf8'), ref) : modelFromJson(ref, specFile, `${field}.`);
  if (model.type !== type) throw new InputError(specFile, `${field}.type`, `must be a ${type} model, got ${model.type}`);
  return model;
}

export function loadBmTrainingData(spec: BmTrainSpec, specFile: string, spin: boolean): BmTrainingData {
  const low = spin ? -1 : 0;
  const d = spec.data;
  if (d.kind === 'bars-stripes') {
    const set = barsAndStripes(d.side);
    const visible = new Int8Array(set.rows * d.copies * set.size);
    for (let k = 0; k < visible.length; k++) visible[k] = set.data[k % set.data.length] === 1 ? 1 : low;
    return { rows: set.rows * d.copies, nv: set.size, visible, description: `bars and stripes ${d.side}x${d.side}, ${set.rows} patterns x ${d.copies}` };
  }
  let teacher: BoltzmannMachine;
  try {
    teacher = modelOfSpecField(d.model, specFile, 'data.model', 'bm') as BoltzmannMachine;
  } catch (err) {
    if (err instanceof InputError || (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    throw new InputError(specFile, 'data.model', `no such file ${String(d.model)}`);
  }
  if (teacher.n > EXACT_BM_UNITS) throw new InputError(specFile, 'data.model', `exact draws enumerate the teacher's 2^n states: n must be <= ${EXACT_BM_UNITS}, got ${teacher.n}`);
  const states = drawExactBmStates({ n: teacher.n, spin: teacher.units === 'spin', hidden: teacher.hidden, W: teacher.W, b: teacher.b }, d.rows, streamRng(spec.seed, BM_DATA_PURPOSE, 0));
  const nv = teacher.n - teacher.hidden;
  const visible = new Int8Array(d.rows * nv);
  for (let r = 0; r < d.rows; r++) for (let i = 0; i < nv; i++) visible[r * nv + i] = states[r * teacher.n + i] === 1 ? 1 : low;
  return { rows: d.rows, nv, visible, description: `${d.rows} exact draws of the visible units of ${teacher.name ?? 'a bm'} (n = ${teacher.n}, hidden = ${teacher.hidden})` };
}

/** Means of the visible units, smoothed by one pseudo-example on each side (never exactly at a bound). */
export function visibleMeans(data: BmTrainingData, spin: boolean): Float64Array {
  const m = new Float64Array(data.nv);
  const low = spin ? -1 : 0;
  for (let r = 0; r < data.rows; r++) for (let i = 0; i < data.nv; i++) m[i] += data.visible[r * data.nv + i];
  // One pseudo-example at each value: (sum + 1 + low) / (rows + 2).
  for (let i = 0; i < data.nv; i++) m[i] = (m[i] + 1 + low) / (data.rows + 2);
  return m;
}

/**
 * The only list of model types. Adding a model is one new file and one line here; the
 * coordinator, the workers and the CLI find every type through this table.
 */
import type { ModelType } from './model.js';
import { ising2dType } from './ising2d.js';
import { rbmType } from './rbm.js';
import { isingType } from './ising.js';
import { bmType } from './bm.js';
import { hopfieldType } from './hopfield.js';
import { poeType } from './student-t-poe.js';
import { dbnType } from './dbn.js';

export const modelTypes: ReadonlyMap<string, ModelType> = new Map<string, ModelType>(
  [
    ising2dType,
    rbmType,
    isingType,
    bmType,
    hopfieldType,
    poeType,
    dbnType,
  ].map((t) => [t.type, t]),
);

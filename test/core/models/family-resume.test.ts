/**
 * Determinism across checkpoints (DESIGN.md): a chain set restored from saveState, with the
 * stream restored from its saved state, continues bit for bit as the uninterrupted one. This
 * catches caches (local fields, energies, gradients) that drift from what the state implies.
 */
import { describe, expect, it } from 'vitest';
import { bmType } from '../../../core/models/bm.js';
import { hopfieldType } from '../../../core/models/hopfield.js';
import { poeType } from '../../../core/models/student-t-poe.js';
import { customEnergyModel } from '../../../core/models/custom-model.js';
import { Rng, streamRng } from '../../../core/rng/rng.js';
import type { Model } from '../../../core/models/model.js';
import gaussianMixture from '../../../experiments/custom/gaussian-mixture.js';
import { readGroundTruth } from '../../support/paths.js';
import { parseModelText } from '../../../core/models/model-file.js';

/** Log weights of a 60-step AIS walk, optionally checkpointed and restored at step 30. */
function walk(model: Model, restoreAt: number | undefined): Float64Array {
  const path = model.temperedPath();
  let chains = path.createChains(6);
  let rng = streamRng(3, 'test.resume', 0);
  chains.drawReference(rng);
  const logW = new Float64Array(6);
  const inc = new Float64Array(6);
  for (let k = 1; k <= 60; k++) {
    chains.logRatio(k / 60, (k - 1) / 60, inc);
    for (let c = 0; c < 6; c++) logW[c] += inc[c];
    chains.advance(rng, k / 60, 2);
    if (k === restoreAt) {
      const saved = chains.saveState();
      const rngState = rng.saveState();
      chains = path.createChains(6);
      chains.loadState(saved);
      rng = new Rng(rngState);
    }
  }
  return logW;
}

const rows = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Math.sin(i + j) * 0.4)));

const models: Array<[string, Model]> = [
  ['bm', parseModelText(readGroundTruth('bm_n16.json'), 'bm_n16.json')],
  ['bm spin', bmType.parse({ type: 'bm', n: 10, units: 'spin', W: rows(10), b: new Array(10).fill(0.1) }, 'f')],
  ['hopfield', hopfieldType.parse({ type: 'hopfield', n: 8, W: rows(8), temperature: 0.7 }, 'f')],
  ['poe', poeType.parse({ type: 'poe', experts: 'student-t', d: 2, W: [[1, 0.3], [0, 1]], sigma: 2 }, 'f')],
  ['custom continuous', customEnergyModel(gaussianMixture, 'gm')],
  ['custom potts', customEnergyModel({ kind: 'potts', dimension: 5, states: 3, energy: (x: Int32Array | Float64Array) => (x[0] === x[1] ? -1 : 0) + 0.3 * x[4] }, 'p')],
];

describe('checkpoint and restore continue bit for bit', () => {
  for (const [label, model] of models) {
    it(label, () => {
      const straight = walk(model, undefined);
      const restored = walk(model, 30);
      expect(Array.from(restored)).toEqual(Array.from(straight));
    });
  }
});

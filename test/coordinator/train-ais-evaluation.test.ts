/**
 * The end-of-run AIS test log-likelihood (coordinator/train-evaluation.ts) against the exact
 * value, on a model just large enough (22 x 22) to take the AIS path yet small enough to
 * enumerate: catches a wrong reference, a free energy of the wrong sign or rows, or a test
 * set mixed up with the training set. Also checks the human summary of a train run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIdx, IDX_IMAGES_MAGIC } from '../../core/data/idx.js';
import { streamRng } from '../../core/rng/rng.js';
import { modelFromJson } from '../../core/models/model-file.js';
import type { Rbm } from '../../core/models/rbm.js';
import { runEbm, tempDir } from '../support/cli.js';

const dir = tempDir('ebm-train-ais-');

/** count images of 2 x 11 pixels: two noisy prototypes, pixels 0 or 255. */
function writeImages(file: string, count: number, seed: number): Uint8Array {
  const rng = streamRng(seed, 'test.images', 0);
  const pixels = new Uint8Array(count * 22);
  for (let r = 0; r < count; r++) {
    const proto = rng.nextFloat() < 0.5;
    for (let i = 0; i < 22; i++) {
      const on = (i % 2 === 0) === proto;
      pixels[r * 22 + i] = (rng.nextFloat() < 0.1 ? !on : on) ? 255 : 0;
    }
  }
  writeFileSync(file, encodeIdx(IDX_IMAGES_MAGIC, [count, 2, 11], pixels));
  return pixels;
}

describe('train: final evaluation by AIS', () => {
  it('reports a test log-likelihood within 4 standard errors (+0.05 nats) of the exact one', async () => {
    writeImages(join(dir, 'train.idx'), 400, 1);
    const test = writeImages(join(dir, 'test.idx'), 100, 2);
    const spec = {
      task: 'train',
      name: 'train-ais',
      nh: 22,
      initScale: 0.1,
      data: { dataset: 'idx', trainImages: 'train.idx', testImages: 'test.idx' },
      epochs: 3,
      batchSize: 20,
      particles: 20,
      learningRate: 0.05,
      shardSize: 20,
      evaluation: { examples: 100, ais: { chains: 64, chainsPerUnit: 8, schedule: { kind: 'linear', steps: 3000 } } },
    };
    const file = join(dir, 'spec.yaml');
    writeFileSync(file, JSON.stringify(spec));
    const run = await runEbm(['run', file, '--workers', '2', '--out', join(dir, 'run')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^train-ais: PCD-1 RBM 22x22, 3 epoch\(s\), 60 updates$/m);
    expect(run.stdout).toMatch(/test log-likelihood -?\d+\.\d+ ± \d+\.\d+ nats/);

    const result = JSON.parse(readFileSync(join(dir, 'run', 'result.json'), 'utf8'));
    expect(result.testSet).toBe('test');
    // The exact value from the rbm model's own code (core/models/rbm.ts), not the trainer's.
    const model = modelFromJson(JSON.parse(readFileSync(result.modelFile, 'utf8')), 'model.json') as Rbm;
    const rows = Uint8Array.from(test, (p) => (p >= 128 ? 1 : 0));
    const logZ = model.exactLogZ().logZ;
    let exact = 0;
    for (let r = 0; r < 100; r++) exact += (-model.freeEnergy(rows, r * 22) - logZ) / 100;
    // The error is the AIS log Z error (same rows, same free energies): its own stderr, plus
    // a small allowance for AIS's downward bias in log Z at a finite schedule.
    expect(Math.abs(result.testLogLik - exact)).toBeLessThan(4 * result.stderr + 0.05);
    expect(result.aisSampler).toBe('gibbs-wasm');

    // The sandwich on the same 100 examples: the upper side is the forward AIS figure above;
    // RAISE (the lower side) within its own 4 standard errors (+0.05 nats of annealing bias)
    // of exact. A RAISE chain started from the wrong examples, or a sign error in its
    // weights, misses by nats; an upper side on other rows than the lower would not equal
    // testLogLik.
    expect(result.sandwichExamples).toBe(100);
    // Equal up to the float32 activations of the WebAssembly kernel's -F(v) (~1e-7).
    expect(result.testLogLikUpper).toBeCloseTo(result.testLogLik, 5);
    expect(Math.abs(result.testLogLikLower - exact)).toBeLessThan(4 * result.testLogLikLowerStderr + 0.05);
    expect(result.testLogLikGap).toBeCloseTo(result.testLogLikUpper - result.testLogLikLower, 9);
    expect(Math.abs(result.testLogLikGap)).toBeLessThan(4 * Math.hypot(result.stderr, result.testLogLikLowerStderr) + 0.1);
  });
});

/**
 * The anomaly and classify tasks end to end (`ebm run`), on a small fake Fashion-MNIST written
 * by the test: class k's 28 x 28 images are dim noise with a bright 6 x 6 block at a place of
 * their own, so tiny RBMs trained for a few updates separate them. The results are checked
 * against the files the runs write (scores.csv, predictions.csv, the trained model.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIdx, IDX_IMAGES_MAGIC, IDX_LABELS_MAGIC } from '../../core/data/idx.js';
import { modelFromJson } from '../../core/models/model-file.js';
import type { Rbm } from '../../core/models/rbm.js';
import { streamRng } from '../../core/rng/rng.js';
import { auroc } from '../../core/stats/auroc.js';
import { runEbm, tempDir } from '../support/cli.js';

const dir = tempDir('ebm-apps-');

/** count images per class 0..9 (interleaved: example n has class n % 10). */
function fakeImages(count: number, stream: number): { pixels: Uint8Array; labels: Uint8Array } {
  const rng = streamRng(11, 'test.fake-fashion', stream);
  const n = count * 10;
  const pixels = new Uint8Array(n * 784);
  const labels = new Uint8Array(n);
  for (let e = 0; e < n; e++) {
    const k = e % 10;
    labels[e] = k;
    // Classes 0..8: 6 x 6 blocks on a 3 x 3 grid (rows and columns 2, 10, 18); class 9: a 4 x 9
    // block of as many pixels in rows 24..27, where no other class has any.
    const [top, left, height, width] = k < 9 ? [2 + 8 * Math.floor(k / 3), 2 + 8 * (k % 3), 6, 6] : [24, 2, 4, 9];
    for (let p = 0; p < 784; p++) {
      const [r, c] = [Math.floor(p / 28), p % 28];
      const inBlock = r >= top && r < top + height && c >= left && c < left + width;
      pixels[e * 784 + p] = inBlock ? (rng.nextDouble() < 0.9 ? 230 : 20) : rng.nextDouble() < 0.05 ? 200 : 30;
    }
  }
  return { pixels, labels };
}

function writeFakeFashion(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const [prefix, count, stream] of [['train', 60, 0], ['t10k', 20, 1]] as const) {
    const { pixels, labels } = fakeImages(count, stream);
    writeFileSync(join(folder, `${prefix}-images-idx3-ubyte`), encodeIdx(IDX_IMAGES_MAGIC, [count * 10, 28, 28], pixels));
    writeFileSync(join(folder, `${prefix}-labels-idx1-ubyte`), encodeIdx(IDX_LABELS_MAGIC, [count * 10], labels));
  }
}

const fashionDir = join(dir, 'fashion');
writeFakeFashion(fashionDir);
const rbm = `{ nh: 8, epochs: 3, batchSize: 20, particles: 20, shardSize: 10, learningRate: 0.1, kernel: reference }`;

function csvRows(path: string): number[][] {
  return readFileSync(path, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
}

async function run(name: string, yaml: string): Promise<Record<string, unknown>> {
  const spec = join(dir, `${name}.yaml`);
  writeFileSync(spec, yaml);
  const result = await runEbm(['run', spec, '--json', '--workers', '2', '--out', join(dir, name)]);
  expect(result.stderr).not.toMatch(/error/);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe('anomaly and classify tasks', () => {
  // Catches scores of the wrong sign (AUROC near 0), test images binarised differently from the
  // trained model's free energies, and anomalies taken from the wrong class.
  it('anomaly: trains on nine classes and reports the AUROC of the tenth from the free energy', async () => {
    const result = await run('anomaly', `task: anomaly\nname: fake-anomaly\nanomalyClass: 9\ndata: { dir: ${fashionDir}, trainPerClass: 40 }\nrbm: ${rbm}\n`);
    expect(result.trainRows).toBe(360);
    expect([result.testNormal, result.testAnomalies]).toEqual([180, 20]);
    const model = modelFromJson(JSON.parse(readFileSync(result.modelFile as string, 'utf8')), 'model.json') as Rbm;
    const test = fakeImages(20, 1);
    const rows = csvRows(join(dir, 'anomaly', 'scores.csv'));
    expect(rows).toHaveLength(200);
    for (const [n, label, score] of rows.filter((_, i) => i % 17 === 0)) {
      expect(label).toBe(test.labels[n]);
      expect(score).toBe(model.freeEnergy(Array.from(test.pixels.subarray(n * 784, (n + 1) * 784), (p) => (p >= 128 ? 1 : 0))));
    }
    const expected = auroc(rows.filter((r) => r[1] === 9).map((r) => r[2]), rows.filter((r) => r[1] !== 9).map((r) => r[2]));
    expect(result.auroc).toBe(expected);
    expect(result.auroc).toBeGreaterThan(0.9); // a bright block where no training image has one

    // The same model given in the spec: scored without training, the same AUROC.
    const again = await run('anomaly-given', `task: anomaly\nname: fake-anomaly-given\nmodel: ${result.modelFile}\ndata: { dir: ${fashionDir} }\n`);
    expect(again.auroc).toBe(result.auroc);
    expect(again.training).toMatch(/none/);
  });

  // Catches offsets applied to the wrong class, labels mapped to the wrong class index, and
  // validation images leaking into training (trainRows would count them).
  it('classify: one RBM per class, accuracy from free energies and fitted offsets', async () => {
    const result = await run('classify', `task: classify\nname: fake-classify\nclasses: [0, 4, 8]\ndata: { dir: ${fashionDir}, validationPerClass: 10, trainPerClass: 40 }\nrbm: ${rbm}\n`);
    expect(result.classes).toEqual([0, 4, 8]);
    expect([result.trainRows, result.validationRows, result.testRows]).toEqual([120, 30, 60]);
    const rows = csvRows(join(dir, 'classify', 'predictions.csv'));
    expect(rows).toHaveLength(60);
    const right = rows.filter(([, label, predicted]) => label === predicted).length;
    expect(result.accuracy).toBe(right / 60);
    expect(result.accuracy).toBeGreaterThan(0.9);
    expect((result.offsets as number[])[0]).toBe(0);
    expect((result.confusion as number[][]).flat().reduce((s, x) => s + x, 0)).toBe(60);
  });

  it('refuses a model given to classify and a class outside 0..9 (exit 2)', async () => {
    const bad1 = join(dir, 'bad1.yaml');
    writeFileSync(bad1, 'task: classify\nname: x\nmodel: m.json\n');
    const r1 = await runEbm(['run', bad1]);
    expect(r1.status).toBe(2);
    expect(r1.stderr).toMatch(/bad1\.yaml: model: /);
    const bad2 = join(dir, 'bad2.yaml');
    writeFileSync(bad2, 'task: anomaly\nname: x\nanomalyClass: 10\n');
    const r2 = await runEbm(['run', bad2]);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/bad2\.yaml: anomalyClass: /);
  });
});

/** `ebm compare`: the log-likelihood ratio of two states, through the real command. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIdx, IDX_IMAGES_MAGIC } from '../../../core/data/idx.js';
import { Ising2d } from '../../../core/models/ising2d.js';
import { modelFromJson } from '../../../core/models/model-file.js';
import { logSumExp } from '../../../core/math/logspace.js';
import { runEbm, tempDir } from '../../support/cli.js';
import { groundTruthPath, readGroundTruth } from '../../support/paths.js';
import { bits, randomRbm } from '../../core/models/rbm-helpers.js';
import { pngBytes, writeJson } from './state-files.js';

const dir = tempDir('ebm-compare-');
const rbmFile = groundTruthPath('rbm_nv20_nh10.json');
const rbmJson = JSON.parse(readGroundTruth('rbm_nv20_nh10.json')) as { W: number[][]; b: number[]; c: number[] };

/** log sum_h exp(-E(v, h)) by brute force over the 2^10 hidden states: no free-energy formula involved. */
function bruteLogMarginal(v: number[]): number {
  const terms: number[] = [];
  for (let h = 0; h < 1024; h++) {
    let e = 0;
    for (let i = 0; i < 20; i++) e += v[i] * rbmJson.b[i];
    for (let j = 0; j < 10; j++) {
      if (!((h >> j) & 1)) continue;
      e += rbmJson.c[j];
      for (let i = 0; i < 20; i++) e += v[i] * rbmJson.W[i][j];
    }
    terms.push(e);
  }
  return logSumExp(terms);
}

async function compareJson(args: string[]): Promise<Record<string, number>> {
  const run = await runEbm(['compare', ...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Record<string, number>;
}

describe('ebm compare', () => {
  const a = Array.from(bits(0b10110011100011110001, 20));
  const b = Array.from(bits(0b01001100011100001110, 20));
  const fileA = writeJson(dir, 'a.json', a);
  const fileB = writeJson(dir, 'b.json', b);

  // Catches a sign slip (F(a) - F(b)) and a free energy that drops or doubles a term.
  it('prints log p(a) - log p(b) = F(b) - F(a) for an RBM, equal to the brute-force marginals', async () => {
    const out = await compareJson([rbmFile, fileA, fileB]);
    const expected = bruteLogMarginal(a) - bruteLogMarginal(b);
    expect(out.logRatio).toBeCloseTo(expected, 10);
    expect(out.ratio).toBeCloseTo(Math.exp(expected), 8);
    const text = await runEbm(['compare', rbmFile, fileA, fileB]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/log p\(a\) - log p\(b\) = F\(b\) - F\(a\) = -?\d/);
  });

  it('reads a PNG as the image of an ising2d state (on = +1, off = -1), the same as its JSON', async () => {
    const model = modelFromJson({ type: 'ising2d', rows: 4, cols: 5, J: 1, h: 0.2, beta: 0.4 }, 'm') as Ising2d;
    const modelFile = writeJson(dir, 'ising.json', model.toJSON());
    const grey = Uint8Array.from({ length: 20 }, (_, i) => (i * 37) % 256);
    const png = join(dir, 'a.png');
    writeFileSync(png, pngBytes(5, 4, grey));
    const spins = Array.from(grey, (g) => (g >= 128 ? 1 : -1));
    const spinsFile = writeJson(dir, 'spins.json', [spins.slice(0, 5), spins.slice(5, 10), spins.slice(10, 15), spins.slice(15)]);
    const allUp = writeJson(dir, 'up.json', new Array(20).fill(1));
    const fromPng = await compareJson([modelFile, png, allUp]);
    const fromJson = await compareJson([modelFile, spinsFile, allUp]);
    expect(fromPng.logRatio).toBe(fromJson.logRatio);
    expect(fromPng.logRatio).toBeCloseTo(-0.4 * (model.energy(spins) - model.energy(new Array(20).fill(1))), 12);
  });

  it('reads images from an IDX file by --index-a / --index-b, thresholded at 128', async () => {
    const model = randomRbm(4, 3, 1, 9);
    const modelFile = writeJson(dir, 'rbm4.json', model.toJSON());
    const idx = join(dir, 'images-idx3-ubyte');
    writeFileSync(idx, encodeIdx(IDX_IMAGES_MAGIC, [3, 2, 2], Uint8Array.from([0, 0, 0, 0, 200, 127, 128, 255, 255, 255, 255, 255])));
    const out = await compareJson([modelFile, idx, idx, '--index-a', '1', '--index-b', '2']);
    expect(out.logRatio).toBeCloseTo(model.freeEnergy([1, 1, 1, 1]) - model.freeEnergy([1, 0, 1, 1]), 12);
  });

  const bad: { name: string; args: () => string[]; message: RegExp }[] = [
    { name: 'a missing state file', args: () => [rbmFile, join(dir, 'none.json'), fileB], message: /none\.json: \(file\): cannot read: ENOENT/ },
    { name: 'a value outside 0/1 for an RBM', args: () => [rbmFile, writeJson(dir, 'two.json', [2, ...a.slice(1)]), fileB], message: /two\.json: values: value 2 at position 0: this model's units take 0 or 1/ },
    { name: 'a state of the wrong length', args: () => [rbmFile, fileA, writeJson(dir, 'short.json', [0, 1])], message: /short\.json: values: a state of this model has 20 values, got 2/ },
    { name: 'a JSON object instead of an array', args: () => [rbmFile, writeJson(dir, 'obj.json', { v: a }), fileB], message: /obj\.json: \(root\): expected a JSON array/ },
    { name: 'a non-number in the array', args: () => [rbmFile, writeJson(dir, 'str.json', ['1', ...a.slice(1)]), fileB], message: /str\.json: \[0\]: expected a number, got "1"/ },
    {
      name: 'a PNG of the wrong size',
      args: () => {
        writeFileSync(join(dir, 'big.png'), pngBytes(3, 3, new Uint8Array(9)));
        return [rbmFile, join(dir, 'big.png'), fileB];
      },
      message: /big\.png: size: the image is 3 x 3, the model's states are 20 pixels/,
    },
    { name: 'an IDX file without --index', args: () => [rbmFile, join(dir, 'i20'), fileB], message: /i20: --index: an IDX file holds 2 images; say which/,
    },
    { name: 'an IDX index past the end', args: () => [rbmFile, join(dir, 'i20'), fileB, '--index-a', '2'], message: /i20: --index: 2 is past the last image/ },
  ];
  writeFileSync(join(dir, 'i20'), encodeIdx(IDX_IMAGES_MAGIC, [2, 4, 5], new Uint8Array(40)));
  for (const c of bad) {
    it.concurrent(`refuses ${c.name} (exit 2, one line naming the file and field)`, async () => {
      const run = await runEbm(['compare', ...c.args()]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^ebm: error: /);
      expect(run.stderr).toMatch(c.message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});

/** `ebm score`: per-example anomaly scores through the real command. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barsAndStripes } from '../../../core/data/bars-and-stripes.js';
import { encodeIdx, IDX_IMAGES_MAGIC, IDX_LABELS_MAGIC } from '../../../core/data/idx.js';
import { decodeNpy } from '../../../core/io/npy.js';
import { auroc } from '../../../core/stats/auroc.js';
import { streamRng } from '../../../core/rng/rng.js';
import { runEbm, tempDir } from '../../support/cli.js';
import { randomRbm } from '../../core/models/rbm-helpers.js';
import { writeJson } from './state-files.js';

const dir = tempDir('ebm-score-');

function readCsv(path: string): { header: string; rows: number[][] } {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  return { header, rows: lines.map((l) => l.split(',').map(Number)) };
}

async function scoreJson(args: string[]): Promise<Record<string, unknown>> {
  const run = await runEbm(['score', ...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('ebm score', () => {
  const rbm16 = randomRbm(16, 5, 1, 21);
  const rbmFile = writeJson(dir, 'rbm16.json', rbm16.toJSON());

  // Catches scores of the wrong sign (-F instead of F) or rows read at the wrong offset.
  it('writes the free energy of every bars-and-stripes pattern, in order, with a summary', async () => {
    const out = join(dir, 'bs.csv');
    const summary = await scoreJson([rbmFile, '--data', 'bars-stripes', '--out', out]);
    const patterns = barsAndStripes(4);
    const csv = readCsv(out);
    expect(csv.header).toBe('index,score');
    expect(csv.rows).toHaveLength(patterns.rows);
    csv.rows.forEach(([n, score], r) => {
      expect(n).toBe(r);
      expect(score).toBe(rbm16.freeEnergy(patterns.data, r * 16));
    });
    const scores = csv.rows.map((r) => r[1]);
    expect(summary.count).toBe(patterns.rows);
    expect(summary.min).toBe(Math.min(...scores));
    expect(summary.max).toBe(Math.max(...scores));
    expect(summary.mean as number).toBeCloseTo(scores.reduce((s, x) => s + x, 0) / scores.length, 10);
    const npy = join(dir, 'bs.npy');
    await scoreJson([rbmFile, '--data', 'bars-stripes', '--out', npy]);
    const array = decodeNpy(readFileSync(npy), npy);
    expect(array.descr).toBe('<f8');
    expect(array.shape).toEqual([patterns.rows]);
    expect(Array.from(array.data)).toEqual(scores);
  });

  it('scores labelled IDX images and reports the AUROC of the --positive labels', async () => {
    const rng = streamRng(4, 'test.score', 0);
    const count = 40;
    const pixels = Uint8Array.from({ length: count * 16 }, () => rng.nextInt(256));
    const labels = Uint8Array.from({ length: count }, (_, n) => n % 3);
    writeFileSync(join(dir, 'img'), encodeIdx(IDX_IMAGES_MAGIC, [count, 4, 4], pixels));
    writeFileSync(join(dir, 'lab'), encodeIdx(IDX_LABELS_MAGIC, [count], labels));
    const out = join(dir, 'idx.csv');
    const summary = await scoreJson([rbmFile, '--data', join(dir, 'img'), '--labels', join(dir, 'lab'), '--positive', '2', '--out', out]);
    const csv = readCsv(out);
    expect(csv.header).toBe('index,label,score');
    csv.rows.forEach(([n, label, score]) => {
      expect(label).toBe(labels[n]);
      const v = Array.from(pixels.subarray(n * 16, (n + 1) * 16), (p) => (p >= 128 ? 1 : 0));
      expect(score).toBe(rbm16.freeEnergy(v));
    });
    const expected = auroc(csv.rows.filter((r) => r[1] === 2).map((r) => r[2]), csv.rows.filter((r) => r[1] !== 2).map((r) => r[2]));
    expect(summary.auroc).toBe(expected);
    expect((summary.byLabel as Record<string, { count: number }>)['2'].count).toBe(13);

    // Sampled binarisation: the same seed gives the same scores, another seed others.
    const s1 = join(dir, 's1.csv');
    const s2 = join(dir, 's2.csv');
    const s3 = join(dir, 's3.csv');
    await Promise.all(
      [[s1, '5'], [s2, '5'], [s3, '6']].map(([out, seed]) => scoreJson([rbmFile, '--data', join(dir, 'img'), '--binarize', 'sample', '--seed', seed, '--out', out])),
    );
    expect(readFileSync(s1, 'utf8')).toBe(readFileSync(s2, 'utf8'));
    expect(readFileSync(s1, 'utf8')).not.toBe(readFileSync(s3, 'utf8'));
  });

  it('scores a JSON array of ising states as beta E(s)', async () => {
    const ising = writeJson(dir, 'ising.json', { type: 'ising', n: 3, couplings: [[0, 1, 1], [1, 2, -0.5]], fields: [0.1, 0, 0], beta: 2 });
    const states = writeJson(dir, 'states.json', [[1, 1, 1], [1, -1, 1]]);
    const out = join(dir, 'ising.csv');
    await scoreJson([ising, '--data', states, '--out', out]);
    // E(+++) = -(1 - 0.5) - 0.1 = -0.6; E(+-+) = -(-1 + 0.5) - 0.1 = 0.4
    const scores = readCsv(out).rows.map((r) => r[1]);
    expect(scores[0]).toBeCloseTo(2 * -0.6, 12);
    expect(scores[1]).toBeCloseTo(2 * 0.4, 12);
  });

  const bad: { name: string; args: () => string[]; message: RegExp }[] = [
    { name: 'an unknown output format', args: () => [rbmFile, '--data', 'bars-stripes', '--out', join(dir, 's.txt')], message: /s\.txt: --out: scores are written as \.csv or \.npy/ },
    { name: 'a missing data file', args: () => [rbmFile, '--data', join(dir, 'nothing.idx'), '--out', join(dir, 'x.csv')], message: /nothing\.idx: \(file\): cannot read/ },
    { name: 'values outside 0/1', args: () => [rbmFile, '--data', writeJson(dir, 'twos.json', [new Array(16).fill(2)]), '--out', join(dir, 'x.csv')], message: /twos\.json: values: example 0: value 2 at position 0/ },
    { name: 'states of the wrong size', args: () => [rbmFile, '--data', writeJson(dir, 'small.json', [[0, 1]]), '--out', join(dir, 'x.csv')], message: /small\.json: size: examples have 2 values, the model's states have 16/ },
    { name: 'ragged states', args: () => [rbmFile, '--data', writeJson(dir, 'ragged.json', [[0, 1], [1]]), '--out', join(dir, 'x.csv')], message: /ragged\.json: \[1\]: has 1 values, the first state has 2/ },
    { name: '--positive without labels', args: () => [rbmFile, '--data', 'bars-stripes', '--positive', '1', '--out', join(dir, 'x.csv')], message: /bars-stripes: --positive: needs labelled data/ },
    { name: 'a bad --split', args: () => [rbmFile, '--data', 'fashion-mnist', '--split', 'dev'], message: /--split must be train or test, got "dev"/ },
    { name: 'a missing Fashion-MNIST folder', args: () => [rbmFile, '--data', 'fashion-mnist', '--data-dir', join(dir, 'no-such-dir')], message: /no-such-dir: data: Fashion-MNIST not found.*apt-get install dataset-fashion-mnist/ },
    { name: 'a missing --data', args: () => [rbmFile], message: /required option '--data <source>' not specified/ },
  ];
  for (const c of bad) {
    it.concurrent(`refuses ${c.name} (exit 2, one line)`, async () => {
      const run = await runEbm(['score', ...c.args()]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(c.message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});

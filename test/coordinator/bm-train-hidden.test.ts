/**
 * train-bm with hidden units through the real `ebm` command: the exact (enumerated)
 * log-likelihood of the training data rises, and the weights and curve are bitwise the same
 * on 1 and 2 worker threads (DESIGN.md, Determinism).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BoltzmannMachine } from '../../core/models/bm.js';
import { parseModelText } from '../../core/models/model-file.js';
import { runEbm, tempDir } from '../support/cli.js';

const dir = tempDir('ebm-train-bm-hidden-');

function writeSpec(name: string, spec: Record<string, unknown>): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, JSON.stringify({ task: 'train-bm', name, ...spec }));
  return file;
}

const modelOf = (runDir: string) => readFileSync(join(runDir, 'model.json'), 'utf8');

describe('train-bm with hidden units', () => {
  it('hidden units: the exact log-likelihood rises, and 1 and 2 worker threads give the same bits', async () => {
    const file = writeSpec('bm-hidden', {
      seed: 3,
      hidden: 4,
      data: { kind: 'bars-stripes', side: 3, copies: 10 },
      epochs: 6,
      batchSize: 20,
      particles: 20,
      k: 2,
      shardSize: 10,
      learningRate: 0.05,
      checkpointEvery: 5,
    });
    const a = await runEbm(['run', file, '--workers', '1', '--json', '--out', join(dir, 'h1')]);
    const b = await runEbm(['run', file, '--workers', '2', '--json', '--out', join(dir, 'h2')]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(modelOf(join(dir, 'h2'))).toBe(modelOf(join(dir, 'h1')));
    const curve = JSON.parse(a.stdout).learningCurve as Array<{ trainLogLik: number }>;
    expect(JSON.parse(b.stdout).learningCurve).toEqual(curve);
    expect(curve).toHaveLength(7);
    // Exact (enumerated) log-likelihood of the 140 rows: up by more than 0.3 nats in 6 epochs
    // (0.54 seen); a positive phase that ignored the hidden units or a sign slip would not rise.
    expect(curve[6].trainLogLik - curve[0].trainLogLik).toBeGreaterThan(0.3);
    for (let e = 1; e < curve.length; e++) expect(curve[e].trainLogLik).toBeGreaterThan(curve[0].trainLogLik);
    const model = parseModelText(modelOf(join(dir, 'h1')), 'model.json') as BoltzmannMachine;
    expect(model.hidden).toBe(4);
    expect(model.n).toBe(13);
  });

});

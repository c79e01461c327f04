/**
 * The dbn task end to end through the CLI: greedy training of 784-32-24 on 400 Fashion-MNIST
 * images, then the lower bound (S&M 2008) beside the first-layer RBM's AIS / RAISE sandwich.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFromJson } from '../../core/models/model-file.js';
import type { Dbn } from '../../core/models/dbn.js';
import { runEbm, tempDir } from '../support/cli.js';
import { writeDbnSpec } from './dbn-fixture.js';

const dir = tempDir('ebm-dbn-task-');

describe('ebm run of a dbn spec', () => {
  it('trains both layers, writes the DBN and its pictures, and reports the bound beside the first layer RBM\'s sandwich', async () => {
    const spec = writeDbnSpec(dir, 'dbn-small');
    const runDir = join(dir, 'run');
    const run = await runEbm(['run', spec, '--workers', '2', '--json', '--out', runDir]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(JSON.parse(readFileSync(join(runDir, 'result.json'), 'utf8')).testLogLikBound).toBe(result.testLogLikBound);
    expect(result.sizes).toEqual([784, 32, 24]);
    expect(result.summary).toMatch(/^test log-likelihood lower bound -\d+\.\d\d ± /);
    expect(result.layers.map((l: { updates: number }) => l.updates)).toEqual([40, 20]);

    // The comparison, on the same test examples: the bound against the first layer's forward
    // AIS estimate (the upper side of its sandwich), paired per example. Its sign is an empirical
    // matter, not a theorem: a second layer can raise the bound above the first RBM's log-likelihood
    // (Hinton et al. 2006), and does on this tiny, briefly trained network (see dbn-exact-run.test.ts).
    const first = result.firstLayer;
    expect(result.boundExamples).toBe(first.testExamples);
    expect(result.boundMinusFirstLayer).toBeCloseTo(result.testLogLikBound - first.testLogLik, 9);
    expect(result.boundMinusFirstLayerStderr).toBeGreaterThan(0);
    expect(first.sandwichExamples).toBe(20);
    // RAISE (lower) and forward AIS (upper) bracket the first RBM's log-likelihood within their errors.
    expect(first.testLogLikLower).toBeLessThanOrEqual(first.testLogLikUpper + 4 * Math.hypot(first.testLogLikUpperStderr, first.testLogLikLowerStderr));
    // The interval: the bound's error and log Z_top's, apart and combined.
    expect(result.logZTopMethod).toBe('ais');
    expect(result.logZTopStderr).toBeGreaterThan(0);
    expect(result.testLogLikBoundStderr).toBeGreaterThan(0);
    const [lo, hi] = result.testLogLikBoundCi95;
    expect(hi - lo).toBeCloseTo(2 * 1.96 * Math.hypot(result.testLogLikBoundStderr, result.logZTopStderr), 9);

    // The outputs: the dbn model file (read back through the registry), the pictures, the report.
    const model = modelFromJson(JSON.parse(readFileSync(join(runDir, 'model.json'), 'utf8')), 'model.json') as Dbn;
    expect(model.type).toBe('dbn');
    expect(model.layers.map((l) => [l.nv, l.nh])).toEqual([[784, 32], [32, 24]]);
    for (const file of ['samples.png', 'report.html', 'layer-1/filters.png', 'layer-1/samples.png', 'layer-1/model.json', 'layer-2/model.json']) {
      expect(existsSync(join(runDir, file)), file).toBe(true);
    }
    expect(result.samples.count).toBe(16);
  });
});

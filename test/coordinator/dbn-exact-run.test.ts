/**
 * The dbn task's bound against exact answers: with layers 784-10-8 every sum is enumerable, so
 * the DBN's exact log p(v) (Dbn.logDensityOf, itself checked by brute force in
 * test/core/models/dbn-model.test.ts) and the first RBM's exact log-likelihood can be computed
 * from the run's model files on the same test images. The estimated bound must lie below the
 * DBN's exact log-likelihood: a bound above it would mean a wrong q, a wrong p(v|h1) or a wrong
 * log Z_top somewhere in the pipeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binarizeByThreshold } from '../../core/data/binarize.js';
import type { Dbn } from '../../core/models/dbn.js';
import { modelFromJson } from '../../core/models/model-file.js';
import { loadFashionMnist } from '../../coordinator/datasets.js';
import { runEbm, tempDir } from '../support/cli.js';
import { writeDbnSpec } from './dbn-fixture.js';

const dir = tempDir('ebm-dbn-exact-');

describe('dbn task against enumeration', () => {
  it('the bound lies below the exact DBN log-likelihood, and the first layer\'s figure is its exact log-likelihood, on the same test images', async () => {
    const spec = writeDbnSpec(dir, 'dbn-exact', [10, 8]);
    const runDir = join(dir, 'run');
    const run = await runEbm(['run', spec, '--workers', '2', '--json', '--out', runDir]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.logZTopMethod).toMatch(/^exact/);
    expect(result.logZTopStderr).toBe(0);

    const dbn = modelFromJson(JSON.parse(readFileSync(join(runDir, 'model.json'), 'utf8')), 'model.json') as Dbn;
    const test = binarizeByThreshold(loadFashionMnist('/usr/share/datasets/fashion-mnist').test.images, Math.floor(0.5 * 255) + 1).data;
    const n = result.boundExamples;
    expect(n).toBe(100);
    const logZ = dbn.exactLogZ().logZ;
    const bottom = dbn.layers[0];
    const logZ1 = bottom.exactLogZ().logZ;
    let dbnLogLik = 0;
    let rbmLogLik = 0;
    for (let r = 0; r < n; r++) {
      const v = test.subarray(r * 784, (r + 1) * 784);
      dbnLogLik += (dbn.logDensityOf(v) - logZ) / n;
      rbmLogLik += (-bottom.freeEnergy(v) - logZ1) / n;
    }
    expect(Math.abs(result.logZTop - logZ)).toBeLessThan(1e-9 * Math.abs(logZ));
    expect(Math.abs(result.firstLayer.exactLogLik - rbmLogLik)).toBeLessThan(1e-9 * Math.abs(rbmLogLik));
    // The estimate's own noise (h1 samples) is far below the bound's slack here; 4 standard errors of margin.
    expect(result.testLogLikBound).toBeLessThan(dbnLogLik + 4 * result.testLogLikBoundStderr);
    expect(result.testLogLikBound).toBeLessThan(dbnLogLik);
  });
});

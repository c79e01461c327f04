/**
 * The bars-and-stripes experiment (experiments/rbm-bars-stripes.yaml, issue 3's target): PCD
 * training through the real command brings the exact average log-likelihood of the 30
 * patterns of the 4x4 set within 0.5 nats of the optimum -log 30. Exact by enumeration of
 * the visible layer, so no estimator's noise enters; the run is seeded, so the figure is
 * fixed. Catches a gradient with a wrong sign or scale, a broken reduction, or particles that
 * are not carried from one update to the next (each of which leaves it nats short).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { repoRoot } from '../support/paths.js';

describe('experiments/rbm-bars-stripes.yaml', () => {
  it('trains to within 0.5 nats of the optimum log-likelihood', async () => {
    const out = join(tempDir('ebm-bas-'), 'run');
    const run = await runEbm(['run', join(repoRoot, 'experiments', 'rbm-bars-stripes.yaml'), '--workers', '2', '--json', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.optimumLogLik).toBeCloseTo(-Math.log(30), 12);
    expect(result.exactLogLik).toBeGreaterThan(result.optimumLogLik - 0.5);
    expect(result.exactLogLik).toBeLessThan(result.optimumLogLik + 1e-9); // no distribution beats uniform on the patterns
    expect(result.learningCurve.length).toBe(5);
  });
});

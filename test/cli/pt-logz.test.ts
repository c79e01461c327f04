/**
 * Parallel tempering through the real `ebm` command (issue 4): the stepping-stone log Z within
 * 4 standard errors of the exact value on ground-truth cases,
 * and the per-round table on standard error.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModelOrCollection } from '../../core/models/model-file.js';
import { runEbm, tempDir } from '../support/cli.js';
import { readGroundTruth } from '../support/paths.js';

const dir = tempDir();

describe('ebm logz --method pt', () => {
  it('prints the per-round table on standard error and a summary on standard output', async () => {
    const model = join(dir, 'm4.json');
    writeFileSync(model, JSON.stringify({ type: 'ising2d', rows: 4, cols: 4, beta: 0.3 }));
    const run = await runEbm(['logz', model, '--method', 'pt', '--replicas', '4', '--rounds', '3', '--scheme', 'reversible', '--workers', '1', '--out', join(dir, 'text')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/round\s+scans\s+Lambda/);
    expect(run.stderr.split('\n').filter((l) => /^ebm:\s+\d+\s+\d+\s+\d/.test(l))).toHaveLength(3);
    expect(run.stdout).toMatch(/\(PT\)/);
    expect(run.stdout).toMatch(/4 replicas, 3 rounds, REVERSIBLE swaps/);
    expect(run.stdout).not.toMatch(/round\s+scans/);
  });

  it('refuses bad PT input with exit 2 and a line naming the field', async () => {
    const model = join(dir, 'm3.json');
    writeFileSync(model, JSON.stringify({ type: 'ising2d', rows: 3, cols: 3, beta: 0.3 }));
    const one = await runEbm(['logz', model, '--method', 'pt', '--replicas', '1', '--out', join(dir, 'bad1')]);
    expect(one.status).toBe(2);
    expect(one.stderr).toMatch(/^ebm: error: .*pt\.replicas/m);
    const scheme = await runEbm(['logz', model, '--method', 'pt', '--scheme', 'random', '--out', join(dir, 'bad2')]);
    expect(scheme.status).toBe(2);
    expect(scheme.stderr).toMatch(/--scheme must be deo or reversible/);
  });

  // The stepping-stone estimate and its batch-means error bar, end to end: catches a record
  // merged out of ladder order, a pair's log ratio with the wrong sign, or an error bar too
  // small for the estimator's real spread. (More cases, through the core: test/core/pt.)
  const cases = [
    ...parseModelOrCollection(readGroundTruth('ising2d.json'), 'ising2d.json').cases.filter((m) => m.name === 'ising2d_8x8_betac'),
    ...parseModelOrCollection(readGroundTruth('rbm_nv20_nh10.json'), 'rbm_nv20_nh10.json').cases,
  ];
  it.each(cases.map((m) => [m.name, m] as const))('%s: stepping-stone log Z within 4 standard errors of exact', async (name, model) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(model.toJSON()));
    const run = await runEbm(['logz', file, '--method', 'pt', '--replicas', '12', '--rounds', '10', '--copies', '2', '--workers', '2', '--json', '--out', join(dir, `gt-${name}`)]);
    expect(run.status, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    const exact = (model.toJSON() as { logZ_exact: number }).logZ_exact;
    // The exact method's value (rbm: summed here) or the file's, to the file's precision.
    expect(r.exact).toBeCloseTo(exact, 9);
    expect(Math.abs(r.zScore)).toBeLessThan(4);
    expect(Math.abs(r.logZ - exact)).toBeLessThan(4 * r.stderr);
    expect(r.logZForward).toBeLessThanOrEqual(r.logZBackward + 4 * r.stderr);
  });
});

/** Reports for training runs (curves, RBM images) and for results that lack or garble fields. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../report/index.js';
import { inkFraction, pngSize } from './chromium.js';
import { headings } from './report-checks.js';
import { trainingResult } from './synthetic-results.js';

const root = mkdtempSync(join(tmpdir(), 'ebm-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeReport', () => {
  it('draws training curves and RBM filters and samples as PNG images', async () => {
    const dir = mkdtempSync(join(root, 'train-'));
    const { result, filters, samples } = trainingResult();
    const file = await writeReport(dir, result, { filters, samples, title: 'RBM on bars' });
    const html = readFileSync(file, 'utf8');
    expect(headings(html)).toEqual(['Summary', 'Training curves', 'Filters', 'Samples']);
    expect(html).toContain('<title>RBM on bars</title>');
    expect(html).toContain('test log-likelihood (nats)');
    const images = [...html.matchAll(/src="data:image\/png;base64,([^"]+)"/g)].map((match) => Buffer.from(match[1], 'base64'));
    expect(images).toHaveLength(2);
    // 16 tiles of 8x8 pixels at 6 output pixels each, 4 per row, 4-pixel gaps: 4*48 + 5*4 = 212.
    for (const image of images) expect(pngSize(image)).toEqual({ width: 212, height: 212 });
    // Binary samples: the tiles hold both black and white pixels.
    expect(inkFraction(images[1], 212, 212)).toBeGreaterThan(0.2);
  });

  it('tables the diagnostics of a sampling run, per temperature of a sweep', async () => {
    const dir = mkdtempSync(join(root, 'sample-'));
    const observable = (mean: number, rhat: number) => ({ mean, mcse: 0.01, rhat, essBulk: 900, essTail: 800, tau: 1.5, exact: [{ value: mean, source: 'Kaufman 1949, finite torus', zScore: 0.3 }] });
    const result = { task: 'sample', method: 'sample', sampler: 'metropolis', converged: false, temperatures: [{ beta: 0.2, observables: { energy: observable(-1.2, 1.001) } }, { beta: 0.6, observables: { energy: observable(-3.4, 1.04) } }] };
    const html = readFileSync(await writeReport(dir, result), 'utf8');
    expect(headings(html)).toEqual(['Summary', 'Sampling diagnostics']);
    expect(html).toContain('β 0.6: energy');
    expect(html).toContain('NOT CONVERGED');
    expect(html).toContain('Kaufman 1949, finite torus');
  });

  it('skips what a result lacks and escapes what it holds', async () => {
    const dir = mkdtempSync(join(root, 'bare-'));
    const html = readFileSync(await writeReport(dir, { method: '<exact>', logZ: 1.5, swapAcceptance: 'not an array', history: [{ note: 'no numbers' }] }), 'utf8');
    expect(headings(html)).toEqual(['Summary', 'Estimate']);
    expect(html).toContain('&lt;exact&gt;');
    expect(html).not.toContain('<exact>');
    // The AIS path may also come as parallel arrays (typed arrays from the engine).
    const arrays = readFileSync(await writeReport(dir, { path: { betas: new Float64Array([0, 0.5, 1]), logZ: [2.77, 3.1, 4.2] } }), 'utf8');
    expect(headings(arrays)).toEqual(['Summary', 'log Z along the path']);
    const empty = readFileSync(await writeReport(dir, null), 'utf8');
    expect(headings(empty)).toEqual(['Summary']);
  });
});

/**
 * The report of a synthetic PT run has its plots, needs nothing from outside, and renders
 * in headless Chromium without errors into a screenshot that is not blank.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../report/index.js';
import { expectRenders, expectSelfContained, headings } from './report-checks.js';
import { ptResult } from './synthetic-results.js';

const root = mkdtempSync(join(tmpdir(), 'ebm-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeReport', () => {
  it('draws a PT run: swap acceptance per pair, round trips and Lambda per round', async () => {
    const dir = mkdtempSync(join(root, 'pt-'));
    const file = await writeReport(dir, ptResult());
    const html = readFileSync(file, 'utf8');
    expect(headings(html)).toEqual(['Summary', 'Estimate', 'log Z against round', 'log Z along the path', 'Parallel tempering: swap acceptance per pair', 'Parallel tempering: round trips', 'Parallel tempering: global barrier Λ per round']);
    expectSelfContained(html);
    // Lambda of the acceptance plot is the sum of rejections of the result's pairs.
    const lambda = (ptResult().swapAcceptance as number[]).reduce((sum, rate) => sum + 1 - rate, 0);
    expect(html).toContain(`Λ = Σ(1 − acceptance) = ${lambda.toFixed(3)}`);

    expectRenders(file, join(dir, 'screenshot.png'));
  });
});

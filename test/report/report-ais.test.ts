/**
 * The report of a synthetic AIS run has its plots, needs nothing from outside, and renders
 * in headless Chromium without errors into a screenshot that is not blank.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../report/index.js';
import { expectRenders, expectSelfContained, headings } from './report-checks.js';
import { aisResult } from './synthetic-results.js';

const root = mkdtempSync(join(tmpdir(), 'ebm-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeReport', () => {
  it('draws an AIS run: estimate with interval and exact value, log Z along the path, log Z against chains', async () => {
    const dir = mkdtempSync(join(root, 'ais-'));
    const file = await writeReport(dir, aisResult(), { specText: 'method: ais\nchains: 2048\n' });
    expect(file).toBe(join(dir, 'report.html'));
    const html = readFileSync(file, 'utf8');
    expect(headings(html)).toEqual(['Summary', 'Estimate', 'log Z against chains', 'log Z along the path', 'Spec']);
    expectSelfContained(html);
    expect((html.match(/<svg/g) ?? []).length).toBe(3);
    expect(html).toContain('exact 16.4912');
    expect(html).toContain('<th>logZExact</th><td>16.4912</td>');
    // Plot text is real SVG text (axis titles), so the page is searchable and prints sharply.
    expect(html).toContain('inverse temperature β');

    expectRenders(file, join(dir, 'screenshot.png'));
  });
});

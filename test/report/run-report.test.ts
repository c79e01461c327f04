/**
 * Every real run folder gets report.html: a real `ebm run` writes one that opens in headless
 * Chromium without errors (screenshot taken), and a report that cannot be written costs a
 * warning, not the run.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { formatValue } from '../../report/html.js';
import { writeIsingSpec } from '../metrics/run-specs.js';
import { expectRenders, expectSelfContained, headings } from './report-checks.js';

const dir = tempDir('ebm-run-report-');

describe('report.html of a real run', () => {
  it('is written beside result.json and renders in headless Chromium', async () => {
    const spec = writeIsingSpec(dir, 'reported', 400);
    const runDir = join(dir, 'run');
    const run = await runEbm(['run', spec, '--workers', '2', '--json', '--out', runDir]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { logZ: number };
    const html = readFileSync(join(runDir, 'report.html'), 'utf8');
    expect(headings(html)).toEqual(['Summary', 'Estimate', 'log Z along the path', 'Spec']);
    expectSelfContained(html);
    // The exact value from the spec's model, the estimate, and the spec text as given.
    expect(html).toContain('the exact value 60.1418');
    expect(html).toContain('<th>logZExact</th><td>60.14178</td>');
    expect(html).toContain(`<th>logZ</th><td>${formatValue(result.logZ)}</td>`);
    expect(html).toContain('name: reported');
    expectRenders(join(runDir, 'report.html'), join(dir, 'screenshot.png'));
  }, 60_000);

  it('does not fail the run when the report cannot be written', async () => {
    const spec = writeIsingSpec(dir, 'unreported', 100);
    const runDir = join(dir, 'blocked');
    mkdirSync(join(runDir, 'report.html'), { recursive: true }); // a folder where the file would go
    const run = await runEbm(['run', spec, '--workers', '1', '--json', '--out', runDir]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning: could not write report\.html/);
    expect(existsSync(join(runDir, 'result.json'))).toBe(true);
  }, 60_000);
});

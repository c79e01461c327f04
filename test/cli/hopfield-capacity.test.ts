/** The hopfield-capacity task through `ebm run`: the breakdown load at N = 1000, and the plot. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';

describe('hopfield-capacity task', () => {
  it('puts the retrieval breakdown at N = 1000 between alpha 0.12 and 0.16, and writes overlap.svg', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'capacity.yaml'),
      'task: hopfield-capacity\nname: capacity\nseed: 1\nsizes: [1000]\nalphas: [0.1, 0.12, 0.13, 0.14, 0.15, 0.16, 0.18]\ntrials: 8\n',
    );
    const run = await runEbm(['run', join(dir, 'capacity.yaml'), '--json', '--out', join(dir, 'run')]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.curves[0].overlaps).toHaveLength(7);
    // Below the breakdown the cue is retrieved almost perfectly.
    expect(result.curves[0].overlaps[0]).toBeGreaterThan(0.97);
    const alpha = result.breakdown[0].alpha;
    // AGS theory: alpha_c = 0.138; seeds 1, 3 and 4 (8 trials) put the mean-overlap crossing at
    // 0.146-0.155. The median crossing (half the trials fail) sits a little higher at N = 1000.
    expect(result.breakdownMedian[0].alpha).toBeGreaterThanOrEqual(alpha - 1e-12);
    // Storing W without removing the diagonal, or cueing with the
    // wrong pattern, moves the breakdown far outside this window (or to alpha 0.1 at once).
    expect(alpha).toBeGreaterThan(0.12);
    expect(alpha).toBeLessThan(0.16);
    const svg = readFileSync(join(dir, 'run', 'overlap.svg'), 'utf8');
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('N = 1000');
    expect(svg.match(/<circle /g)).toHaveLength(7);
  }, 60_000);
});

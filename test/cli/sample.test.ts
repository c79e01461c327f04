/**
 * `ebm sample` and the sample task through the real command: the same bits for any number of
 * worker threads, estimates that hit the exact finite-lattice energy, and outputs that load.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNpy } from '../../core/io/npy.js';
import { runEbm, tempDir } from '../support/cli.js';

const dir = tempDir();
const model = join(dir, 'ising8.json');
writeFileSync(model, JSON.stringify({ type: 'ising2d', name: 'i8', rows: 8, cols: 8, beta: 0.3 }));

describe('ebm sample', () => {
  it('gives the same draws with 1 and 3 worker threads', async () => {
    const runs = [];
    for (const workers of [1, 3]) {
      const run = await runEbm(['sample', model, '--n', '800', '--chains', '4', '--burn-in', '100', '--workers', String(workers), '--json', '--run-dir', join(dir, `w${workers}`)]);
      expect(run.status, run.stderr).toBe(0);
      runs.push(JSON.parse(run.stdout));
    }
    expect(runs[1].observables).toEqual(runs[0].observables);
    const npy = (w: number) => readFileSync(join(dir, `w${w}`, 'samples', 'states.npy'));
    expect(npy(3).equals(npy(1))).toBe(true);
  });

  it('writes states that load as chains x draws x rows x cols, and a PNG grid', async () => {
    const out = join(dir, 'states.npy');
    const run = await runEbm(['sample', model, '--n', '40', '--chains', '2', '--burn-in', '10', '--out', out, '--run-dir', join(dir, 'npy')]);
    expect(run.status, run.stderr).toBe(0);
    const array = decodeNpy(new Uint8Array(readFileSync(out)), out);
    expect(array.shape).toEqual([2, 20, 8, 8]);
    for (const s of array.data as Int8Array) expect(Math.abs(s)).toBe(1);
    const png = readFileSync(join(dir, 'npy', 'samples', 'samples.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('samples by parallel tempering (method pt) to the same bits on 1 and 2 threads, at the exact energy', async () => {
    // A cold 8x8 torus (beta 0.6): the b = 1 replica of each PT copy is one chain. Catches
    // draws taken from another ladder point (the energy would miss Kaufman's by many MCSE).
    const cold = join(dir, 'cold.json');
    writeFileSync(cold, JSON.stringify({ type: 'ising2d', rows: 8, cols: 8, beta: 0.6 }));
    const runs = [];
    for (const workers of [1, 2]) {
      const run = await runEbm(['sample', cold, '--n', '1', '--chains', '4', '--method', 'pt', '--workers', String(workers), '--json', '--run-dir', join(dir, `pt${workers}`)]);
      expect(run.status, run.stderr).toBe(0);
      runs.push(JSON.parse(run.stdout));
    }
    expect(runs[1].observables).toEqual(runs[0].observables);
    const energy = runs[0].observables.energy;
    expect(runs[0].sampler).toBe('pt');
    const kaufman = energy.exact.find((e: { source: string }) => e.source.startsWith('Kaufman'));
    expect(Math.abs(kaufman.zScore)).toBeLessThan(4);
  });

  it('refuses an output file of an unknown format', async () => {
    const run = await runEbm(['sample', model, '--n', '10', '--out', join(dir, 'x.csv'), '--run-dir', join(dir, 'bad')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^ebm: error: .*x\.csv: --out: /);
  });

  it('hits the exact energy of a 16x16 torus at beta 0.2 and 0.6 within 3 MCSE, with R-hat below 1.01', async () => {
    // Catches a kernel that samples the wrong temperature, or an MCSE that ignores the
    // autocorrelation (z-scores would then be too large to pass at 3).
    const spec = join(dir, 'sweep.yaml');
    writeFileSync(
      spec,
      [
        'task: sample',
        'name: sweep',
        'model: { type: ising2d, rows: 16, cols: 16, beta: 0.2 }',
        'seed: 3',
        'sample: { chains: 4, method: metropolis+wolff, burnIn: 300, draws: 1500, observables: [energy], keepStates: false, betas: [0.2, 0.6] }',
        '',
      ].join('\n'),
    );
    const run = await runEbm(['run', spec, '--json', '--out', join(dir, 'sweep')]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.temperatures).toHaveLength(2);
    for (const t of result.temperatures) {
      const energy = t.observables.energy;
      expect(energy.rhat).toBeLessThan(1.01);
      const kaufman = energy.exact.find((e: { source: string }) => e.source.startsWith('Kaufman'));
      expect(Math.abs(kaufman.zScore)).toBeLessThan(3);
    }
  });
});

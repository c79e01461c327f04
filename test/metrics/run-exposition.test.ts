/**
 * A real coordinator's metrics: `promtool check metrics` accepts its /metrics during a run
 * (embedded runtime, so also: ebm_workers = 1 whatever the thread count); PT and training runs
 * export their rounds' and epochs' figures. Catches exposition that only the hand-filled
 * registries of the unit tests were checked on. (--pushgateway: run-pushgateway.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ebmBin, tempDir } from '../support/cli.js';
import { repoRoot } from '../support/paths.js';
import { freePort, startProcess, waitFor, type Started } from './processes.js';
import { resultLine, writeIsingSpec } from './run-specs.js';

const dir = tempDir('ebm-run-expo-');
const started: Started[] = [];
afterAll(async () => {
  for (const child of started) await child.stop();
});

describe('a coordinator serving /metrics during a run', () => {
  it('passes promtool check metrics, with the run\'s figures in it', async () => {
    const port = await freePort();
    const spec = writeIsingSpec(dir, 'expo', 20_000);
    const run = startProcess(process.execPath, [ebmBin, 'run', spec, '--workers', '2', '--metrics-port', String(port), '--metrics-linger', '30', '--json', '--out', join(dir, 'run')]);
    started.push(run);
    const url = `http://127.0.0.1:${port}/metrics`;
    // Mid-run: at least one unit done, so the estimate and the unit histograms have values.
    const text = await waitFor('a unit completed', async () => {
      const body = await (await fetch(url)).text();
      return /^ebm_units_completed_total\{[^}]*\} [1-9]/m.test(body) ? body : undefined;
    }, 30_000);
    expect(text).toMatch(/^ebm_logz_estimate\{role="coordinator",run="run"\} 6\d\.\d+/m);
    expect(text).toContain('ebm_workers{role="coordinator",run="run"} 1');
    expect(text).toContain('ebm_run_info{run="run",method="ais",model="ising2d",role="coordinator"} 1');
    expect(text).toMatch(/^process_cpu_seconds_total/m);
    const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);

    const result = await waitFor('the result', async () => resultLine(run.output()), 40_000);
    const final = await (await fetch(url)).text();
    expect(final).toContain(`ebm_logz_estimate{role="coordinator",run="run"} ${String(result.logZ)}`);
    expect(final).toContain(`ebm_units_completed_total{role="coordinator",run="run"} ${String(result.units)}`);
    run.child.kill('SIGTERM');
    await new Promise((resolve) => (run.child.exitCode !== null ? resolve(null) : run.child.once('exit', resolve)));
    expect(run.child.exitCode, run.output()).toBe(0);
  }, 60_000);

  it('exports a PT run\'s last round: swap acceptance per pair, round trips, Lambda, as result.json has them', async () => {
    const port = await freePort();
    const model = join(dir, 'ising6.json');
    writeFileSync(model, '{ "type": "ising2d", "rows": 6, "cols": 6, "beta": 0.44068679350977147 }\n');
    const run = startProcess(process.execPath, [ebmBin, 'logz', model, '--method', 'pt', '--replicas', '8', '--rounds', '5', '--workers', '2', '--metrics-port', String(port), '--metrics-linger', '30', '--json', '--out', join(dir, 'pt-run')]);
    started.push(run);
    const result = (await waitFor('the PT result', async () => resultLine(run.output()), 50_000)) as { swapAcceptance: number[]; roundTrips: number; globalBarrier: number; rounds: number };
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    result.swapAcceptance.forEach((rate, pair) => expect(text).toContain(`ebm_pt_swap_acceptance{pair="${pair}",role="coordinator",run="pt-run"} ${String(rate)}\n`));
    expect(text).toContain(`ebm_pt_round_trips_total{role="coordinator",run="pt-run"} ${result.roundTrips}\n`);
    expect(text).toContain(`ebm_pt_global_barrier{role="coordinator",run="pt-run"} ${String(result.globalBarrier)}\n`);
    expect(text).toContain(`ebm_round_duration_seconds_count{role="coordinator",run="pt-run"} ${result.rounds}\n`);
    run.child.kill('SIGTERM');
    await new Promise((resolve) => (run.child.exitCode !== null ? resolve(null) : run.child.once('exit', resolve)));
  }, 60_000);

  it('exports a training run\'s epochs: epoch, gradient norm, reconstruction error as result.json has it', async () => {
    const port = await freePort();
    const spec = join(dir, 'train.yaml');
    writeFileSync(spec, readFileSync(join(repoRoot, 'experiments', 'rbm-bars-stripes.yaml'), 'utf8').replace('epochs: 100', 'epochs: 6').replace('everyEpochs: 20', 'everyEpochs: 3'));
    const run = startProcess(process.execPath, [ebmBin, 'run', spec, '--workers', '2', '--metrics-port', String(port), '--metrics-linger', '30', '--json', '--out', join(dir, 'train-run')]);
    started.push(run);
    const result = (await waitFor('the training result', async () => resultLine(run.output()), 50_000)) as { reconstructionError: number; epochs: number; updates: number };
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(result.epochs).toBe(6);
    expect(text).toContain('ebm_train_epoch{role="coordinator",run="train-run"} 6\n');
    expect(text).toContain(`ebm_train_reconstruction_error{role="coordinator",run="train-run"} ${String(result.reconstructionError)}\n`);
    expect(text).toContain('ebm_round_duration_seconds_count{role="coordinator",run="train-run"} 6\n');
    const norm = Number(/^ebm_train_gradient_norm\{[^}]*\} (\S+)$/m.exec(text)?.[1]);
    expect(norm).toBeGreaterThan(0);
    expect(Number.isFinite(norm)).toBe(true);
    run.child.kill('SIGTERM');
    await new Promise((resolve) => (run.child.exitCode !== null ? resolve(null) : run.child.once('exit', resolve)));
  }, 60_000);
});

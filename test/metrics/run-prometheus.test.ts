/**
 * Issue 6's target, end to end: a real Prometheus scrapes a running coordinator
 * (`ebm run --nats URL --metrics-port P`) and two `ebm worker --metrics-port` processes on a
 * real nats-server, and its HTTP API returns ebm_workers = 2 during the run and, while the
 * coordinator lingers (--metrics-linger), the final ebm_logz_estimate equal to result.json's
 * log Z. Catches metrics that are never fed, fed from the wrong place, or served wrongly.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ebmBin, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { freePort, startProcess, waitFor, type Started } from './processes.js';
import { startPrometheus, type PrometheusServer } from './prometheus-server.js';
import { resultLine, writeIsingSpec } from './run-specs.js';

const dir = tempDir('ebm-run-prom-');
const started: Started[] = [];
let prometheus: PrometheusServer | undefined;
let nats: NatsServer | undefined;

afterAll(async () => {
  for (const process of started.reverse()) await process.stop();
  await prometheus?.stop();
  await nats?.stop();
});

const ebm = (args: string[]) => {
  const child = startProcess(process.execPath, [ebmBin, ...args]);
  started.push(child);
  return child;
};

/** The single value of an instant query, or undefined while there is none. */
async function value(expr: string): Promise<number | undefined> {
  const samples = await prometheus!.query(expr);
  return samples && samples.length === 1 ? Number(samples[0].value[1]) : undefined;
}

describe('a real Prometheus scraping a NATS run', () => {
  it('sees two workers during the run and the final log Z of result.json after it', async () => {
    nats = await NatsServer.start();
    const [coordinatorPort, ...workerPorts] = await Promise.all([freePort(), freePort(), freePort()]);
    prometheus = await startPrometheus([coordinatorPort, ...workerPorts].map((port) => `127.0.0.1:${port}`));
    const workers = workerPorts.map((port, i) => ebm(['worker', '--nats', nats!.url, '--threads', '1', '--name', `w-${i + 1}`, '--metrics-port', String(port)]));
    for (const worker of workers) await waitFor('a worker ready', async () => (worker.output().includes('worker ready') ? true : undefined), 20_000);

    // Several seconds on a quiet machine, so that scrapes (every second) see the estimate move.
    const spec = writeIsingSpec(dir, 'scraped', 400_000);
    const runDir = join(dir, 'run');
    const coordinator = ebm(['run', spec, '--nats', nats.url, '--min-workers', '2', '--metrics-port', String(coordinatorPort), '--metrics-linger', '60', '--json', '--out', runDir]);

    await prometheus.waitForTargets(30_000);
    // During the run: both workers are connected, and the running estimate is exported.
    await waitFor('ebm_workers == 2', async () => ((await value('ebm_workers')) === 2 ? true : undefined), 20_000);
    await waitFor('a running log Z estimate', () => value('ebm_logz_estimate'), 20_000);

    // After the run, while the coordinator lingers: the final figures.
    const result = await waitFor('the result', async () => resultLine(coordinator.output()), 200_000);
    expect(JSON.parse(readFileSync(join(runDir, 'result.json'), 'utf8')).logZ).toBe(result.logZ);
    await waitFor('the final estimate scraped', async () => ((await value('ebm_logz_estimate')) === result.logZ ? true : undefined), 10_000);
    // Scraped while it ran: the running estimate changed between scrapes (12 units over seconds).
    expect(await value('changes(ebm_logz_estimate[5m])')).toBeGreaterThanOrEqual(1);
    expect(await value('ebm_logz_stderr')).toBe(result.stderr);
    expect(await value('ebm_ais_ess')).toBe(result.ess);
    expect(await value('ebm_workers')).toBe(2);
    expect(await value('ebm_units_completed_total{role="coordinator"}')).toBe(result.units);
    expect(await value('ebm_sweeps_total{role="coordinator"}')).toBe(result.chainSweeps);
    expect(await value('ebm_spin_flips_total{role="coordinator"}')).toBe((result.chainSweeps as number) * 64);
    expect(await value('ebm_round_duration_seconds_count')).toBe(result.units);
    const info = await prometheus.query('ebm_run_info');
    expect(info?.[0].metric).toMatchObject({ run: 'run', method: 'ais', model: 'ising2d' });
    // The workers ran every unit between them (a retry could add one) and saw its bytes.
    await waitFor('the workers\' last units scraped', async () => ((await value('sum(ebm_units_completed_total{role="worker"})'))! >= (result.units as number) ? true : undefined), 10_000);
    expect(await value('count(ebm_units_completed_total{role="worker"} > 0)')).toBeGreaterThanOrEqual(1);
    expect(await value('sum(ebm_message_bytes_total{role="worker",direction="received"})')).toBeGreaterThan(0);
    expect(await value('sum(ebm_message_bytes_total{role="coordinator",direction="sent"})')).toBeGreaterThan(0);
    expect(await value('sum(ebm_messages_rejected_total)')).toBe(0);

    // A worker's exposition passes Prometheus' own linter too.
    const text = await (await fetch(`http://127.0.0.1:${workerPorts[0]}/metrics`)).text();
    const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);

    // SIGTERM ends the linger; the run still exits 0.
    coordinator.child.kill('SIGTERM');
    const status = await new Promise<number | null>((resolve) => (coordinator.child.exitCode !== null ? resolve(coordinator.child.exitCode) : coordinator.child.once('exit', (code) => resolve(code))));
    expect(status, coordinator.output()).toBe(0);
  }, 90_000);
});

/**
 * `ebm run ... --pushgateway URL` against a real Pushgateway (Debian prometheus-pushgateway),
 * and a real Prometheus scraping that gateway the way a deployment would (honor_labels, so the
 * pushed group's job and run labels survive). Catches a push the gateway refuses (exposition it
 * cannot parse, a metric whose type or help text clashes), a wrong group key, a push that
 * misses the final estimate, and series Prometheus cannot read back.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { startPrometheus, type PrometheusServer } from './prometheus-server.js';
import { startPushgateway, type PushgatewayServer } from './pushgateway-server.js';
import { writeIsingSpec } from './run-specs.js';

const dir = tempDir('ebm-run-push-');
let gateway: PushgatewayServer | undefined;
let prometheus: PrometheusServer | undefined;
beforeAll(async () => {
  gateway = await startPushgateway();
}, 20_000);
afterAll(async () => {
  await prometheus?.stop();
  await gateway?.stop();
});

interface RunResult {
  logZ: number;
  stderr: number;
  ess: number;
  units: number;
}

describe('a short run with --pushgateway', () => {
  it('leaves its final figures in the Pushgateway under job=ebm, run=<run id>, and Prometheus reads them there', async () => {
    if (!gateway) throw new Error('the Pushgateway did not start');
    const spec = writeIsingSpec(dir, 'pushed', 300);
    const run = await runEbm(['run', spec, '--workers', '1', '--json', '--out', join(dir, 'pushed-run'), '--pushgateway', gateway.url]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as RunResult;

    const groups = await gateway.groups();
    expect(groups.map((group) => group.labels)).toEqual([{ job: 'ebm', run: 'pushed-run' }]);
    expect(groups[0].last_push_successful).toBe(true);
    // The gateway serves every pushed series with the group's labels (instance="" when the group has none).
    const text = await gateway.exposition();
    const labels = 'instance="",job="ebm",role="coordinator",run="pushed-run"';
    expect(text).toContain(`ebm_logz_estimate{${labels}} ${String(result.logZ)}\n`);
    expect(text).toContain(`ebm_logz_stderr{${labels}} ${String(result.stderr)}\n`);
    expect(text).toContain(`ebm_ais_ess{${labels}} ${String(result.ess)}\n`);
    expect(text).toContain(`ebm_units_completed_total{${labels}} ${result.units}\n`);
    expect(text).toContain(`ebm_workers{${labels}} 1\n`);
    expect(text).toContain('ebm_run_info{instance="",job="ebm",method="ais",model="ising2d",role="coordinator",run="pushed-run"} 1\n');

    // Prometheus scraping the gateway sees the run's series with the pushed job and run labels.
    prometheus = await startPrometheus([gateway.target], 'pushgateway', { honorLabels: true });
    await prometheus.waitForTargets();
    const logZ = (await prometheus.query('ebm_logz_estimate{run="pushed-run"}')) ?? [];
    expect(logZ).toHaveLength(1);
    expect(logZ[0].metric).toMatchObject({ job: 'ebm', run: 'pushed-run', role: 'coordinator' });
    expect(Number(logZ[0].value[1])).toBe(result.logZ);
    const units = (await prometheus.query('ebm_units_completed_total{job="ebm"}')) ?? [];
    expect(Number(units[0]?.value[1])).toBe(result.units);
  }, 60_000);
});

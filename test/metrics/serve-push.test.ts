import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, pushMetrics, PushgatewayError, recordUnit, serveMetrics } from '../../metrics/index.js';
import { startPushgateway, type PushgatewayServer } from './pushgateway-server.js';

describe('serveMetrics', () => {
  it('serves the registry on /metrics, on loopback by default, and nothing else', async () => {
    const metrics = createMetrics('worker', { worker: 'serve-test' }, { processMetrics: false });
    recordUnit(metrics, { sweeps: 3, flips: 11, seconds: 0.01 });
    const server = await serveMetrics(metrics.registry, { port: 0 });
    try {
      expect(server.host).toBe('127.0.0.1');
      expect(server.port).toBeGreaterThan(0);
      const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      expect(await response.text()).toContain('ebm_spin_flips_total{role="worker",worker="serve-test"} 11');
      expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('pushMetrics', () => {
  let gateway: PushgatewayServer | undefined;
  beforeAll(async () => {
    gateway = await startPushgateway();
  }, 20_000);
  afterAll(async () => {
    await gateway?.stop();
  });

  it('PUTs the registry to the real Pushgateway as the group of the job and grouping labels', async () => {
    if (!gateway) throw new Error('the Pushgateway did not start');
    const metrics = createMetrics('coordinator', { run: 'push-unit' });
    metrics.logZEstimate.set(3.5);
    recordUnit(metrics, { sweeps: 7, flips: 700, seconds: 0.25 });
    await pushMetrics(metrics.registry, `${gateway.url}/`, 'ebm run', { instance: 'laptop' });
    const groups = await gateway.groups();
    expect(groups.map((group) => group.labels)).toEqual([{ job: 'ebm run', instance: 'laptop' }]);
    expect(groups[0].last_push_successful).toBe(true);
    // The Pushgateway parsed every series (process metrics and histograms included) and adds the group's labels.
    const text = await gateway.exposition();
    expect(text).toContain('ebm_logz_estimate{instance="laptop",job="ebm run",role="coordinator",run="push-unit"} 3.5\n');
    expect(text).toContain('ebm_sweeps_total{instance="laptop",job="ebm run",role="coordinator",run="push-unit"} 7\n');
    expect(text).toContain('ebm_unit_duration_seconds_count{instance="laptop",job="ebm run",role="coordinator",run="push-unit"} 1\n');
    expect(text).toMatch(/^process_cpu_seconds_total\{instance="laptop",job="ebm run",role="coordinator",run="push-unit"\} /m);

    // PUT replaces the group: a second push leaves only the second push's values.
    metrics.logZEstimate.set(4.25);
    await pushMetrics(metrics.registry, gateway.url, 'ebm run', { instance: 'laptop' });
    expect(await gateway.exposition()).toContain('ebm_logz_estimate{instance="laptop",job="ebm run",role="coordinator",run="push-unit"} 4.25\n');
  });

  it('throws PushgatewayError with the gateway\'s reason when it refuses the push', async () => {
    if (!gateway) throw new Error('the Pushgateway did not start');
    const metrics = createMetrics('worker', {}, { processMetrics: false });
    // The real gateway rejects a grouping label that is not a Prometheus label name.
    const refused = pushMetrics(metrics.registry, gateway.url, 'ebm', { 'bad-label': 'x' });
    await expect(refused).rejects.toBeInstanceOf(PushgatewayError);
    await expect(refused).rejects.toThrow(/HTTP 400 .*bad-label/);
  });
});

/**
 * A real Prometheus server scrapes one coordinator-role and two worker-role metrics
 * servers, and its HTTP query API returns what the registries hold. This is the path a
 * deployment uses, so it catches wrong content types, unparsable exposition and binding
 * mistakes that string checks on the text cannot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, serveMetrics } from '../../metrics/index.js';
import type { MetricsServer } from '../../metrics/index.js';
import { populateCoordinator, populateWorker } from './populate.js';
import { startPrometheus } from './prometheus-server.js';
import type { PrometheusServer } from './prometheus-server.js';

describe('Prometheus scraping ebm metrics servers', () => {
  const servers: MetricsServer[] = [];
  let prometheus: PrometheusServer | undefined;

  beforeAll(async () => {
    const coordinator = createMetrics('coordinator', { run: 'scrape-test' });
    populateCoordinator(coordinator, -41.625, 2);
    servers.push(await serveMetrics(coordinator.registry, { port: 0 }));
    for (const name of ['w-1', 'w-2']) {
      const worker = createMetrics('worker', { run: 'scrape-test', worker: name });
      populateWorker(worker, name === 'w-1' ? 5 : 3);
      servers.push(await serveMetrics(worker.registry, { port: 0 }));
    }
    prometheus = await startPrometheus(servers.map((server) => `127.0.0.1:${server.port}`));
  });

  afterAll(async () => {
    await prometheus?.stop();
    await Promise.all(servers.map((server) => server.close()));
  });

  it('returns ebm_logz_estimate and ebm_workers from the coordinator, and the workers\' sweeps', async () => {
    if (!prometheus) throw new Error('prometheus did not start');
    await prometheus.waitForTargets();
    const logZ = (await prometheus.query('ebm_logz_estimate')) ?? [];
    expect(logZ).toHaveLength(1);
    expect(logZ[0].metric).toMatchObject({ role: 'coordinator', run: 'scrape-test', job: 'ebm' });
    expect(Number(logZ[0].value[1])).toBe(-41.625);
    const workers = (await prometheus.query('ebm_workers')) ?? [];
    expect(workers.map((sample) => Number(sample.value[1]))).toEqual([2]);
    // 5 + 3 units of 100 sweeps on the two workers; the coordinator's own 3 units are excluded by role.
    const sweeps = (await prometheus.query('sum(ebm_sweeps_total{role="worker"})')) ?? [];
    expect(Number(sweeps[0].value[1])).toBe(800);
    const pairs = (await prometheus.query('ebm_pt_swap_acceptance')) ?? [];
    expect(pairs.map((sample) => sample.metric.pair).sort()).toEqual(['0', '1', '2']);
  });
});

/**
 * A real Prometheus server scrapes one coordinator-role and two worker-role metrics
 * servers, and its HTTP query API returns what the registries hold. This is the path a
 * deployment uses, so it catches wrong content types, unparsable exposition and binding
 * mistakes that string checks on the text cannot.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, serveMetrics } from '../../metrics/index.js';
import type { MetricsServer } from '../../metrics/index.js';
import { populateCoordinator, populateWorker } from './populate.js';
import { freePort, startProcess, waitFor } from './processes.js';
import type { Started } from './processes.js';

interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

describe('Prometheus scraping ebm metrics servers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ebm-prom-'));
  const servers: MetricsServer[] = [];
  let prometheus: Started | undefined;
  let api = '';

  beforeAll(async () => {
    const coordinator = createMetrics('coordinator', { run: 'scrape-test' });
    populateCoordinator(coordinator, -41.625, 2);
    servers.push(await serveMetrics(coordinator.registry, { port: 0 }));
    for (const name of ['w-1', 'w-2']) {
      const worker = createMetrics('worker', { run: 'scrape-test', worker: name });
      populateWorker(worker, name === 'w-1' ? 5 : 3);
      servers.push(await serveMetrics(worker.registry, { port: 0 }));
    }
    const targets = servers.map((server) => `'127.0.0.1:${server.port}'`).join(', ');
    writeFileSync(join(dir, 'prometheus.yml'), `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: ebm\n    static_configs:\n      - targets: [${targets}]\n`);
    const port = await freePort();
    api = `http://127.0.0.1:${port}/api/v1`;
    prometheus = startProcess('prometheus', [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ]);
  });

  afterAll(async () => {
    await prometheus?.stop();
    await Promise.all(servers.map((server) => server.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  async function query(expr: string): Promise<Sample[] | undefined> {
    const response = await fetch(`${api}/query?query=${encodeURIComponent(expr)}`);
    const body = (await response.json()) as { status: string; data: { result: Sample[] } };
    if (body.status !== 'success' || body.data.result.length === 0) return undefined;
    return body.data.result;
  }

  it('returns ebm_logz_estimate and ebm_workers from the coordinator, and the workers\' sweeps', async () => {
    const failure = () => `prometheus output:\n${prometheus?.output()}`;
    // Wait until all three targets have been scraped once.
    await waitFor('three healthy targets', async () => ((await query('count(up{job="ebm"} == 1) == 3')) ? true : undefined), 20_000).catch((error) => {
      throw new Error(`${String(error)}\n${failure()}`);
    });
    const logZ = (await query('ebm_logz_estimate')) ?? [];
    expect(logZ).toHaveLength(1);
    expect(logZ[0].metric).toMatchObject({ role: 'coordinator', run: 'scrape-test', job: 'ebm' });
    expect(Number(logZ[0].value[1])).toBe(-41.625);
    const workers = (await query('ebm_workers')) ?? [];
    expect(workers.map((sample) => Number(sample.value[1]))).toEqual([2]);
    // 5 + 3 units of 100 sweeps on the two workers; the coordinator's own 3 units are excluded by role.
    const sweeps = (await query('sum(ebm_sweeps_total{role="worker"})')) ?? [];
    expect(Number(sweeps[0].value[1])).toBe(800);
    const pairs = (await query('ebm_pt_swap_acceptance')) ?? [];
    expect(pairs.map((sample) => sample.metric.pair).sort()).toEqual(['0', '1', '2']);
  });
});

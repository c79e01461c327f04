/**
 * A real Prometheus server for tests: scrapes the given targets every second from a temp
 * dir, answers instant queries through its HTTP API, and is stopped by its pid.
 * Reusable by any suite that wants to see its metrics through Prometheus (e.g. a
 * coordinator process started with --metrics-port).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startProcess, waitFor } from './processes.js';

export interface PromSample {
  metric: Record<string, string>;
  value: [number, string];
}

export interface PrometheusServer {
  /** Instant query; undefined when the result is empty (or the query failed). */
  query(expr: string): Promise<PromSample[] | undefined>;
  /** Waits until every target has been scraped successfully at least once. */
  waitForTargets(timeoutMs?: number): Promise<void>;
  output(): string;
  stop(): Promise<void>;
}

export interface PrometheusOptions {
  /** Keep the scraped series' own job and instance labels (a Pushgateway's groups); default false. */
  honorLabels?: boolean;
}

export async function startPrometheus(targets: string[], job = 'ebm', options: PrometheusOptions = {}): Promise<PrometheusServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ebm-prom-'));
  const list = targets.map((target) => `'${target}'`).join(', ');
  const honor = options.honorLabels ? '    honor_labels: true\n' : '';
  writeFileSync(join(dir, 'prometheus.yml'), `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: ${job}\n${honor}    static_configs:\n      - targets: [${list}]\n`);
  const port = await freePort();
  const api = `http://127.0.0.1:${port}/api/v1`;
  const server = startProcess('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn']);

  const query = async (expr: string): Promise<PromSample[] | undefined> => {
    const response = await fetch(`${api}/query?query=${encodeURIComponent(expr)}`);
    const body = (await response.json()) as { status: string; data: { result: PromSample[] } };
    return body.status === 'success' && body.data.result.length > 0 ? body.data.result : undefined;
  };
  return {
    query,
    async waitForTargets(timeoutMs = 20_000) {
      const healthy = `count(up{job="${job}"} == 1) == ${targets.length}`;
      await waitFor(`${targets.length} healthy targets`, async () => ((await query(healthy)) ? true : undefined), timeoutMs).catch((error: unknown) => {
        throw new Error(`${String(error)}\nprometheus output:\n${server.output()}`);
      });
    },
    output: server.output,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

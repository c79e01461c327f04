/**
 * A real Prometheus Pushgateway for tests (Debian package prometheus-pushgateway): its own
 * instance on a free loopback port, with no persistence file (Debian's default writes one
 * under /var/lib), stopped by its pid. Tests push to `url` and read back what it holds.
 */
import { freePort, startProcess, waitFor } from './processes.js';

export const pushgatewayBinary = 'prometheus-pushgateway';

/** One metric of a group as the Pushgateway's /api/v1/metrics reports it. */
export interface PushedMetric {
  type: string;
  help?: string;
  metrics: { labels: Record<string, string>; value?: string }[];
}

/** One pushed group: its grouping labels and its metrics by name (push_time_seconds included). */
export interface PushedGroup {
  labels: Record<string, string>;
  last_push_successful: boolean;
  [metric: string]: PushedMetric | Record<string, string> | boolean;
}

export interface PushgatewayServer {
  /** Base URL for `--pushgateway`, e.g. http://127.0.0.1:PORT */
  url: string;
  /** host:port, for a Prometheus scrape target. */
  target: string;
  /** Every group it holds (GET /api/v1/metrics). */
  groups(): Promise<PushedGroup[]>;
  /** Its own /metrics exposition: every pushed series with its grouping labels. */
  exposition(): Promise<string>;
  output(): string;
  stop(): Promise<void>;
}

export async function startPushgateway(): Promise<PushgatewayServer> {
  const port = await freePort();
  const target = `127.0.0.1:${port}`;
  const url = `http://${target}`;
  const server = startProcess(pushgatewayBinary, [`--web.listen-address=${target}`, '--persistence.file=', '--log.level=warn']);
  await waitFor('the Pushgateway to answer', async () => ((await fetch(`${url}/-/ready`)).ok ? true : undefined), 15_000).catch(async (error: unknown) => {
    await server.stop();
    throw new Error(`${String(error)}\npushgateway output:\n${server.output()}`);
  });
  return {
    url,
    target,
    async groups() {
      const body = (await (await fetch(`${url}/api/v1/metrics`)).json()) as { status: string; data: PushedGroup[] };
      if (body.status !== 'success') throw new Error(`pushgateway /api/v1/metrics: ${JSON.stringify(body)}`);
      return body.data;
    },
    exposition: async () => (await fetch(`${url}/metrics`)).text(),
    output: server.output,
    stop: server.stop,
  };
}

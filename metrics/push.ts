/**
 * Pushes a registry to a Prometheus Pushgateway (`--pushgateway URL`), for runs too short
 * to be scraped. PUT replaces the whole group, so a final push leaves the final figures.
 */
import type { Registry } from 'prom-client';

export class PushgatewayError extends Error {
  override name = 'PushgatewayError';
}

/**
 * Sends the registry's exposition text to `<url>/metrics/job/<job>[/<label>/<value>...]`.
 * `grouping` adds labels to the group key (e.g. `{ instance: 'worker-3' }`).
 */
export async function pushMetrics(registry: Registry, url: string, job: string, grouping: Record<string, string> = {}): Promise<void> {
  const segments = [['job', job], ...Object.entries(grouping)].map(([key, value]) => `${encodeURIComponent(key)}/${encodeURIComponent(value)}`);
  const target = `${url.replace(/\/+$/, '')}/metrics/${segments.join('/')}`;
  const response = await fetch(target, {
    method: 'PUT',
    headers: { 'content-type': registry.contentType },
    body: await registry.metrics(),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new PushgatewayError(`pushing metrics to ${target} failed: HTTP ${response.status} ${await response.text()}`);
}

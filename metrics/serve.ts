/**
 * Serves a registry on `GET /metrics` for Prometheus to scrape. Bound to 127.0.0.1 unless
 * the caller names another host (`--metrics-host`): metrics reveal run names and sizes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

/** The port ebm serves /metrics on in containers and pods (the Prometheus exporter convention). */
export const defaultMetricsPort = 9464;

export interface MetricsServerOptions {
  /** TCP port; 0 picks a free one (read it back from the result). */
  port: number;
  /** Interface to bind. Default '127.0.0.1'. */
  host?: string;
}

export interface MetricsServer {
  port: number;
  host: string;
  close(): Promise<void>;
}

export async function serveMetrics(registry: Registry, options: MetricsServerOptions): Promise<MetricsServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(path === '/metrics' ? 405 : 404, { 'content-type': 'text/plain' }).end('ebm serves only GET /metrics\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(request.method === 'HEAD' ? undefined : text),
      (error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(`collecting metrics failed: ${String(error)}\n`),
    );
  });
  // Keep a scraper's connection open between scrapes (longer than the usual 5 s to 60 s scrape
  // intervals): a new TCP connection per scrape costs more than the scrape's collecting.
  // close() ends idle connections itself, so they never hold the process open.
  server.keepAliveTimeout = 75_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    host,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

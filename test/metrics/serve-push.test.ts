import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createMetrics, pushMetrics, PushgatewayError, recordUnit, serveMetrics } from '../../metrics/index.js';

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
  it('PUTs the exposition text to the Pushgateway group of the job', async () => {
    // A stand-in Pushgateway that records what it receives (the real one is not installed here).
    const received: { method?: string; url?: string; body: string }[] = [];
    const gateway = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ method: request.method, url: request.url, body });
        response.writeHead(request.url?.includes('broken') ? 500 : 200).end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/`;
    try {
      const metrics = createMetrics('coordinator', {}, { processMetrics: false });
      metrics.logZEstimate.set(3.5);
      await pushMetrics(metrics.registry, url, 'ebm run', { instance: 'laptop' });
      expect(received[0].method).toBe('PUT');
      expect(received[0].url).toBe('/metrics/job/ebm%20run/instance/laptop');
      expect(received[0].body).toContain('ebm_logz_estimate{role="coordinator"} 3.5');
      await expect(pushMetrics(metrics.registry, url, 'broken')).rejects.toBeInstanceOf(PushgatewayError);
    } finally {
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
    }
  });
});

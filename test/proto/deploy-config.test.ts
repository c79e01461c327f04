/**
 * deploy/nats/nats-server.conf, run for real (listen address, monitoring port and store dir
 * moved to a free loopback port and a temp dir): it refuses anonymous clients, and its users
 * can run units — requests, replies and chunk continuation — within their permissions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NatsTransport } from '../../proto/nats-transport.js';
import { subjects } from '../../proto/subjects.js';
import { NatsServer, freePort } from '../support/nats-server.js';
import { repoRoot } from '../support/paths.js';

describe('deploy/nats/nats-server.conf', () => {
  let server: NatsServer;
  const quiet = () => {};
  const env = { EBM_COORDINATOR_PASSWORD: 'c-pass', EBM_WORKER_PASSWORD: 'w-pass' };

  beforeAll(async () => {
    const text = readFileSync(join(repoRoot, 'deploy/nats/nats-server.conf'), 'utf8');
    const httpPort = await freePort();
    server = await NatsServer.startWithConfig((port, dir) => {
      const replaced = text
        .replace(/^listen: .*$/m, `listen: 127.0.0.1:${port}`)
        .replace(/^http: .*$/m, `http: 127.0.0.1:${httpPort}`)
        .replace(/store_dir: .*$/m, `store_dir: ${JSON.stringify(join(dir, 'jetstream'))}`);
      expect(replaced).not.toBe(text);
      return replaced;
    }, env);
  });
  afterAll(async () => { await server?.stop(); });

  it('requires authentication', async () => {
    await expect(NatsTransport.connect({ servers: server.url }, undefined, quiet)).rejects.toThrow(/refused the credentials/);
    await expect(NatsTransport.connect({ servers: server.url, user: 'worker', password: 'c-pass' }, undefined, quiet)).rejects.toThrow(/refused the credentials/);
  });

  it('lets the coordinator and worker users exchange chunked units', async () => {
    const worker = await NatsTransport.connect({ servers: server.url, user: 'worker', password: 'w-pass' }, undefined, quiet);
    const coordinator = await NatsTransport.connect({ servers: server.url, user: 'coordinator', password: 'c-pass' }, undefined, quiet);
    try {
      expect(coordinator.maxPayload).toBe(8 * 1024 * 1024);
      worker.serve(subjects.allUnits, subjects.workerQueue, async (payload) => payload.subarray(0, 3));
      await worker.flush();
      const big = new Uint8Array(9 * 1024 * 1024).fill(5); // two chunks at max_payload 8 MB
      expect([...(await coordinator.request(subjects.units('deploy'), big, { timeoutMs: 20_000 }))]).toEqual([5, 5, 5]);
    } finally {
      await Promise.all([worker.close(), coordinator.close()]);
    }
  });
});

/**
 * The NATS server config of deploy/compose.yaml runs in a real nats-server: it loads, it
 * enforces the password, and the ebm user can do a unit request/reply on the run's
 * subject while a foreign subject stays closed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjects } from '../../proto/subjects.js';
import { freePort, startProcess, waitFor } from '../metrics/processes.js';
import type { Started } from '../metrics/processes.js';
import { readYamlOne } from './deploy-files.js';

const password = 'test-password-1';
const dir = mkdtempSync(join(tmpdir(), 'ebm-nats-conf-'));
let server: Started | undefined;
let url = '';

function natsConfig(port: number): string {
  const compose = readYamlOne<{ configs: Record<string, { content: string }> }>('compose.yaml');
  // Compose turns $$ into $; the test moves the port and the JetStream store into its temp dir.
  return compose.configs['nats-server-conf'].content.replaceAll('$$', '$').replace(/^port: 4222$/m, `port: ${port}`).replace(/^http_port: .*$/m, '').replace('store_dir: "/data"', `store_dir: ${JSON.stringify(join(dir, 'js'))}`);
}

beforeAll(async () => {
  const port = await freePort();
  url = `nats://127.0.0.1:${port}`;
  writeFileSync(join(dir, 'nats.conf'), natsConfig(port));
  server = startProcess('sh', ['-c', `NATS_PASSWORD=${password} exec nats-server -c ${join(dir, 'nats.conf')}`]);
  await waitFor('nats-server', async () => {
    const nc = await connect({ servers: url, user: 'ebm', pass: password, reconnect: false });
    await nc.close();
    return true;
  }, 15_000);
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the compose NATS config', () => {
  it('is valid for nats-server -t', () => {
    const check = spawnSync('nats-server', ['-t', '-c', join(dir, 'nats.conf')], { encoding: 'utf8', env: { ...process.env, NATS_PASSWORD: password } });
    expect(check.status, check.stderr).toBe(0);
  });

  it('raises max_payload to 8 MB and refuses a wrong password', async () => {
    const nc = await connect({ servers: url, user: 'ebm', pass: password });
    expect(nc.info?.max_payload).toBe(8 * 1024 * 1024);
    expect(nc.info?.jetstream).toBe(true);
    await nc.close();
    await expect(connect({ servers: url, user: 'ebm', pass: 'wrong', reconnect: false })).rejects.toThrow();
  });

  it('lets the ebm user serve and request units on the run subjects', async () => {
    const worker = await connect({ servers: url, user: 'ebm', pass: password });
    const coordinator = await connect({ servers: url, user: 'ebm', pass: password });
    try {
      const subscription = worker.subscribe(subjects.allUnits, { queue: subjects.workerQueue });
      void (async () => {
        for await (const message of subscription) message.respond(new TextEncoder().encode(`done ${message.subject}`));
      })();
      await worker.flush();
      const reply = await coordinator.request(subjects.units('run-1'), new Uint8Array([1, 2, 3]), { timeout: 5000 });
      expect(reply.string()).toBe('done ebm.run-1.units');
      // A subject outside ebm's namespace is denied by the permissions.
      const denied = coordinator.subscribe('other.app.orders');
      await expect(denied.closed).resolves.toBeInstanceOf(Error);
    } finally {
      await worker.close();
      await coordinator.close();
    }
  });
});

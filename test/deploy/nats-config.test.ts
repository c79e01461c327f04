/**
 * The NATS wiring of deploy/compose.yaml works in a real nats-server: the server config it
 * mounts (deploy/nats/nats-server.conf) with the passwords compose gives the server, and
 * the users and passwords compose gives the coordinator and the workers, so a unit
 * request/reply on a run's subject goes through while a foreign subject stays closed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjects } from '../../proto/subjects.js';
import { freePort, startProcess, waitFor } from '../metrics/processes.js';
import type { Started } from '../metrics/processes.js';
import { deployDir, readYamlOne } from './deploy-files.js';

interface Compose {
  services: Record<string, { environment?: Record<string, string> }>;
}

/** The value compose substitutes for `${VAR:-default}` when VAR is unset. */
function composeDefault(value: string | undefined): string {
  const match = /^\$\{\w+:-([^}]*)\}$/.exec(value ?? '');
  return match ? match[1] : (value ?? '');
}

const compose = readYamlOne<Compose>('compose.yaml');
const serverEnv = Object.fromEntries(Object.entries(compose.services.nats.environment ?? {}).map(([key, value]) => [key, composeDefault(value)]));
const credentials = (role: 'coordinator' | 'worker') => ({ user: compose.services[role].environment?.EBM_NATS_USER, pass: composeDefault(compose.services[role].environment?.EBM_NATS_PASSWORD) });

const dir = mkdtempSync(join(tmpdir(), 'ebm-nats-conf-'));
let server: Started | undefined;
let url = '';

beforeAll(async () => {
  const port = await freePort();
  url = `nats://127.0.0.1:${port}`;
  // The test moves the listener to a free loopback port, drops monitoring and puts the JetStream store in its temp dir.
  const conf = readFileSync(join(deployDir, 'nats/nats-server.conf'), 'utf8')
    .replace(/^listen: .*$/m, `listen: 127.0.0.1:${port}`)
    .replace(/^http: .*$/m, '')
    .replace(/store_dir: "[^"]+"/, `store_dir: ${JSON.stringify(join(dir, 'js'))}`);
  writeFileSync(join(dir, 'nats.conf'), conf);
  server = startProcess('env', [...Object.entries(serverEnv).map(([key, value]) => `${key}=${value}`), 'nats-server', '-c', join(dir, 'nats.conf')]);
  await waitFor('nats-server', async () => {
    const nc = await connect({ servers: url, ...credentials('worker'), reconnect: false });
    await nc.close();
    return true;
  }, 15_000).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${server?.output()}`);
  });
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('NATS as compose runs it', () => {
  it('raises max_payload to 8 MB, has JetStream, and refuses a wrong password', async () => {
    const nc = await connect({ servers: url, ...credentials('coordinator') });
    expect(nc.info?.max_payload).toBe(8 * 1024 * 1024);
    expect(nc.info?.jetstream).toBe(true);
    await nc.close();
    await expect(connect({ servers: url, user: 'worker', pass: 'wrong', reconnect: false })).rejects.toThrow();
  });

  it('lets the worker serve and the coordinator request units on a run subject, and nothing else', async () => {
    const worker = await connect({ servers: url, ...credentials('worker') });
    const coordinator = await connect({ servers: url, ...credentials('coordinator') });
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

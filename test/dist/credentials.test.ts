/**
 * A server that requires a token: a worker without it exits at once with status 1 and one
 * line naming the refusal (no stack trace, no retry loop); with the token — by URL for the
 * worker, by EBM_NATS_TOKEN for the coordinator — the run works.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf, writeAisSpec } from './cluster.js';

const TOKEN = 'ebm-test-token';
const dir = tempDir('ebm-dist-auth-');
const spec = writeAisSpec(dir, 'credentials', 200);
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start({ auth: { token: TOKEN } }); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('NATS credentials', () => {
  it('a worker without the token fails with one line and status 1', async () => {
    for (const url of [server.url, `nats://wrong@127.0.0.1:${server.port}`]) {
      const worker = group.ebm(['worker', '--nats', url, '--threads', '1']);
      expect(await worker.exited).toEqual({ status: 1, signal: null });
      const lines = worker.stderr().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^ebm: error: NatsConnectError: NATS server 127\.0\.0\.1:\d+ refused the credentials \(Authorization Violation\)/);
      expect(worker.stderr()).not.toContain(TOKEN);
    }
  });

  it('with the token (URL for the worker, EBM_NATS_TOKEN for the coordinator) the run works', async () => {
    await group.worker(`nats://${TOKEN}@127.0.0.1:${server.port}`, 'authorised');
    const run = group.ebm(['run', spec, '--nats', server.url, '--json', '--out', join(dir, 'run')], { EBM_NATS_TOKEN: TOKEN });
    const result = await resultOf(run);
    expect(result.units).toBe(12);
    expect(Number.isFinite(result.logZ)).toBe(true);
    expect(run.stderr()).not.toContain(TOKEN);
  });
});

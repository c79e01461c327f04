/**
 * The test harness itself: a server with JetStream starts on a loopback port, restarts on
 * the same port, and stop() leaves neither a process nor its temp dir behind.
 */
import { connect } from '@nats-io/transport-node';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NatsServer } from '../support/nats-server.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('NatsServer harness', () => {
  it('starts with JetStream, restarts on the same port, and stops by pid', async () => {
    const server = await NatsServer.start({ jetstream: true, maxPayload: 65536 });
    const firstPid = server.pid!;
    try {
      expect(existsSync(server.dir)).toBe(true);
      const nc = await connect({ servers: server.url });
      expect(nc.info?.jetstream).toBe(true);
      expect(nc.info?.max_payload).toBe(65536);
      await nc.close();
      await server.restart();
      expect(alive(firstPid)).toBe(false);
      expect(server.pid).not.toBe(firstPid);
      const again = await connect({ servers: server.url });
      expect(again.info?.port).toBe(server.port);
      await again.close();
    } finally {
      await server.stop();
    }
    expect(server.pid).toBeUndefined();
    expect(existsSync(server.dir)).toBe(false);
    expect(alive(firstPid)).toBe(false);
  });
});

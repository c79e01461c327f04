/**
 * The NATS server restarted mid-stream (stopped by pid, started again on the same port):
 * both clients reconnect on their own, and a caller that retries failed requests — as the
 * coordinator does — gets every answer, chunked ones included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NatsTransport } from '../../proto/nats-transport.js';
import { subjects } from '../../proto/subjects.js';
import { NatsServer } from '../support/nats-server.js';

describe('NATS server restart', () => {
  let server: NatsServer;
  let worker: NatsTransport;
  let coordinator: NatsTransport;
  const quiet = () => {};

  beforeAll(async () => {
    server = await NatsServer.start({ maxPayload: 8 * 1024 });
    const options = { servers: server.url, reconnectWaitMs: 100, closeTimeoutMs: 3000 };
    worker = await NatsTransport.connect(options, undefined, quiet);
    coordinator = await NatsTransport.connect(options, undefined, quiet);
  });
  afterAll(async () => {
    await Promise.all([worker?.close(), coordinator?.close()]);
    await server?.stop();
  });

  it('reconnects both sides and completes every request', async () => {
    // The reply depends on the request: a unit id in, 20 kB (3 chunks) out.
    const answer = (unit: number) => new Uint8Array(20_000).fill(unit % 256);
    worker.serve(subjects.allUnits, subjects.workerQueue, async (payload) => answer(new DataView(payload.buffer, payload.byteOffset).getUint32(0, true)));
    await worker.flush();

    const units = 40;
    const replies: Uint8Array[] = [];
    let failures = 0;
    let restart: Promise<void> | undefined;
    for (let unit = 0; unit < units; unit++) {
      if (unit === 10) restart = server.restart(300);
      const request = new Uint8Array(12_000); // 2 chunks
      new DataView(request.buffer).setUint32(0, unit, true);
      for (;;) {
        try {
          replies.push(await coordinator.request(subjects.units('restart-run'), request, { timeoutMs: 500 }));
          break;
        } catch {
          failures++; // timed out or no servers while the server was down: retry, like the coordinator
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }
    await restart;
    expect(replies.length).toBe(units);
    replies.forEach((reply, unit) => expect(Buffer.from(reply).equals(Buffer.from(answer(unit)))).toBe(true));
    expect(worker.events.reconnects).toBeGreaterThanOrEqual(1);
    expect(coordinator.events.reconnects).toBeGreaterThanOrEqual(1);
    expect(coordinator.events.disconnects).toBeGreaterThanOrEqual(1);
    // Retries are bounded by the downtime, not unbounded: 300 ms down, 500 ms per try.
    expect(failures).toBeLessThan(40);
  });
});

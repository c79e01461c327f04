/**
 * What only the NATS transport has: chunk sizes taken from the server's max_payload, the
 * continue step reaching the right queue-group member, and survival of whatever strangers
 * put on its subjects (garbage, other protocol versions, oversized messages, failing handlers).
 */
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chunk, encodeChunks } from '../../proto/chunking.js';
import { MessageGuard } from '../../proto/guard.js';
import { NatsTransport } from '../../proto/nats-transport.js';
import { TransportTimeoutError } from '../../proto/transport.js';
import { NatsServer } from '../support/nats-server.js';
import { PROTOCOL_VERSION } from '../../proto/version.js';

const MAX_PAYLOAD = 8 * 1024;

describe('NatsTransport', () => {
  let server: NatsServer;
  const logs: string[] = [];
  const log = (line: string) => { logs.push(line); };
  const open = (maxBytes?: number) => NatsTransport.connect({ servers: server.url, closeTimeoutMs: 3000 }, new MessageGuard({ maxBytes, log }), log);
  let client: NatsTransport;
  let workers: NatsTransport[];

  beforeAll(async () => {
    server = await NatsServer.start({ maxPayload: MAX_PAYLOAD });
    client = await open();
    workers = [await open(), await open(), await open()];
  });
  afterAll(async () => {
    await Promise.all([client, ...workers].filter(Boolean).map((t) => t.close()));
    await server?.stop();
  });

  it('reads max_payload from the server and keeps every chunk under it', () => {
    expect(client.maxPayload).toBe(MAX_PAYLOAD);
    for (const chunk of encodeChunks(new Uint8Array(100_000), 'x'.repeat(22), client.maxPayload)) expect(chunk.length).toBeLessThanOrEqual(MAX_PAYLOAD);
  });

  it('routes every chunk of a large request to the member that took the first one', async () => {
    // Three members: if continuation chunks went through the queue group, most requests
    // would reach a member without chunk 0 and never complete.
    const seen: number[][] = [[], [], []];
    const served = workers.map((w, i) => w.serve('nt.large', 'q', async (payload) => {
      seen[i].push(payload.length);
      return payload.subarray(0, 10);
    }));
    await Promise.all(workers.map((w) => w.flush()));
    const request = new Uint8Array(50_000).map((_, i) => i % 256);
    const replies = await Promise.all(Array.from({ length: 30 }, () => client.request('nt.large', request, { timeoutMs: 10_000 })));
    for (const reply of replies) expect([...reply]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seen.flat()).toEqual(Array(30).fill(50_000));
    for (const s of served) s.close();
  });

  it('survives a failing handler: no reply, the requester times out, one warning', async () => {
    const served = workers[0].serve('nt.fail', 'q', async () => { throw new Error('boom'); });
    await workers[0].flush();
    const before = logs.filter((l) => l.includes('boom')).length;
    for (let i = 0; i < 3; i++) await expect(client.request('nt.fail', new Uint8Array(1), { timeoutMs: 200 })).rejects.toBeInstanceOf(TransportTimeoutError);
    expect(logs.filter((l) => l.includes('boom')).length - before).toBe(1);
    // Still serving afterwards.
    const ok = workers[0].serve('nt.after', 'q', async () => new Uint8Array([7]));
    await workers[0].flush();
    expect([...(await client.request('nt.after', new Uint8Array(0), { timeoutMs: 5000 }))]).toEqual([7]);
    served.close();
    ok.close();
  });

  it('drops and counts garbage, other versions and oversized messages, and keeps serving', async () => {
    const guarded = await open(20_000);
    const served = guarded.serve('nt.guarded', 'q', async (payload) => payload.subarray(0, 1));
    const got: Uint8Array[] = [];
    const sub = guarded.subscribe('nt.news', (payload) => got.push(payload));
    await guarded.flush();
    const raw = await connect({ servers: server.url });
    try {
      raw.publish('nt.news', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f])); // not a Chunk
      raw.publish('nt.news', Chunk.encode({ protocolVersion: 99, messageId: 'm', count: 1, totalBytes: 1, data: new Uint8Array([1]) }).finish());
      // announces 1 MB total, above the 20 kB bound: refused before anything is kept
      raw.publish('nt.news', Chunk.encode({ protocolVersion: PROTOCOL_VERSION, messageId: 'big', index: 0, count: 200, totalBytes: 1_000_000, data: new Uint8Array(5000) }).finish());
      await expect(raw.request('nt.guarded', new Uint8Array([1, 2, 3]), { timeout: 300 })).rejects.toThrow(); // garbage request: no reply
      await raw.flush();
      await new Promise((r) => setTimeout(r, 100));
      expect(guarded.guard.rejected).toEqual({ decode: 2, version: 1, unknown_run: 0, too_large: 1 });
      expect(got).toEqual([]);
      // and a proper request still works
      expect([...(await client.request('nt.guarded', new Uint8Array([9, 8]), { timeoutMs: 5000 }))]).toEqual([9]);
    } finally {
      await raw.close();
      served.close();
      sub.close();
      await guarded.close();
    }
  });

  it('after close: publish drops with one warning, request rejects, neither throws synchronously', async () => {
    const lines: string[] = [];
    const closed = await NatsTransport.connect({ servers: server.url }, undefined, (l) => lines.push(l));
    await closed.close();
    expect(() => { closed.publish('nt.late', new Uint8Array(1)); closed.publish('nt.late', new Uint8Array(1)); }).not.toThrow();
    expect(lines.filter((l) => l.includes('could not publish on nt.late')).length).toBe(1);
    await expect(closed.request('nt.late', new Uint8Array(1), { timeoutMs: 100 })).rejects.toThrow(/closed/);
  });

  it('fails with a clear error when no server listens', async () => {
    const closed = await NatsServer.start();
    const url = closed.url;
    await closed.stop();
    await expect(NatsTransport.connect({ servers: url, connectTimeoutMs: 2000 }, undefined, log)).rejects.toThrow(/cannot connect to a NATS server at nats:\/\/127\.0\.0\.1:\d+: connection refused/);
  });
});

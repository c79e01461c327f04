/**
 * One behaviour, two transports: the same suite runs against the embedded transport and
 * against NATS (a real nats-server with a small max_payload, so large payloads are chunked).
 * Coordinator and worker code rely on exactly these properties, whatever carries them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedTransport } from '../../proto/embedded-transport.js';
import { NatsTransport } from '../../proto/nats-transport.js';
import { subjects } from '../../proto/subjects.js';
import { NoServersError, TransportTimeoutError, type Transport } from '../../proto/transport.js';
import { NatsServer } from '../support/nats-server.js';

/** Small enough that the large-payload tests need many chunks. */
const MAX_PAYLOAD = 16 * 1024;

interface Setup {
  /** The coordinator's side. */
  client: Transport;
  /** Two workers' sides (the same object for the embedded transport). */
  workers: [Transport, Transport];
  /** Resolves once subscriptions made so far are live everywhere. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

async function embeddedSetup(): Promise<Setup> {
  const transport = new EmbeddedTransport();
  return { client: transport, workers: [transport, transport], settle: async () => {}, stop: () => transport.close() };
}

async function natsSetup(): Promise<Setup> {
  const server = await NatsServer.start({ maxPayload: MAX_PAYLOAD });
  const quiet = () => {};
  const open = () => NatsTransport.connect({ servers: server.url, closeTimeoutMs: 3000 }, undefined, quiet);
  const [client, a, b] = await Promise.all([open(), open(), open()]);
  return {
    client,
    workers: [a, b],
    settle: async () => { await Promise.all([a.flush(), b.flush(), client.flush()]); },
    stop: async () => {
      await Promise.all([client.close(), a.close(), b.close()]);
      await server.stop();
    },
  };
}

/** Deterministic bytes: byte i of stream `salt`. */
function pattern(length: number, salt: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + salt * 7 + (i >>> 8)) & 0xff;
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => new TextDecoder().decode(b);

describe.each([
  ['embedded', embeddedSetup],
  ['nats', natsSetup],
])('Transport conformance: %s', (_name, makeSetup) => {
  let setup: Setup;
  beforeAll(async () => { setup = await makeSetup(); });
  afterAll(async () => { await setup?.stop(); });

  it('answers a request with the handler reply', async () => {
    const served = setup.workers[0].serve('conf.echo', 'q', async (payload) => text(`echo:${str(payload)}`));
    await setup.settle();
    expect(str(await setup.client.request('conf.echo', text('hi'), { timeoutMs: 5000 }))).toBe('echo:hi');
    served.close();
  });

  it('spreads requests over the members of a queue group, each request answered once', async () => {
    const counts = [0, 0];
    const served = setup.workers.map((w, i) => w.serve('conf.spread', 'q', async (payload) => { counts[i]++; return payload; }));
    await setup.settle();
    const replies = await Promise.all(Array.from({ length: 40 }, (_, k) => setup.client.request('conf.spread', text(`${k}`), { timeoutMs: 5000 })));
    expect(replies.map(str)).toEqual(Array.from({ length: 40 }, (_, k) => `${k}`));
    expect(counts[0] + counts[1]).toBe(40);
    // Both members took work (for random NATS placement, a miss has probability 2^-39).
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBeGreaterThan(0);
    for (const s of served) s.close();
  });

  it('serves the units of every run through the wildcard subject', async () => {
    const served = setup.workers[0].serve(subjects.allUnits, subjects.workerQueue, async (_payload, subject) => text(subject));
    await setup.settle();
    for (const run of ['run-a', 'run_b']) {
      expect(str(await setup.client.request(subjects.units(run), text('x'), { timeoutMs: 5000 }))).toBe(`ebm.${run}.units`);
    }
    served.close();
  });

  it('rejects with TransportTimeoutError when no reply comes in time', async () => {
    const served = setup.workers[0].serve('conf.slow', 'q', () => new Promise((resolve) => setTimeout(() => resolve(text('late')), 1000)));
    await setup.settle();
    await expect(setup.client.request('conf.slow', text('x'), { timeoutMs: 150 })).rejects.toBeInstanceOf(TransportTimeoutError);
    served.close();
  });

  it('rejects with NoServersError when nobody serves the subject', async () => {
    await expect(setup.client.request('conf.nobody.here', text('x'), { timeoutMs: 5000 })).rejects.toBeInstanceOf(NoServersError);
  });

  it('delivers a publish to every subscriber, wildcards included', async () => {
    const got: string[] = [];
    const a = setup.workers[0].subscribe('conf.news', (payload, subject) => got.push(`a:${subject}:${str(payload)}`));
    const b = setup.workers[1].subscribe('conf.*', (payload, subject) => got.push(`b:${subject}:${str(payload)}`));
    await setup.settle();
    setup.client.publish('conf.news', text('hello'));
    await waitFor(() => got.length >= 2);
    expect(got.sort()).toEqual(['a:conf.news:hello', 'b:conf.news:hello']);
    a.close();
    b.close();
  });

  it('carries requests and replies far above max_payload, byte for byte', async () => {
    const request = pattern(200_000, 1);
    const served = setup.workers.map((w) => w.serve('conf.large', 'q', async (payload) => {
      // The reply depends on every request byte, and is larger still.
      const reply = pattern(300_000, payload.reduce((sum, v) => (sum + v) % 251, 0));
      return reply;
    }));
    await setup.settle();
    const expectedSalt = request.reduce((sum, v) => (sum + v) % 251, 0);
    const replies = await Promise.all(Array.from({ length: 6 }, () => setup.client.request('conf.large', request, { timeoutMs: 20_000 })));
    for (const reply of replies) expect(Buffer.from(reply).equals(Buffer.from(pattern(300_000, expectedSalt)))).toBe(true);
    for (const s of served) s.close();
  });

  it('carries a publish far above max_payload, byte for byte', async () => {
    const message = pattern(100_000, 5);
    let received: Uint8Array | undefined;
    const sub = setup.workers[1].subscribe('conf.bulk', (payload) => { received = payload; });
    await setup.settle();
    setup.client.publish('conf.bulk', message);
    await waitFor(() => received !== undefined);
    expect(Buffer.from(received!).equals(Buffer.from(message))).toBe(true);
    sub.close();
  });

  it('answers an empty request with an empty reply', async () => {
    const served = setup.workers[0].serve('conf.empty', 'q', async () => new Uint8Array(0));
    await setup.settle();
    expect((await setup.client.request('conf.empty', new Uint8Array(0), { timeoutMs: 5000 })).length).toBe(0);
    served.close();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * What the wire costs: request/reply round trips per second (16 in flight, 1 kB each way)
 * over the embedded transport and over NATS on loopback, and the throughput of a 16 MB
 * request chunked at the server's default 1 MB max_payload. Each NATS benchmark starts its
 * own nats-server and stops it.
 */
import { EmbeddedTransport } from '../../proto/embedded-transport.js';
import { NatsTransport } from '../../proto/nats-transport.js';
import type { Transport } from '../../proto/transport.js';
import { NatsServer } from '../support/nats-server.js';
import type { Benchmark } from './benchmark.js';

interface Pair {
  client: Transport;
  worker: Transport;
  stop(): Promise<void>;
}

async function embeddedPair(): Promise<Pair> {
  const t = new EmbeddedTransport();
  return { client: t, worker: t, stop: () => t.close() };
}

async function natsPair(): Promise<Pair> {
  const server = await NatsServer.start();
  const quiet = () => {};
  const client = await NatsTransport.connect({ servers: server.url }, undefined, quiet);
  const worker = await NatsTransport.connect({ servers: server.url }, undefined, quiet);
  return {
    client,
    worker,
    stop: async () => {
      await Promise.all([client.close(), worker.close()]);
      await server.stop();
    },
  };
}

/** Round trips completed per second with `inFlight` outstanding requests, over ~2 s. */
async function roundTripsPerSecond(pair: Pair, payloadBytes: number, inFlight: number): Promise<number> {
  pair.worker.serve('bench.echo', 'q', async (payload) => payload);
  if (pair.worker instanceof NatsTransport) await pair.worker.flush();
  const payload = new Uint8Array(payloadBytes);
  let done = 0;
  const start = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (seconds() < 2) {
      await pair.client.request('bench.echo', payload, { timeoutMs: 10_000 });
      done++;
    }
  }));
  return done / seconds();
}

function roundTrips(name: string, makePair: () => Promise<Pair>): Benchmark {
  return {
    name: `transport.${name}.request_reply_1kB.round_trips_per_s`,
    unit: 'round trips/s',
    async measure() {
      const pair = await makePair();
      try {
        return await roundTripsPerSecond(pair, 1024, 16);
      } finally {
        await pair.stop();
      }
    },
  };
}

const chunkedThroughput: Benchmark = {
  name: 'transport.nats.chunked_request_16MB.MB_per_s',
  unit: 'MB/s',
  async measure() {
    const pair = await natsPair();
    try {
      pair.worker.serve('bench.big', 'q', async (payload) => payload.subarray(0, 8));
      await (pair.worker as NatsTransport).flush();
      const payload = new Uint8Array(16 * 1024 * 1024);
      const rounds = 8;
      const start = process.hrtime.bigint();
      for (let i = 0; i < rounds; i++) await pair.client.request('bench.big', payload, { timeoutMs: 30_000 });
      return (rounds * payload.length) / 1e6 / (Number(process.hrtime.bigint() - start) / 1e9);
    } finally {
      await pair.stop();
    }
  },
};

export const transportBenchmarks: Benchmark[] = [roundTrips('embedded', embeddedPair), roundTrips('nats', natsPair), chunkedThroughput];

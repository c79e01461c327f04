/**
 * A Transport that counts the payload bytes it sends and receives (requests, replies,
 * publishes, subscriptions) and passes everything through unchanged: the source of
 * `ebm_message_bytes_total{direction}` on NATS. Bytes are payloads as the code sees them;
 * the chunk envelopes and NATS protocol lines around them are not counted.
 */
import type { Closable, MessageHandler, RequestHandler, RequestOptions, Transport } from '../proto/transport.js';

export type ByteCounter = (direction: 'received' | 'sent', bytes: number) => void;

export class MeteredTransport implements Transport {
  constructor(private readonly inner: Transport, private readonly count: ByteCounter) {}

  async request(subject: string, payload: Uint8Array, options: RequestOptions): Promise<Uint8Array> {
    this.count('sent', payload.length);
    const reply = await this.inner.request(subject, payload, options);
    this.count('received', reply.length);
    return reply;
  }

  serve(subject: string, queue: string, handler: RequestHandler): Closable {
    return this.inner.serve(subject, queue, async (payload, actual) => {
      this.count('received', payload.length);
      const reply = await handler(payload, actual);
      this.count('sent', reply.length);
      return reply;
    });
  }

  publish(subject: string, payload: Uint8Array): void {
    this.count('sent', payload.length);
    this.inner.publish(subject, payload);
  }

  subscribe(subject: string, handler: MessageHandler): Closable {
    return this.inner.subscribe(subject, (payload, actual) => {
      this.count('received', payload.length);
      handler(payload, actual);
    });
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

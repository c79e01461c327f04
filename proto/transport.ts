/**
 * The one small interface both transports implement: request/reply to a queue group (work
 * units), and publish/subscribe (heartbeats, broadcasts). The embedded transport runs it in
 * memory; the NATS transport maps it onto NATS subjects, queue groups and inboxes. Neither
 * coordinator nor worker knows which one carries its messages.
 */

export type RequestHandler = (payload: Uint8Array, subject: string) => Promise<Uint8Array>;
export type MessageHandler = (payload: Uint8Array, subject: string) => void;

export interface Closable {
  close(): void;
}

export interface RequestOptions {
  /** Reject with TransportTimeoutError after this long without a reply. */
  timeoutMs: number;
}

export interface Transport {
  /** Send `payload` to one member of the queue group serving `subject`; resolve with its reply. */
  request(subject: string, payload: Uint8Array, options: RequestOptions): Promise<Uint8Array>;
  /** Serve requests on `subject` (wildcards `*` and `>` allowed) as a member of `queue`. */
  serve(subject: string, queue: string, handler: RequestHandler): Closable;
  /** Fire-and-forget to every subscriber of `subject`. */
  publish(subject: string, payload: Uint8Array): void;
  subscribe(subject: string, handler: MessageHandler): Closable;
  /** Deliver what is in flight, then release every resource. */
  close(): Promise<void>;
}

/** No reply came in time: the coordinator retries the unit elsewhere. */
export class TransportTimeoutError extends Error {
  constructor(subject: string, timeoutMs: number) {
    super(`no reply on ${subject} within ${timeoutMs} ms`);
    this.name = 'TransportTimeoutError';
  }
}

/** Nobody serves the subject (yet): the coordinator waits for workers and retries. */
export class NoServersError extends Error {
  constructor(subject: string) {
    super(`no worker serves ${subject}`);
    this.name = 'NoServersError';
  }
}

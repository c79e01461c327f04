/**
 * The Transport interface over NATS (@nats-io/transport-node). Requests go to a queue group
 * (one member answers), replies come back on one muxed inbox subscription per connection,
 * and every payload travels in Chunk envelopes (proto/chunking.ts) so messages larger than
 * the server's max_payload pass:
 *
 *   requester                         server (queue-group member)
 *   chunk 0 ──── subject, reply=I ──▶ one chunk: run the handler, reply chunks to I
 *                                     more chunks: keep chunk 0, answer "continue at C"
 *   chunks 1.. ─ C (its own subject) ▶ reassemble, run the handler, reply chunks to I
 *
 * The continue step is needed because a queue group picks a member per message: only the
 * member that took chunk 0 may get the rest. The client reconnects forever, so a NATS
 * restart costs only the requests in flight (they time out and the coordinator retries).
 */
import { connect, createInbox, nuid, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { Reassembler, decodeChunk, encodeChunks, encodeContinue, type Chunk } from './chunking.js';
import { MessageGuard } from './guard.js';
import { connectError, ReplyRejectedError } from './nats-errors.js';
import { natsConnectionOptions, type NatsOptions } from './nats-options.js';
import { NoServersError, TransportTimeoutError, type Closable, type MessageHandler, type RequestHandler, type RequestOptions, type Transport } from './transport.js';

export { NatsConnectError, ReplyRejectedError } from './nats-errors.js';

const DEFAULT_MAX_PAYLOAD = 1024 * 1024;

interface PendingRequest {
  subject: string;
  chunks: Uint8Array[];
  replySubject: string;
  settle(error: Error | undefined, payload?: Uint8Array): void;
}

interface ServeContext {
  handler: RequestHandler;
  subject: string;
  reply: string;
}

export class NatsTransport implements Transport {
  /** Counts of dropped messages by reason (shared with the caller's own decoding). */
  readonly guard: MessageGuard;
  /** Connection history, for logs and tests. */
  readonly events = { disconnects: 0, reconnects: 0 };

  private readonly replyPrefix = createInbox();
  private readonly continuePrefix = createInbox();
  private replySubscription: Subscription | undefined;
  private continueSubscription: Subscription | undefined;
  private readonly pending = new Map<string, PendingRequest>();
  private readonly replies: Reassembler<undefined>;
  private readonly continuations: Reassembler<ServeContext>;
  private readonly subscriptions = new Set<Subscription>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly warned = new Set<string>();
  private closing: Promise<void> | undefined;
  private reconnect = deferred();

  private constructor(
    private readonly nc: NatsConnection,
    private readonly options: NatsOptions,
    guard: MessageGuard,
    private readonly log: (line: string) => void,
  ) {
    this.guard = guard;
    const reassembly = { maxMessageBytes: guard.maxBytes, timeoutMs: options.chunkTimeoutMs ?? 30_000 };
    this.replies = new Reassembler(reassembly);
    this.continuations = new Reassembler(reassembly);
    void this.watchStatus();
  }

  /**
   * Connect to NATS. Fails with NatsConnectError when no server answers (unless
   * `waitForServer`) or the server refuses the credentials; reconnects forever after that.
   */
  static async connect(options: NatsOptions, guard: MessageGuard = new MessageGuard({ maxBytes: options.maxMessageBytes }), log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<NatsTransport> {
    const connectionOptions = natsConnectionOptions(options);
    const where = [connectionOptions.servers].flat().join(', ');
    let nc: NatsConnection;
    try {
      nc = await connect(connectionOptions);
    } catch (error) {
      throw connectError(error as Error, where);
    }
    return new NatsTransport(nc, options, guard, log);
  }

  /** Resolves at the next reconnect: requests in flight may have been lost with the server. */
  nextReconnect(): Promise<void> {
    return this.reconnect.promise;
  }

  /** The connected server's max_payload: the size of the largest chunk. */
  get maxPayload(): number {
    return this.nc.info?.max_payload ?? DEFAULT_MAX_PAYLOAD;
  }

  /** Resolves once the server has processed everything sent so far (e.g. subscriptions). */
  async flush(): Promise<void> {
    await this.nc.flush();
  }

  request(subject: string, payload: Uint8Array, options: RequestOptions): Promise<Uint8Array> {
    if (this.closing) return Promise.reject(new Error('NATS transport is closed'));
    this.replySubscription ??= this.nc.subscribe(`${this.replyPrefix}.*`, { callback: this.guarded(`${this.replyPrefix}.*`, (msg) => this.onReply(msg)) });
    const token = nuid.next();
    let chunks: Uint8Array[];
    try {
      chunks = encodeChunks(payload, token, this.maxPayload);
    } catch (error) {
      return Promise.reject(error);
    }
    const promise = new Promise<Uint8Array>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const request: PendingRequest = {
        subject,
        chunks,
        replySubject: `${this.replyPrefix}.${token}`,
        settle: (error, reply) => {
          clearTimeout(timer);
          this.pending.delete(token);
          this.replies.drop(token);
          if (error) reject(error);
          else resolve(reply!);
        },
      };
      this.pending.set(token, request);
      timer = setTimeout(() => request.settle(new TransportTimeoutError(subject, options.timeoutMs)), options.timeoutMs);
      try {
        this.nc.publish(subject, request.chunks[0], { reply: request.replySubject });
      } catch (error) {
        request.settle(error as Error);
      }
    });
    return this.track(promise);
  }

  serve(subject: string, queue: string, handler: RequestHandler): Closable {
    this.continueSubscription ??= this.nc.subscribe(`${this.continuePrefix}.*`, { callback: this.guarded(`${this.continuePrefix}.*`, (msg) => this.onContinue(msg)) });
    const subscription = this.nc.subscribe(subject, { queue, callback: this.guarded(subject, (msg) => this.onServe(msg, handler)) });
    return this.closable(subscription);
  }

  /** Fire-and-forget: on a closed connection the message is dropped (with one warning). */
  publish(subject: string, payload: Uint8Array): void {
    try {
      for (const chunk of encodeChunks(payload, nuid.next(), this.maxPayload)) this.nc.publish(subject, chunk);
    } catch (error) {
      this.warnOnce(`publish ${subject}`, `ebm: warning: could not publish on ${subject}: ${(error as Error).message}`);
    }
  }

  subscribe(subject: string, handler: MessageHandler): Closable {
    const parts = new Reassembler<undefined>({ maxMessageBytes: this.guard.maxBytes, timeoutMs: this.options.chunkTimeoutMs ?? 30_000 });
    const subscription = this.nc.subscribe(subject, {
      callback: this.guarded(subject, (msg) => {
        const chunk = this.acceptChunk(msg);
        if (!chunk || chunk.continueSubject) return;
        const assembly = parts.add(chunk.messageId, chunk, undefined);
        if (assembly.status === 'rejected') return void this.guard.reject(assembly.reason, `chunked message on ${msg.subject}`);
        if (assembly.status !== 'complete') return;
        try {
          handler(assembly.payload, msg.subject);
        } catch (error) {
          this.warnOnce(`subscribe ${subject}`, `ebm: warning: a handler of ${subject} threw (${(error as Error).message}); the message is dropped`);
        }
      }),
    });
    const closable = this.closable(subscription);
    return { close: () => { parts.clear(); closable.close(); } };
  }

  /**
   * Stop taking messages, let running handlers reply, then drain. Requests still waiting for
   * a reply are rejected at once: nobody closes a transport while waiting for one, and a
   * request abandoned to a dead worker would otherwise keep the process alive until its
   * timeout.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const request of [...this.pending.values()]) request.settle(new Error('NATS transport is closed'));
      await Promise.allSettled([...this.subscriptions].map((s) => s.drain()));
      // A handler stuck forever must not keep the process alive: wait a bounded time.
      let timer: NodeJS.Timeout | undefined;
      const giveUp = new Promise<void>((resolve) => { timer = setTimeout(resolve, this.options.closeTimeoutMs ?? 10_000); });
      const settled = (async () => { while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]); })();
      await Promise.race([settled, giveUp]);
      clearTimeout(timer);
      this.replies.clear();
      this.continuations.clear();
      if (!this.nc.isClosed()) await this.nc.drain().catch(() => undefined);
    })();
    return this.closing;
  }

  private onReply(msg: Msg): void {
    const token = msg.subject.slice(this.replyPrefix.length + 1);
    const request = this.pending.get(token);
    if (!request) return; // a late reply to a request that timed out
    if (msg.headers?.code === 503) return request.settle(new NoServersError(request.subject));
    const chunk = this.acceptChunk(msg);
    if (!chunk) return;
    if (chunk.continueSubject) {
      for (const rest of request.chunks.slice(1)) this.nc.publish(chunk.continueSubject, rest, { reply: request.replySubject });
      return;
    }
    const assembly = this.replies.add(token, chunk, undefined);
    if (assembly.status === 'rejected') {
      this.guard.reject(assembly.reason, `reply on ${request.subject}`);
      request.settle(new ReplyRejectedError(request.subject, assembly.reason));
    } else if (assembly.status === 'complete') {
      request.settle(undefined, assembly.payload);
    }
  }

  private onServe(msg: Msg, handler: RequestHandler): void {
    if (!msg.reply) return; // a plain publish on a request subject: nobody to answer
    const chunk = this.acceptChunk(msg);
    if (!chunk || chunk.continueSubject) return;
    const context = { handler, subject: msg.subject, reply: msg.reply };
    if (chunk.count > 1 && chunk.index === 0 && chunk.totalBytes <= this.guard.maxBytes) {
      msg.respond(encodeContinue(chunk.messageId, `${this.continuePrefix}.${chunk.messageId}`));
    }
    this.assemble(chunk, context);
  }

  private onContinue(msg: Msg): void {
    const chunk = this.acceptChunk(msg);
    if (!chunk || chunk.continueSubject) return;
    if (!this.continuations.has(chunk.messageId)) return; // expired, or never started here
    this.assemble(chunk, undefined);
  }

  /** Add a request chunk; run the handler once the request is whole. */
  private assemble(chunk: Chunk, context: ServeContext | undefined): void {
    const assembly = this.continuations.add(chunk.messageId, chunk, context!);
    if (assembly.status === 'rejected') return void this.guard.reject(assembly.reason, `request on ${context?.subject ?? 'a continue subject'}`);
    if (assembly.status !== 'complete') return;
    const { handler, subject, reply } = assembly.context;
    const run = (async () => {
      try {
        const answer = await handler(assembly.payload, subject);
        if (this.nc.isClosed()) return;
        for (const part of encodeChunks(answer, nuid.next(), this.maxPayload)) this.nc.publish(reply, part);
      } catch (error) {
        // No reply: the requester times out and the coordinator retries elsewhere.
        this.warnOnce(`serve ${subject}`, `ebm: warning: the handler of ${subject} failed (${(error as Error).message}); the request gets no reply`);
      }
    })();
    void this.track(run);
  }

  /**
   * A subscription callback that cannot throw into the client: a subscription error (e.g.
   * a permissions violation, which ends the subscription) is logged once, and so is any
   * bug in our own handling of a message.
   */
  private guarded(subject: string, onMessage: (msg: Msg) => void): (err: Error | null, msg: Msg) => void {
    return (err, msg) => {
      if (err) return this.warnOnce(`subscription ${subject}`, `ebm: warning: NATS subscription ${subject} failed: ${err.message}`);
      try {
        onMessage(msg);
      } catch (error) {
        this.warnOnce(`message ${subject}`, `ebm: warning: a message on ${msg.subject} could not be handled: ${(error as Error).message}`);
      }
    };
  }

  /** Decode an envelope through the guard: undefined when dropped (and counted). */
  private acceptChunk(msg: Msg): Chunk | undefined {
    if (msg.data.length > this.maxPayload + 1024) return this.guard.reject('too_large', `${msg.data.length} bytes on ${msg.subject}`);
    const chunk = decodeChunk(msg.data);
    if (typeof chunk === 'string') return this.guard.reject(chunk, `envelope on ${msg.subject}`);
    return chunk;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    const forget = () => this.inFlight.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  private closable(subscription: Subscription): Closable {
    this.subscriptions.add(subscription);
    return {
      close: () => {
        this.subscriptions.delete(subscription);
        if (!subscription.isClosed()) subscription.unsubscribe();
      },
    };
  }

  private warnOnce(key: string, line: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.log(line);
  }

  private async watchStatus(): Promise<void> {
    for await (const status of this.nc.status()) {
      if (status.type === 'disconnect') {
        this.events.disconnects++;
        this.log(`ebm: NATS connection to ${status.server} lost; reconnecting`);
      } else if (status.type === 'reconnect') {
        this.events.reconnects++;
        const { resolve } = this.reconnect;
        this.reconnect = deferred();
        resolve();
        this.log(`ebm: NATS reconnected to ${status.server}`);
      }
    }
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * The embedded transport: the Transport interface in memory, for the default one-process
 * run. Requests go round-robin to the servers of a subject, like a NATS queue group.
 */
import { NoServersError, TransportTimeoutError, type Closable, type MessageHandler, type RequestHandler, type RequestOptions, type Transport } from './transport.js';

/** NATS-style subject matching: `*` is one token, `>` the rest. */
export function subjectMatches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length) return false;
    if (p[i] !== '*' && p[i] !== s[i]) return false;
  }
  return p.length === s.length;
}

interface Server {
  pattern: string;
  handler: RequestHandler;
}

export class EmbeddedTransport implements Transport {
  private servers: Server[] = [];
  private subscribers: { pattern: string; handler: MessageHandler }[] = [];
  private nextServer = 0;
  private closed = false;

  async request(subject: string, payload: Uint8Array, options: RequestOptions): Promise<Uint8Array> {
    if (this.closed) throw new Error('embedded transport is closed');
    const matching = this.servers.filter((s) => subjectMatches(s.pattern, subject));
    if (matching.length === 0) throw new NoServersError(subject);
    const server = matching[this.nextServer++ % matching.length];
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TransportTimeoutError(subject, options.timeoutMs)), options.timeoutMs);
    });
    try {
      return await Promise.race([server.handler(payload, subject), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  serve(subject: string, _queue: string, handler: RequestHandler): Closable {
    const server = { pattern: subject, handler };
    this.servers.push(server);
    return { close: () => void (this.servers = this.servers.filter((s) => s !== server)) };
  }

  publish(subject: string, payload: Uint8Array): void {
    for (const s of this.subscribers) if (subjectMatches(s.pattern, subject)) s.handler(payload, subject);
  }

  subscribe(subject: string, handler: MessageHandler): Closable {
    const sub = { pattern: subject, handler };
    this.subscribers.push(sub);
    return { close: () => void (this.subscribers = this.subscribers.filter((s) => s !== sub)) };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.servers = [];
    this.subscribers = [];
  }
}

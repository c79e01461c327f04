/**
 * The coordinator's view of the workers: who said hello, how many threads each has, and
 * who stopped sending heartbeats. A worker silent for `lossAfterMs` is lost (killed, stopped,
 * cut off): the dispatcher then gives in-flight units another attempt elsewhere.
 */
import type { MessageGuard } from '../proto/guard.js';
import { wire } from '../proto/messages.js';
import type { Closable, Transport } from '../proto/transport.js';
import { subjects } from '../proto/subjects.js';
import type { WorkerLossSignal } from './dispatch.js';

interface WorkerEntry {
  threads: number;
  lastSeen: number;
}

export interface WorkerRegistryOptions {
  transport: Transport;
  guard: MessageGuard;
  /** Silence after which a worker is lost: a few heartbeat periods. */
  lossAfterMs?: number;
  onChange?: (event: 'joined' | 'left' | 'lost', worker: string, workers: number) => void;
}

export class WorkerRegistry implements WorkerLossSignal {
  private readonly workers = new Map<string, WorkerEntry>();
  private readonly subscription: Closable;
  private readonly timer: NodeJS.Timeout;
  private readonly lossAfterMs: number;
  private loss!: { promise: Promise<void>; resolve: () => void };
  private waiters: (() => void)[] = [];
  /** Per-worker loss promises (whenLost), resolved and dropped when that worker is lost or leaves. */
  private readonly lossOf = new Map<string, { promise: Promise<void>; resolve: () => void }>();
  /** Workers lost or gone, until they are heard from again. */
  private readonly gone = new Set<string>();

  constructor(private readonly options: WorkerRegistryOptions) {
    this.lossAfterMs = options.lossAfterMs ?? 3500;
    this.renewLoss();
    this.subscription = options.transport.subscribe(subjects.workers, (payload) => this.onStatus(payload));
    options.transport.publish(subjects.workersProbe, new Uint8Array(0));
    this.timer = setInterval(() => this.sweep(), Math.min(500, this.lossAfterMs / 4));
    this.timer.unref();
  }

  /** Workers heard from recently. */
  count(): number {
    return this.workers.size;
  }

  /** Threads over all live workers. */
  threads(): number {
    let sum = 0;
    for (const w of this.workers.values()) sum += w.threads;
    return sum;
  }

  /** A live worker's threads (0: not live). */
  threadsOf(worker: string): number {
    return this.workers.get(worker)?.threads ?? 0;
  }

  /** Names of the live workers, sorted (placement policies read them). */
  live(): string[] {
    return [...this.workers.keys()].sort();
  }

  /** Whether `worker` was lost or said goodbye, and has not been heard from since. */
  isGone(worker: string): boolean {
    return this.gone.has(worker);
  }

  /** Resolves when `worker` is lost or says goodbye (at once if it is gone now; never, while it keeps heartbeating). */
  whenLost(worker: string): Promise<void> {
    if (this.gone.has(worker)) return Promise.resolve();
    let entry = this.lossOf.get(worker);
    if (!entry) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      entry = { promise, resolve };
      this.lossOf.set(worker, entry);
    }
    return entry.promise;
  }

  /** Resolves once at least `min` workers are live. */
  async waitFor(min: number): Promise<void> {
    while (this.workers.size < min) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  next(): Promise<void> {
    return this.loss.promise;
  }

  close(): void {
    clearInterval(this.timer);
    this.subscription.close();
  }

  private renewLoss(): void {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    this.loss = { promise, resolve };
  }

  private onStatus(payload: Uint8Array): void {
    const status = this.options.guard.workerStatus(payload);
    if (!status) return;
    if (status.kind === wire.WorkerStatus.Kind.GOODBYE) {
      if (this.workers.delete(status.worker)) this.options.onChange?.('left', status.worker, this.workers.size);
      this.announceLoss(status.worker);
      return;
    }
    const known = this.workers.has(status.worker);
    this.gone.delete(status.worker);
    this.workers.set(status.worker, { threads: status.threads, lastSeen: Date.now() });
    if (!known) {
      this.options.onChange?.('joined', status.worker, this.workers.size);
      const waiters = this.waiters;
      this.waiters = [];
      waiters.forEach((w) => w());
    }
  }

  private sweep(): void {
    const now = Date.now();
    for (const [name, entry] of this.workers) {
      if (now - entry.lastSeen > this.lossAfterMs) {
        this.workers.delete(name);
        this.options.onChange?.('lost', name, this.workers.size);
        this.announceLoss(name);
        const { resolve } = this.loss;
        this.renewLoss();
        resolve();
      }
    }
  }

  private announceLoss(worker: string): void {
    this.gone.add(worker);
    this.lossOf.get(worker)?.resolve();
    this.lossOf.delete(worker);
  }
}

/**
 * Hands units out and collects their results: the only place (with the run loops) that
 * waits, retries and times out. Each unit is requested until one attempt succeeds; a unit
 * whose worker dies or stalls times out and goes to another worker with attempt + 1. In a
 * distributed run each attempt goes to the least loaded live worker (coordinator/unit-placer.ts),
 * embedded to the queue group. Results are keyed by unit id, so which attempt or worker
 * produced one never shows in an estimate.
 */
import type { MessageGuard } from '../proto/guard.js';
import { UnitRequest, UnitResult } from '../proto/messages.js';
import type { Transport } from '../proto/transport.js';
import { subjects } from '../proto/subjects.js';
import { PROTOCOL_VERSION } from '../proto/version.js';
import { UnitPlacer, type LiveWorkers } from './unit-placer.js';
import { requestUnit, UnitFailedError } from './unit-request.js';

export { UnitFailedError };

export interface DispatchOptions {
  transport: Transport;
  runId: string;
  /** Units in flight at once (about the number of worker threads, or a few more). */
  concurrency: number;
  /** How long one attempt may take before the unit is given to another worker. */
  timeoutMs: number;
  /** Failed attempts per unit before the run fails (timeouts count; waiting for workers does not). */
  maxAttempts: number;
  /** Called once per unit, in completion order, with its successful result and the seconds since its first attempt. */
  onResult?: (unitId: number, result: UnitResult, seconds: number) => void;
  /** Called when an attempt fails and the unit is retried. */
  onRetry?: (unitId: number, attempt: number, reason: string) => void;
  /** Announces lost workers (missed heartbeats): in-flight units then get another attempt. */
  workerLoss?: WorkerLossSignal;
  /** Drops and counts replies that fail to decode or belong elsewhere (they count as failed attempts). */
  guard?: MessageGuard;
  /**
   * Backup attempts for stragglers. An attempt still unanswered after `factor` times the
   * median successful attempt (and at least `minMs`) gets a second one elsewhere: a stopped or
   * frozen worker keeps its NATS subscription, so the server keeps routing units to it after
   * its loss was announced. Dean and Ghemawat (2004), "backup tasks". Default: DEFAULT_BACKUPS
   * when `workerLoss` is set (a distributed run), none otherwise (an embedded run loses no
   * worker, and its queued units would look slow); `false`: none. Correct only because a
   * unit's result is a pure function of its request (AIS and sampling chains, PCD data shards,
   * bm shards carrying parameters and particles): either copy is the same bits, and the first
   * accepted wins. A unit whose state stays on one worker (state-affine PT rounds and held PCD
   * particle shards, which stateful-rounds.ts places itself) must not come here, or must pass `false`.
   */
  backups?: { factor: number; minMs: number } | false;
}

export const DEFAULT_BACKUPS = { factor: 4, minMs: 3000 } as const;

/**
 * The last successful attempt (ms) of a distributed run, per unit kind (ais, pcd, bmLearn,
 * ...), keyed by the run's worker-loss signal (one per runtime): the yardstick of a dispatch
 * with no success of its own yet. Without it a PCD update whose shards all went to a stopped
 * worker (NATS picks queue members at random), or a dispatch of one unit, would never back
 * up and would wait for the unit timeout. The last rather than a median over the run: unit
 * lengths drift along a run, and the nearest attempt says most about the next.
 */
const runLastAttemptMs = new WeakMap<WorkerLossSignal, Map<string, number>>();

/** `next()` resolves at the next worker loss (one shared promise per loss, so waiting is cheap). */
export interface WorkerLossSignal {
  next(): Promise<void>;
  /**
   * The live workers of a distributed run: each attempt then goes to the least loaded one on
   * its own subject (coordinator/unit-placer.ts), not to the queue group.
   */
  liveWorkers?: LiveWorkers;
}

/** One placer per run (per signal), so concurrent dispatches of a run see each other's units. */
const runPlacers = new WeakMap<WorkerLossSignal, UnitPlacer>();

function placerOf(signal: WorkerLossSignal | undefined): UnitPlacer | undefined {
  if (!signal?.liveWorkers) return undefined;
  let placer = runPlacers.get(signal);
  if (!placer) runPlacers.set(signal, (placer = new UnitPlacer(signal.liveWorkers)));
  return placer;
}

/** Attempts per unit, backups included, after which only the unit timeout is left. */
const MAX_ATTEMPTS_WITH_BACKUPS = 16;


export async function dispatchUnits(
  unitIds: readonly number[],
  build: (unitId: number) => Omit<UnitRequest, 'protocolVersion' | 'runId' | 'unitId' | 'attempt'> | Record<string, unknown>,
  options: DispatchOptions,
): Promise<Map<number, UnitResult>> {
  const results = new Map<number, UnitResult>();
  const queue = [...unitIds];
  const placer = placerOf(options.workerLoss);
  let failure: Error | undefined;
  const backups = options.backups === false ? undefined : (options.backups ?? (options.workerLoss ? DEFAULT_BACKUPS : undefined));
  // Milliseconds of recent successful attempts: the yardstick for stragglers; until this
  // dispatch has one, the run's last successful attempt of the same unit kind.
  const durations: number[] = [];
  const kinds = backups && options.workerLoss && unitIds.length > 0 ? lastAttempts(options.workerLoss) : undefined;
  const kind = kinds ? (Object.keys(build(unitIds[0]))[0] ?? '') : '';
  const backupDelayMs = (): number | undefined => {
    if (!backups) return undefined;
    const sorted = [...durations].sort((a, b) => a - b);
    const typical = sorted.length > 0 ? sorted[sorted.length >> 1] : kinds?.get(kind);
    return typical === undefined ? undefined : Math.max(backups.minMs, backups.factor * typical);
  };

  type Outcome = { kind: 'ok'; reply: UnitResult } | { kind: 'retry'; reason: string } | { kind: 'no-servers' };

  /** One attempt, on `target`'s own subject or (undefined) the queue group's. */
  const attemptOnce = async (unitId: number, attempt: number, target: string | undefined): Promise<Outcome> => {
    const payload = UnitRequest.encode(
      UnitRequest.create({ ...build(unitId), protocolVersion: PROTOCOL_VERSION, runId: options.runId, unitId, attempt }),
    ).finish();
    const started = Date.now();
    const subject = target === undefined ? subjects.units(options.runId) : subjects.workerUnits(options.runId, target);
    try {
      const outcome = await requestUnit(options, subject, payload, unitId);
      if (outcome.kind === 'error') return { kind: 'retry', reason: outcome.reason };
      if (outcome.kind !== 'ok') return outcome;
      durations.push(Date.now() - started);
      if (durations.length > 64) durations.shift();
      kinds?.set(kind, Date.now() - started);
      return outcome;
    } finally {
      if (target !== undefined) placer?.release(target);
    }
  };

  /**
   * One unit until it has a result. Attempts run one at a time, except when a worker is
   * lost: then the unit gets another attempt at once while the first stays pending (it may
   * have been on the lost worker, or not), and whichever succeeds first is the result. Units
   * are deterministic and keyed by id, so a late duplicate changes nothing.
   */
  const runOne = async (unitId: number): Promise<void> => {
    let attempt = 0;
    let failures = 0;
    let noServerWaits = 0;
    const started = process.hrtime.bigint();
    const pending = new Map<number, Promise<[number, Outcome]>>();
    /** The worker each pending attempt went to, and workers that failed this unit: a new attempt goes elsewhere. */
    const targets = new Map<number, string | undefined>();
    const avoid = new Set<string>();
    let launchedAt = 0;
    const launch = () => {
      const a = attempt++;
      launchedAt = Date.now();
      for (const t of targets.values()) if (t !== undefined) avoid.add(t);
      const target = placer?.take(avoid);
      targets.set(a, target);
      pending.set(a, attemptOnce(unitId, a, target).then((outcome): [number, Outcome] => [a, outcome]));
    };
    const forget = (a: number) => {
      pending.delete(a);
      targets.delete(a);
    };
    launch();
    while (!failure) {
      const lost = options.workerLoss?.next().then((): 'lost' => 'lost');
      // Until the first units finish there is no yardstick: look again after minMs.
      const delay = backupDelayMs();
      const wakeMs = !backups || attempt >= MAX_ATTEMPTS_WITH_BACKUPS ? undefined : delay === undefined ? backups.minMs : Math.max(0, launchedAt + delay - Date.now());
      let backupTimer: NodeJS.Timeout | undefined;
      const slow = wakeMs === undefined ? undefined : new Promise<'slow'>((resolve) => { backupTimer = setTimeout(() => resolve('slow'), wakeMs); });
      const winner = await Promise.race([...pending.values(), ...(lost ? [lost] : []), ...(slow ? [slow] : [])]);
      clearTimeout(backupTimer);
      if (winner === 'slow') {
        if (delay !== undefined && Date.now() - launchedAt >= delay) {
          // A backup goes to a worker this unit has not tried (the queue group, picking at
          // random, when there is none), waiting for at most maxAttempts: the oldest is given up.
          if (pending.size >= options.maxAttempts) forget(Math.min(...pending.keys()));
          options.onRetry?.(unitId, attempt, `no reply within ${(delay / 1000).toFixed(1)} s: a backup attempt`);
          launch();
        }
        continue;
      }
      if (winner === 'lost') {
        if (pending.size < options.maxAttempts) {
          options.onRetry?.(unitId, attempt, 'a worker was lost');
          launch();
        }
        continue;
      }
      const [a, outcome] = winner;
      const target = targets.get(a);
      forget(a);
      if (target !== undefined && outcome.kind !== 'ok') avoid.add(target);
      if (outcome.kind === 'ok') {
        results.set(unitId, outcome.reply);
        options.onResult?.(unitId, outcome.reply, Number(process.hrtime.bigint() - started) / 1e9);
        return;
      }
      if (outcome.kind === 'no-servers' && target !== undefined) {
        // That worker no longer serves (gone since the registry last heard it): another one.
        if (pending.size < options.maxAttempts) launch();
        continue;
      }
      if (outcome.kind === 'no-servers') {
        // No worker yet (or all gone, or not yet reconnected after a NATS restart, while the
        // other attempts may have been lost with the server): wait, then try again, without
        // spending attempts.
        await sleep(Math.min(2000, 100 * 2 ** Math.min(noServerWaits++, 5)));
        if (pending.size < options.maxAttempts) launch();
        continue;
      }
      if (pending.size > 0) continue; // another attempt is still running: wait for it
      failures++;
      if (failures >= options.maxAttempts) throw new UnitFailedError(unitId, 'retries', `${failures} failed attempts, last: ${outcome.reason}`);
      options.onRetry?.(unitId, attempt, outcome.reason);
      launch();
    }
  };

  const lanes = Array.from({ length: Math.max(1, Math.min(options.concurrency, queue.length)) }, async () => {
    while (queue.length > 0 && !failure) {
      const unitId = queue.shift()!;
      try {
        await runOne(unitId);
      } catch (err) {
        failure ??= err as Error;
      }
    }
  });
  await Promise.all(lanes);
  if (failure) throw failure;
  return results;
}

function lastAttempts(signal: WorkerLossSignal): Map<string, number> {
  let kinds = runLastAttemptMs.get(signal);
  if (!kinds) runLastAttemptMs.set(signal, (kinds = new Map()));
  return kinds;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

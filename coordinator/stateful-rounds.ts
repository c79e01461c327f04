/**
 * State-affine rounds, the coordinator's side, for any unit whose state stays on a worker's
 * chain host (worker/chain-host.ts) between rounds: PT copies (pt-copy-rounds.ts) and PCD
 * particle shards (particle-shards.ts). A round of state `key` goes to the worker holding it
 * (`ebm.<run>.worker.<name>`) with only what the round needs; the full state comes back when
 * the caller asks (`want state`: checkpoints), and is the state's fallback.
 *
 * When the holder is lost (the registry stops hearing it), does not answer in time, or no
 * longer holds the state (a "...StateMissing" error), the state goes to another worker with
 * its last full state and the rounds since to replay: each round is a pure function of
 * (state, the round's spec), and the specs since the oldest full state are kept here, so the
 * replayed state ends in the bits of the undisturbed one. A late reply of an abandoned
 * attempt is ignored.
 */
import type { MessageGuard } from '../proto/guard.js';
import { UnitRequest, type UnitResult } from '../proto/messages.js';
import { subjects } from '../proto/subjects.js';
import type { Transport } from '../proto/transport.js';
import { PROTOCOL_VERSION } from '../proto/version.js';
import type { WorkerLossSignal } from './dispatch.js';
import { requestUnit, UnitFailedError } from './unit-request.js';

/** Who the coordinator can send a state to. */
export interface WorkerDirectory {
  /** Live workers' names, sorted. */
  live(): string[];
  /** Resolves when the worker is lost (at once if it is gone now). */
  whenLost(worker: string): Promise<void>;
  /** Whether the worker was lost and has not come back. */
  isGone(worker: string): boolean;
}

/** A state's last full state: after `round` rounds (`state` undefined: the kind's start, or none came back yet). */
export interface FullState<Full> {
  round: number;
  state?: Full;
}

/** What differs between the kinds of state: the unit's body, and what a reply's full state is. */
export interface StatefulKind<Spec, Full, Flags> {
  /** The UnitRequest / UnitResult body. */
  body: 'pt' | 'pcd';
  /** How messages name a state and a round: "PT copy" / "round", "particle shard" / "update". */
  label: string;
  roundName: string;
  unitId(round: number, key: number): number;
  /**
   * The unit of `key`'s round `round`: to its holder (no `placement`: it starts from the state
   * after round - 1), or a placement starting from `placement.base` with `placement.replay`
   * (the specs of rounds base.round + 1 .. round - 1) run first.
   */
  unit(key: number, round: number, spec: Spec, flags: Flags, placement?: { base: FullState<Full>; replay: Spec[] }): Record<string, unknown>;
  /** The full state a successful reply carries, if it carries one. */
  fullState(reply: UnitResult): Full | undefined;
}

export interface StatefulRoundsOptions {
  transport: Transport;
  runId: string;
  /** States, keyed 0 .. count - 1. */
  count: number;
  directory: WorkerDirectory;
  /** How long one attempt may take before the state moves to another worker. */
  timeoutMs: number;
  /** Failed attempts per state and round before the run fails. */
  maxAttempts: number;
  /** Any other reason to re-send what is in flight (a NATS reconnect may have lost it). */
  workerLoss?: WorkerLossSignal;
  guard?: MessageGuard;
  onAccepted?: (unitId: number, result: UnitResult, seconds: number) => void;
  onRetry?: (unitId: number, attempt: number, reason: string) => void;
}

const isStateMissing = (kind: string | null | undefined) => /StateMissing$/.test(kind ?? '');

type Outcome = { kind: 'ok'; reply: UnitResult } | { kind: 'missing' } | { kind: 'retry'; reason: string } | { kind: 'no-servers' };

export class StatefulRounds<Spec, Full, Flags> {
  /** Round r's spec, kept while some state's last full state is older than r. */
  private readonly history = new Map<number, Spec>();
  private readonly full: FullState<Full>[];
  /** The worker holding each state after `heldRound[key]` rounds, if any. */
  private readonly holder: (string | undefined)[];
  private readonly heldRound: number[];

  /** `restored`: the states after `round` rounds (a resumed run, or a later start). */
  constructor(private readonly kind: StatefulKind<Spec, Full, Flags>, private readonly options: StatefulRoundsOptions, restored?: { round: number; states?: Full[] }) {
    const round = restored?.round ?? 0;
    this.full = Array.from({ length: options.count }, (_, key) => ({ round, state: restored?.states?.[key] }));
    this.holder = new Array(options.count).fill(undefined);
    this.heldRound = new Array(options.count).fill(round);
  }

  /** Run round `round` of every state; replies in key order (full states in them when `flags` ask). */
  async runRound(round: number, spec: Spec, flags: Flags): Promise<UnitResult[]> {
    this.history.set(round, spec);
    this.rebalance(round);
    const replies = await Promise.all(Array.from({ length: this.options.count }, (_, key) => this.runKey(key, round, flags)));
    // Rounds no state can replay any more (all have a later full state) are forgotten.
    const oldest = Math.min(...this.full.map((f) => f.round));
    for (const r of this.history.keys()) if (r <= oldest) this.history.delete(r);
    return replies;
  }

  /** Specs kept for replays (bounded by how often the caller asks for full states). */
  keptRounds(): number {
    return this.history.size;
  }

  /**
   * A state whose full state is current moves, for free, from a worker holding two more
   * states than the least loaded one: workers that joined late get work, and a queue group's
   * unlucky first placement evens out.
   */
  private rebalance(round: number): void {
    const live = this.options.directory.live();
    if (live.length < 2) return;
    for (let key = 0; key < this.options.count; key++) {
      const holder = this.holder[key];
      if (holder === undefined || this.full[key].round !== round - 1) continue;
      const load = this.loads(live);
      const least = live.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
      if ((load.get(holder) ?? 0) - load.get(least)! >= 2) this.holder[key] = undefined;
    }
  }

  private loads(live: string[]): Map<string, number> {
    const load = new Map(live.map((w) => [w, 0]));
    for (const h of this.holder) if (h !== undefined && load.has(h)) load.set(h, load.get(h)! + 1);
    return load;
  }

  /** The least loaded live worker not in `avoid` (undefined: use the queue group). */
  private choose(avoid: Set<string>): string | undefined {
    const live = this.options.directory.live().filter((w) => !avoid.has(w));
    if (live.length === 0) return undefined;
    const load = this.loads(live);
    return live.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
  }

  /** The request for `key`'s round, to its holder or (with the full state and replay) to another worker. */
  private unitFor(key: number, round: number, flags: Flags, placement: boolean): Record<string, unknown> {
    const spec = this.history.get(round)!;
    if (!placement) return this.kind.unit(key, round, spec, flags);
    const base = this.full[key];
    const replay = Array.from({ length: round - 1 - base.round }, (_, i) => this.history.get(base.round + 1 + i)!);
    return this.kind.unit(key, round, spec, flags, { base, replay });
  }

  private async runKey(key: number, round: number, flags: Flags): Promise<UnitResult> {
    const { options, kind } = this;
    const unitId = kind.unitId(round, key);
    const started = process.hrtime.bigint();
    const avoid = new Set<string>();
    const moves = () => `${kind.label} ${key} goes to another worker with ${round - 1 - this.full[key].round} ${kind.roundName}(s) to replay`;
    let attempt = 0;
    let failures = 0;
    let noServerWaits = 0;
    for (;;) {
      const holder = this.holder[key];
      const held = holder !== undefined && this.heldRound[key] === round - 1 && !options.directory.isGone(holder);
      if (holder !== undefined && !held && this.heldRound[key] === round - 1) options.onRetry?.(unitId, attempt, `worker ${holder} was lost: ${moves()}`);
      const target = held ? holder : this.choose(avoid);
      // Counted in the loads at once, so states placed together spread over the workers.
      this.holder[key] = target;
      if (!held) this.heldRound[key] = -1;
      const subject = target === undefined ? subjects.units(options.runId) : subjects.workerUnits(options.runId, target);
      const unit = this.unitFor(key, round, flags, !held);
      const outcome = await this.attempt(subject, unitId, attempt++, unit, target);
      if (outcome.kind === 'ok') {
        this.holder[key] = outcome.reply.worker;
        this.heldRound[key] = round;
        const state = kind.fullState(outcome.reply);
        if (state !== undefined) this.full[key] = { round, state };
        options.onAccepted?.(unitId, outcome.reply, Number(process.hrtime.bigint() - started) / 1e9);
        return outcome.reply;
      }
      this.holder[key] = undefined;
      if (outcome.kind === 'missing') {
        // Not a failure: the holder restarted, or evicted the state. The state goes along next.
        options.onRetry?.(unitId, attempt, `${target ?? 'the worker'} no longer holds ${kind.label} ${key}: its state goes to a worker with ${round - 1 - this.full[key].round} ${kind.roundName}(s) to replay`);
        continue;
      }
      if (outcome.kind === 'no-servers') {
        if (target !== undefined) {
          avoid.add(target); // that worker is gone: another one, or the queue group
          options.onRetry?.(unitId, attempt, `worker ${target} no longer serves: ${moves()}`);
          continue;
        }
        await sleep(Math.min(2000, 100 * 2 ** Math.min(noServerWaits++, 5)));
        continue;
      }
      if (target !== undefined) avoid.add(target);
      if (++failures >= options.maxAttempts) throw new UnitFailedError(unitId, 'retries', `${failures} failed attempts, last: ${outcome.reason}`);
      options.onRetry?.(unitId, attempt, `${outcome.reason}: ${moves()}`);
    }
  }

  /**
   * One request, abandoned when its worker is lost. On any other loss signal (a NATS
   * reconnect may have lost it) the same request is sent once more beside it: the holder's
   * chain host answers a duplicate with the reply of the unit it duplicates (or runs it, if
   * the first never arrived); a failure of the duplicate ends the attempt (the state then
   * moves with its last full state).
   */
  private async attempt(subject: string, unitId: number, attempt: number, unit: Record<string, unknown>, target: string | undefined): Promise<Outcome> {
    const { options } = this;
    const payload = UnitRequest.encode(UnitRequest.create({ protocolVersion: PROTOCOL_VERSION, runId: options.runId, unitId, attempt, [this.kind.body]: unit })).finish();
    const pending = new Set<Promise<Outcome>>();
    const send = () => {
      const p: Promise<Outcome> = this.request(subject, payload, unitId).then((o) => {
        pending.delete(p);
        return o;
      });
      pending.add(p);
    };
    send();
    let sent = 1;
    const lostOutcome: Outcome = { kind: 'retry', reason: `worker ${target} was lost` };
    const lost = target === undefined ? undefined : options.directory.whenLost(target).then(() => lostOutcome);
    let failed: Outcome | undefined;
    while (pending.size > 0) {
      const other = options.workerLoss?.next().then((): 'again' => 'again');
      const winner = await Promise.race([...pending, ...(lost ? [lost] : []), ...(other ? [other] : [])]);
      if (winner === 'again') {
        if (sent++ < 2) send();
        continue;
      }
      if (winner.kind === 'ok' || winner === lostOutcome) return winner;
      // The other request was sent before the loss signal (a NATS restart): its reply may be
      // gone with the old connection, so waiting for it could take the whole unit timeout.
      // Sent to one holder, whose chain host runs a state's units in order, its reply would
      // have come before the duplicate's failure had it survived: this failure decides. (Were
      // it only late, moving the state costs a replay, never the bits: rounds are pure.)
      if (sent >= 2) return winner;
      failed = winner;
    }
    return failed!;
  }

  private async request(subject: string, payload: Uint8Array, unitId: number): Promise<Outcome> {
    const outcome = await requestUnit(this.options, subject, payload, unitId);
    if (outcome.kind === 'error') return isStateMissing(outcome.error) ? { kind: 'missing' } : { kind: 'retry', reason: outcome.reason };
    if (outcome.kind === 'ok' && !outcome.reply[this.kind.body]) return { kind: 'retry', reason: `the reply has no ${this.kind.body} result` };
    return outcome;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

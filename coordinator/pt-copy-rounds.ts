/**
 * State-affine PT rounds: the coordinator's side. A copy's state stays on the worker that ran
 * its last round (on a chain host thread, worker/chain-host.ts), so a round sends only the
 * ladder and the scan start to that worker (`ebm.<run>.worker.<name>`) and gets only the
 * round's record back. The full state comes back every few rounds (`want state`), for the
 * run folder's checkpoint and as the copy's fallback.
 *
 * When the holder is lost (the registry stops hearing it), does not answer in time, or no
 * longer holds the state (PtStateMissing), the copy goes to another worker with its last
 * full state and the rounds since to replay: each round is a pure function of (state, betas,
 * scan start, scans), and the ladder of every round is kept here, so the replayed copy ends
 * in the bits of the undisturbed one. A late reply of an abandoned attempt is ignored.
 */
import type { MessageGuard } from '../proto/guard.js';
import { float64Bytes, UnitRequest, UnitResult, wire } from '../proto/messages.js';
import { subjects } from '../proto/subjects.js';
import { NoServersError, TransportTimeoutError, type Transport } from '../proto/transport.js';
import { PROTOCOL_VERSION } from '../proto/version.js';
import type { WirePtResult } from './pt-checkpoint.js';
import { UnitFailedError, type WorkerLossSignal } from './dispatch.js';

type WirePtCopyState = NonNullable<WirePtResult['state']>;

/** The fields of a PT unit that never change within a run (model, seed, sizes, scheme). */
export interface PtUnitConstants {
  modelJson: string;
  referenceJson: string;
  seed: number;
  sampler: string;
  replicas: number;
  scheme: string;
  sweeps: number;
  /** Names this configuration: a host holding a copy of another configuration never uses it. */
  configDigest: string;
}

/** Who the coordinator can send a copy to. */
export interface WorkerDirectory {
  /** Live workers' names, sorted. */
  live(): string[];
  /** Resolves when the worker is lost (at once if it is gone now). */
  whenLost(worker: string): Promise<void>;
  /** Whether the worker was lost and has not come back. */
  isGone(worker: string): boolean;
}

export interface PtCopyRoundsOptions {
  transport: Transport;
  runId: string;
  copies: number;
  constants: PtUnitConstants;
  directory: WorkerDirectory;
  /** How long one attempt may take before the copy moves to another worker. */
  timeoutMs: number;
  /** Failed attempts per copy and round before the run fails. */
  maxAttempts: number;
  /** Any other reason to re-send what is in flight (a NATS reconnect may have lost it). */
  workerLoss?: WorkerLossSignal;
  guard?: MessageGuard;
  onAccepted?: (unitId: number, result: UnitResult, seconds: number) => void;
  onRetry?: (unitId: number, attempt: number, reason: string) => void;
}

/** What a round's replies carry beside the record and estimate (PtUnit's want_* fields). */
export interface RoundWants {
  /** The copies' states (checkpoints, the last round). */
  wantState: boolean;
  /** The observables' per-level estimates (the last round). */
  wantObservations: boolean;
  /** The per-scan observation series (the last round of a sample run). */
  wantSeries: boolean;
}

/** One round's parameters, kept for replays. */
interface RoundSpec {
  betas: Uint8Array;
  scanStart: number;
  scans: number;
}

/** A copy's last full state: after `round` rounds (round 0: the reference, no state). */
interface FullState {
  round: number;
  state?: WirePtCopyState;
}

const PERMANENT_KINDS = new Set(['InputError', 'IntractableError', 'RangeError']);
const STATE_MISSING = 'PtStateMissing';

type Outcome = { kind: 'ok'; reply: UnitResult } | { kind: 'missing' } | { kind: 'retry'; reason: string } | { kind: 'no-servers' };

export class PtCopyRounds {
  /** Rounds 1..n's parameters (index r - 1). */
  private readonly history: RoundSpec[] = [];
  private readonly full: FullState[];
  /** The worker holding each copy after `heldRound[c]` rounds, if any. */
  private readonly holder: (string | undefined)[];
  private readonly heldRound: number[];

  /** `restored`: the copies' states after `round` rounds (a resumed run), with the ladders of rounds 1..round if known. */
  constructor(private readonly options: PtCopyRoundsOptions, restored?: { round: number; states: WirePtCopyState[] }) {
    const round = restored?.round ?? 0;
    this.full = Array.from({ length: options.copies }, (_, c) => ({ round, state: restored?.states[c] }));
    this.holder = new Array(options.copies).fill(undefined);
    this.heldRound = new Array(options.copies).fill(round);
    this.history.length = round; // rounds before a restored state are never replayed
  }

  /** Run round `round` of every copy; replies in copy order, with what `want` asks for. */
  async runRound(round: number, betas: Float64Array, scanStart: number, scans: number, want: RoundWants): Promise<UnitResult[]> {
    this.history[round - 1] = { betas: Uint8Array.from(float64Bytes(Float64Array.from(betas))), scanStart, scans };
    this.rebalance(round);
    const results = await Promise.all(Array.from({ length: this.options.copies }, (_, c) => this.runCopy(c, round, want)));
    return results;
  }

  /**
   * A copy whose full state is current moves, for free, from a worker holding two more copies
   * than the least loaded one: workers that joined late get work, and a queue group's
   * unlucky first placement evens out.
   */
  private rebalance(round: number): void {
    const live = this.options.directory.live();
    if (live.length < 2) return;
    for (let c = 0; c < this.options.copies; c++) {
      const holder = this.holder[c];
      if (holder === undefined || this.full[c].round !== round - 1) continue;
      const load = this.loads(live);
      const least = live.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
      if ((load.get(holder) ?? 0) - load.get(least)! >= 2) this.holder[c] = undefined;
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

  /** The request for copy `c`'s round, to its holder or (with state and replay) to `target`. */
  private unitFor(c: number, round: number, want: RoundWants, placement: boolean): Record<string, unknown> {
    const k = this.options.constants;
    const spec = this.history[round - 1];
    const common = { seed: k.seed, sampler: k.sampler, copy: c, replicas: k.replicas, scheme: k.scheme, sweeps: k.sweeps, configDigest: k.configDigest, betas: spec.betas, scanStart: spec.scanStart, scans: spec.scans, ...want };
    if (!placement) return { ...common, heldRound: round - 1 };
    const base = this.full[c];
    const replay = this.history.slice(base.round, round - 1).map((r) => wire.PtRoundSpec.create(r));
    return { ...common, modelJson: k.modelJson, referenceJson: k.referenceJson, heldRound: base.round, replay, ...(base.state ? { state: base.state } : {}) };
  }

  private async runCopy(c: number, round: number, want: RoundWants): Promise<UnitResult> {
    const { options } = this;
    const unitId = (round - 1) * options.copies + c;
    const started = process.hrtime.bigint();
    const avoid = new Set<string>();
    let attempt = 0;
    let failures = 0;
    let noServerWaits = 0;
    for (;;) {
      const holder = this.holder[c];
      const held = holder !== undefined && this.heldRound[c] === round - 1 && !options.directory.isGone(holder);
      if (holder !== undefined && !held && this.heldRound[c] === round - 1) {
        options.onRetry?.(unitId, attempt, `worker ${holder} was lost: PT copy ${c} goes to another worker with ${round - 1 - this.full[c].round} round(s) to replay`);
      }
      const target = held ? holder : this.choose(avoid);
      // Counted in the loads at once, so copies placed together spread over the workers.
      this.holder[c] = target;
      if (!held) this.heldRound[c] = -1;
      const subject = target === undefined ? subjects.units(options.runId) : subjects.workerUnits(options.runId, target);
      const unit = this.unitFor(c, round, want, !held);
      const outcome = await this.attempt(subject, unitId, attempt++, unit, target);
      if (outcome.kind === 'ok') {
        const pt = outcome.reply.pt as WirePtResult;
        this.holder[c] = outcome.reply.worker;
        this.heldRound[c] = round;
        if (pt.state) this.full[c] = { round, state: pt.state };
        options.onAccepted?.(unitId, outcome.reply, Number(process.hrtime.bigint() - started) / 1e9);
        return outcome.reply;
      }
      this.holder[c] = undefined;
      if (outcome.kind === 'missing') {
        // Not a failure: the holder restarted, or evicted the copy. The state goes along next.
        options.onRetry?.(unitId, attempt, `${target ?? 'the worker'} no longer holds PT copy ${c}: its state goes to a worker with ${round - 1 - this.full[c].round} round(s) to replay`);
        continue;
      }
      if (outcome.kind === 'no-servers') {
        if (target !== undefined) {
          avoid.add(target); // that worker is gone: another one, or the queue group
          options.onRetry?.(unitId, attempt, `worker ${target} no longer serves: PT copy ${c} goes to another worker with ${round - 1 - this.full[c].round} round(s) to replay`);
          continue;
        }
        await sleep(Math.min(2000, 100 * 2 ** Math.min(noServerWaits++, 5)));
        continue;
      }
      if (target !== undefined) avoid.add(target);
      if (++failures >= options.maxAttempts) throw new UnitFailedError(unitId, 'retries', `${failures} failed attempts, last: ${outcome.reason}`);
      options.onRetry?.(unitId, attempt, `${outcome.reason}: PT copy ${c} goes to another worker with ${round - 1 - this.full[c].round} round(s) to replay`);
    }
  }

  /**
   * One request, abandoned when its worker is lost. On any other loss signal (a NATS
   * reconnect may have lost it) the same request is sent once more beside it: if the first
   * is still running, the duplicate finds the state already moved on and fails cheaply, and
   * that failure ends the attempt (the copy then moves with its last full state).
   */
  private async attempt(subject: string, unitId: number, attempt: number, unit: Record<string, unknown>, target: string | undefined): Promise<Outcome> {
    const { options } = this;
    const payload = UnitRequest.encode(UnitRequest.create({ protocolVersion: PROTOCOL_VERSION, runId: options.runId, unitId, attempt, pt: unit })).finish();
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
      // Sent to one holder, whose chain host runs a copy's units in order, its reply would
      // have come before the duplicate's failure had it survived: this failure decides. (Were
      // it only late, moving the copy costs a replay, never the bits: rounds are pure.)
      if (sent >= 2) return winner;
      failed = winner;
    }
    return failed!;
  }

  private async request(subject: string, payload: Uint8Array, unitId: number): Promise<Outcome> {
    const { options } = this;
    try {
      const bytes = await options.transport.request(subject, payload, { timeoutMs: options.timeoutMs });
      const reply = options.guard ? options.guard.unitResult(bytes) : UnitResult.decode(bytes);
      if (!reply) return { kind: 'retry', reason: 'the reply was dropped by the message guard' };
      if (reply.runId !== options.runId || reply.unitId !== unitId) return { kind: 'retry', reason: `reply for ${reply.runId}/${reply.unitId}` };
      if (reply.error) {
        if (reply.error.kind === STATE_MISSING) return { kind: 'missing' };
        if (PERMANENT_KINDS.has(reply.error.kind ?? '')) throw new UnitFailedError(unitId, reply.error.kind ?? '', reply.error.message ?? '');
        return { kind: 'retry', reason: `${reply.error.kind}: ${reply.error.message}` };
      }
      if (!reply.pt) return { kind: 'retry', reason: 'the reply has no PT result' };
      return { kind: 'ok', reply };
    } catch (err) {
      if (err instanceof UnitFailedError) throw err;
      if (err instanceof NoServersError) return { kind: 'no-servers' };
      return { kind: 'retry', reason: err instanceof TransportTimeoutError ? 'timed out' : (err as Error).message };
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

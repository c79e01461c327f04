/**
 * Message validation at the edge of the wire. Whatever arrives — garbage, a peer of another
 * protocol version, a run this process does not know, a message past the size bound — is
 * dropped and counted by reason, logged once per reason, and never throws: a process that
 * listens on a shared NATS cluster must survive anything put on its subjects.
 *
 * `rejected` is the one place the counts live; the metrics code exports it as
 * `ebm_messages_rejected_total{reason}`.
 */
import { ebm } from './generated/ebm.js';
import { UnitRequest, UnitResult } from './messages.js';
import { checkRunId } from './subjects.js';
import { PROTOCOL_VERSION } from './version.js';

export const REJECT_REASONS = ['decode', 'version', 'unknown_run', 'too_large'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** Default size bound for one whole message (after reassembly): 64 MiB. */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export interface MessageGuardOptions {
  /** Messages above this many bytes are dropped as 'too_large'. */
  maxBytes?: number;
  /** Runs this process takes part in; when absent, any well-formed run id is accepted. */
  isKnownRun?: (runId: string) => boolean;
  /** Where the once-per-reason warnings go (default: standard error). */
  log?: (line: string) => void;
}

function logToStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

interface Versioned {
  protocolVersion: number;
}

interface Decoder<T> {
  decode(bytes: Uint8Array): T;
}

export class MessageGuard {
  /** Dropped messages by reason, since this guard was made. */
  readonly rejected: Record<RejectReason, number> = { decode: 0, version: 0, unknown_run: 0, too_large: 0 };
  readonly maxBytes: number;
  private readonly isKnownRun: ((runId: string) => boolean) | undefined;
  private readonly log: (line: string) => void;
  private readonly logged = new Set<RejectReason>();

  constructor(options: MessageGuardOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.isKnownRun = options.isKnownRun;
    this.log = options.log ?? logToStderr;
  }

  /** Count a dropped message; the first drop of each reason is logged with its detail. */
  reject(reason: RejectReason, detail: string): undefined {
    this.rejected[reason]++;
    if (!this.logged.has(reason)) {
      this.logged.add(reason);
      this.log(`ebm: warning: dropped a message (${reason}): ${detail}; further drops for this reason are only counted`);
    }
    return undefined;
  }

  /** All drops, every reason. */
  get rejectedTotal(): number {
    return REJECT_REASONS.reduce((sum, reason) => sum + this.rejected[reason], 0);
  }

  /** A work unit, or undefined when it must be dropped. */
  unitRequest(bytes: Uint8Array): UnitRequest | undefined {
    const message = this.decodeVersioned(UnitRequest, bytes, 'UnitRequest');
    if (!message || !this.checkRun(message.runId)) return undefined;
    const ais = message.ais;
    if (ais && (!multipleOf(ais.betas, 8) || !multipleOf(ais.traceAt, 4))) {
      return this.reject('decode', `UnitRequest ${message.unitId}: betas or trace_at has a ragged byte length`);
    }
    return message;
  }

  /** A unit's result, or undefined when it must be dropped. */
  unitResult(bytes: Uint8Array): UnitResult | undefined {
    const message = this.decodeVersioned(UnitResult, bytes, 'UnitResult');
    if (!message || !this.checkRun(message.runId)) return undefined;
    const ais = message.ais;
    if (ais && (!multipleOf(ais.logWeights, 8) || !multipleOf(ais.trace, 8))) {
      return this.reject('decode', `UnitResult ${message.unitId}: log_weights or trace has a ragged byte length`);
    }
    return message;
  }

  /** A worker's hello / heartbeat / goodbye, or undefined when it must be dropped. */
  workerStatus(bytes: Uint8Array): ebm.v1.WorkerStatus | undefined {
    const message = this.decodeVersioned(ebm.v1.WorkerStatus, bytes, 'WorkerStatus');
    if (message && message.worker.length === 0) return this.reject('decode', 'WorkerStatus without a worker name');
    return message;
  }

  /** Size bound, decode (any throw is a 'decode' drop), then the protocol version. */
  decodeVersioned<T extends Versioned>(type: Decoder<T>, bytes: Uint8Array, name: string): T | undefined {
    if (bytes.length > this.maxBytes) return this.reject('too_large', `${name} of ${bytes.length} bytes exceeds the bound of ${this.maxBytes}`);
    let message: T;
    try {
      message = type.decode(bytes);
    } catch (error) {
      return this.reject('decode', `${name} does not decode: ${(error as Error).message}`);
    }
    if (message.protocolVersion !== PROTOCOL_VERSION) {
      return this.reject('version', `${name} has protocol version ${message.protocolVersion}, this process speaks ${PROTOCOL_VERSION}`);
    }
    return message;
  }

  private checkRun(runId: string): boolean {
    let wellFormed = true;
    try {
      checkRunId(runId);
    } catch {
      wellFormed = false;
    }
    if (!wellFormed || (this.isKnownRun && !this.isKnownRun(runId))) {
      this.reject('unknown_run', `run ${JSON.stringify(runId.slice(0, 80))} is not one of this process's runs`);
      return false;
    }
    return true;
  }
}

function multipleOf(bytes: Uint8Array | null | undefined, size: number): boolean {
  return !bytes || bytes.length % size === 0;
}

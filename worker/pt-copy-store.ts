/**
 * The PT copies a chain host thread holds between rounds (worker/held-state-store.ts), keyed
 * by (run, copy): each with the live core copy (core/pt/copy-round.ts) beside its slab
 * (worker/pt-state-slab.ts).
 */
import type { PtCopy } from '../core/pt/copy-round.js';
import { HeldStateStore, StateMissingError, type HeldState } from './held-state-store.js';

export interface HeldCopy extends HeldState {
  copy: PtCopy;
}

/** The host does not hold the copy's state a unit starts from: the coordinator sends it (kind "PtStateMissing"). */
export class PtStateMissingError extends StateMissingError {
  constructor(message: string) {
    super('Pt', message);
  }
}

export { DEFAULT_RUNS_KEPT } from './held-state-store.js';

export class PtCopyStore extends HeldStateStore<HeldCopy> {}

/**
 * The PT copies a chain host thread holds between rounds, keyed by (run, copy): each with the
 * digest of its run's static configuration, the number of rounds its state has finished, the
 * live core copy (core/pt/copy-round.ts), and a SharedArrayBuffer slab holding the same state
 * (worker/pt-state-slab.ts) that the worker node's main thread keeps.
 *
 * A host keeps the copies of its last few runs: a copy whose coordinator moved it elsewhere
 * (after a timeout) stays until its run is evicted, and is never used by mistake, because a
 * unit names the round its state must have finished.
 */
import type { PtCopy } from '../core/pt/copy-round.js';

export interface HeldCopy {
  digest: string;
  /** Rounds the copy's state has finished. */
  round: number;
  copy: PtCopy;
  slab: SharedArrayBuffer;
}

/** The host does not hold the state a unit starts from: the coordinator sends it (kind "PtStateMissing"). */
export class PtStateMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PtStateMissing';
  }
}

export const DEFAULT_RUNS_KEPT = 4;

export class PtCopyStore {
  private readonly runs = new Map<string, Map<number, HeldCopy>>();

  constructor(private readonly runsKept = DEFAULT_RUNS_KEPT) {}

  /** The copy of `run` holding `digest` after `round` rounds, or undefined. */
  find(run: string, copy: number, digest: string, round: number): HeldCopy | undefined {
    const held = this.touch(run)?.get(copy);
    return held && held.digest === digest && held.round === round ? held : undefined;
  }

  put(run: string, copy: number, held: HeldCopy): void {
    let copies = this.touch(run);
    if (!copies) {
      copies = new Map();
      this.runs.set(run, copies);
      // The least recently used runs go first (a Map iterates in insertion order).
      while (this.runs.size > this.runsKept) this.runs.delete(this.runs.keys().next().value as string);
    }
    copies.set(copy, held);
  }

  /** Forget a copy (a round failed half-way: its state is no longer any round's). */
  drop(run: string, copy: number): void {
    this.runs.get(run)?.delete(copy);
  }

  /** Copies held, over all runs. */
  size(): number {
    let n = 0;
    for (const copies of this.runs.values()) n += copies.size;
    return n;
  }

  /** The run's copies, moved to the most recently used end. */
  private touch(run: string): Map<number, HeldCopy> | undefined {
    const copies = this.runs.get(run);
    if (copies) {
      this.runs.delete(run);
      this.runs.set(run, copies);
    }
    return copies;
  }
}

/**
 * The states a chain host thread holds between rounds (PT copies, PCD particle shards), keyed
 * by (run, key): each with the digest of its run's static configuration, the number of rounds
 * (PT) or updates (PCD) its state has finished, and a SharedArrayBuffer slab holding the same
 * state that the worker node's main thread keeps (worker/chain-host.ts).
 *
 * A host keeps the states of its last few runs: a state whose coordinator moved it elsewhere
 * (after a timeout) stays until its run is evicted, and is never used by mistake, because a
 * unit names the round its state must have finished.
 */

/** What every held state carries; each kind adds its live state. */
export interface HeldState {
  digest: string;
  /** Rounds (or updates) the state has finished. */
  round: number;
  slab: SharedArrayBuffer;
}

/**
 * The host does not hold the state a unit starts from: the coordinator sends it. Its name
 * (the UnitError's kind) ends in "StateMissing": "PtStateMissing", "PcdStateMissing".
 */
export class StateMissingError extends Error {
  constructor(kind: 'Pt' | 'Pcd', message: string) {
    super(message);
    this.name = `${kind}StateMissing`;
  }
}

export const DEFAULT_RUNS_KEPT = 4;

export class HeldStateStore<H extends HeldState> {
  private readonly runs = new Map<string, Map<number, H>>();

  constructor(private readonly runsKept = DEFAULT_RUNS_KEPT) {}

  /** The state `key` of `run` holding `digest` after `round` rounds, or undefined. */
  find(run: string, key: number, digest: string, round: number): H | undefined {
    const held = this.touch(run)?.get(key);
    return held && held.digest === digest && held.round === round ? held : undefined;
  }

  put(run: string, key: number, held: H): void {
    let states = this.touch(run);
    if (!states) {
      states = new Map();
      this.runs.set(run, states);
      // The least recently used runs go first (a Map iterates in insertion order).
      while (this.runs.size > this.runsKept) this.runs.delete(this.runs.keys().next().value as string);
    }
    states.set(key, held);
  }

  /** Forget a state (a round failed half-way: it is no longer any round's). */
  drop(run: string, key: number): void {
    this.runs.get(run)?.delete(key);
  }

  /** States held, over all runs. */
  size(): number {
    let n = 0;
    for (const states of this.runs.values()) n += states.size;
    return n;
  }

  /** The run's states, moved to the most recently used end. */
  private touch(run: string): Map<number, H> | undefined {
    const states = this.runs.get(run);
    if (states) {
      this.runs.delete(run);
      this.runs.set(run, states);
    }
    return states;
  }
}

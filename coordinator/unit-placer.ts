/**
 * Where a stateless unit goes in a distributed run: to the live worker with the fewest units
 * in flight per thread, on its own subject (`ebm.<run>.worker.<name>`), rather than to the
 * queue group. NATS hands a queue group's messages to a member at random, whatever it is
 * doing, so with a few units in flight one worker may queue three while another idles: on 2
 * one-thread workers an AIS run spent 10-20% of its wall time that way (one worker's units
 * summed to 0.65 s, the other's to 0.92 s, in a 0.94 s run). Placement never changes a
 * result: a unit's result is a pure function of its request, whoever runs it.
 */

/** The live workers and their threads (the coordinator's worker registry). */
export interface LiveWorkers {
  /** Names of the live workers, sorted. */
  live(): string[];
  threadsOf(worker: string): number;
}

export class UnitPlacer {
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly workers: LiveWorkers) {}

  /**
   * The live worker not in `avoid` with the fewest units in flight per thread, counted as
   * taking one more; undefined when there is none (the unit goes to the queue group).
   */
  take(avoid: ReadonlySet<string>): string | undefined {
    let best: string | undefined;
    let bestLoad = Infinity;
    for (const worker of this.workers.live()) {
      if (avoid.has(worker)) continue;
      const load = (this.inFlight.get(worker) ?? 0) / Math.max(1, this.workers.threadsOf(worker));
      if (load < bestLoad) {
        best = worker;
        bestLoad = load;
      }
    }
    if (best !== undefined) this.inFlight.set(best, (this.inFlight.get(best) ?? 0) + 1);
    return best;
  }

  /** A unit taken by `worker` has answered, failed or been given up. */
  release(worker: string): void {
    const n = (this.inFlight.get(worker) ?? 0) - 1;
    if (n > 0) this.inFlight.set(worker, n);
    else this.inFlight.delete(worker);
  }
}

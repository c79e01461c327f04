/**
 * What a worker thread reports with each unit result so the main thread can add it to the
 * process registry (prom-client registries live in one thread; piscina and chain-host threads
 * cannot reach them). Plain numbers, structured-clone friendly, no prom-client import, so
 * thread code can import this type cheaply.
 */
export interface UnitFigures {
  /** Full sweeps over all sites (summed over the unit's chains). */
  sweeps: number;
  /** Single-site updates (spin flips): the unit's sweeps x the model's sites. */
  flips: number;
  /** Wall time the thread spent on the unit, in seconds. */
  seconds: number;
}

/** Work done since the last report by a long-lived chain (PT replica, PCD particle). */
export type WorkFigures = Pick<UnitFigures, 'sweeps' | 'flips'>;

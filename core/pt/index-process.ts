/**
 * The index process of PT (Syed et al. 2021, section 3): follow each replica's ladder index.
 * A restart is a replica reaching the target (top) having last touched the reference
 * (bottom); a round trip is one that then comes back to the reference. Round trips per
 * scan measure how fast information crosses the ladder; they are the figure of merit that
 * non-reversible (DEO) PT improves, from O(1/N^2) to O(1/N) in the number of replicas.
 */

/** lastEnd values: which end of the ladder a replica touched last. */
export const NEITHER_END = 0;
export const FROM_REFERENCE = 1;
export const FROM_TARGET = 2;

/** The initial marks: the replica at the bottom has just "come from" the reference. */
export function initialLastEnd(replicaAtLevel: Int32Array): Int8Array {
  const lastEnd = new Int8Array(replicaAtLevel.length);
  lastEnd[replicaAtLevel[0]] = FROM_REFERENCE;
  return lastEnd;
}

/** Update the marks after a scan's swaps, adding this scan's events to `events`. */
export function updateIndexProcess(replicaAtLevel: Int32Array, lastEnd: Int8Array, events: { roundTrips: number; restarts: number }): void {
  const top = replicaAtLevel.length - 1;
  const atBottom = replicaAtLevel[0];
  if (lastEnd[atBottom] === FROM_TARGET) events.roundTrips++;
  lastEnd[atBottom] = FROM_REFERENCE;
  const atTop = replicaAtLevel[top];
  // Only a replica that came from the reference makes a restart; one that has never touched
  // the bottom stays unmarked, so its first descent is not taken for half a round trip.
  if (lastEnd[atTop] === FROM_REFERENCE) {
    events.restarts++;
    lastEnd[atTop] = FROM_TARGET;
  }
}

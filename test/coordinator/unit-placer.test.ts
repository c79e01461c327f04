/**
 * Stateless units placed by load (coordinator/unit-placer.ts): each goes to the live worker
 * with the fewest units in flight per thread, never to one the unit must avoid, and to the
 * queue group (undefined) when no worker is left. A placer that ignored threads would starve
 * a big worker; one that never released would pile every unit on whoever answered first.
 */
import { describe, expect, it } from 'vitest';
import { UnitPlacer, type LiveWorkers } from '../../coordinator/unit-placer.js';

function workers(threads: Record<string, number>): LiveWorkers {
  return { live: () => Object.keys(threads).sort(), threadsOf: (w) => threads[w] ?? 0 };
}

describe('unit placer', () => {
  it('fills workers in proportion to their threads', () => {
    const placer = new UnitPlacer(workers({ a: 1, b: 3 }));
    const taken = Array.from({ length: 8 }, () => placer.take(new Set()));
    expect(taken.filter((w) => w === 'a')).toHaveLength(2);
    expect(taken.filter((w) => w === 'b')).toHaveLength(6);
  });

  it('gives a freed worker the next unit', () => {
    const placer = new UnitPlacer(workers({ a: 1, b: 1 }));
    expect([placer.take(new Set()), placer.take(new Set()), placer.take(new Set())]).toEqual(['a', 'b', 'a']);
    placer.release('b');
    expect(placer.take(new Set())).toBe('b');
  });

  it('avoids the workers a unit already tried, and falls back to the queue group', () => {
    const placer = new UnitPlacer(workers({ a: 2, b: 2 }));
    expect(placer.take(new Set(['a']))).toBe('b');
    expect(placer.take(new Set(['a', 'b']))).toBeUndefined();
    expect(new UnitPlacer(workers({})).take(new Set())).toBeUndefined();
  });
});

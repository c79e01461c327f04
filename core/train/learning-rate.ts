/**
 * Learning-rate schedules: pure functions of the update index (0-based) and the run's length.
 * Each is written so a resumed run recomputes exactly the rate an uninterrupted run used.
 */
export type LearningRateSchedule =
  /** The same rate throughout. */
  | { kind: 'constant' }
  /** From the base rate down to base * finalFraction at the last update, linearly. */
  | { kind: 'linear'; finalFraction: number }
  /** base * decay^(update / updatesPerEpoch): `decay` per epoch, smoothly. */
  | { kind: 'exponential'; decay: number };

export function learningRateAt(
  base: number,
  schedule: LearningRateSchedule,
  update: number,
  totalUpdates: number,
  updatesPerEpoch: number,
): number {
  switch (schedule.kind) {
    case 'constant':
      return base;
    case 'linear': {
      const t = totalUpdates <= 1 ? 0 : update / (totalUpdates - 1);
      return base * (1 - t * (1 - schedule.finalFraction));
    }
    case 'exponential':
      return base * Math.pow(schedule.decay, update / updatesPerEpoch);
  }
}

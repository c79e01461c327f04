/**
 * Checks a single state handed to a model from outside (a file, the command line) before its
 * log density is computed: the right length, and only the model's own unit values (0/1 for
 * binary units, -1/+1 for spins). A RangeError names the first bad position, so a caller can
 * turn it into an InputError naming the file.
 */

export type UnitValues = 'binary' | 'spin';

export function requireState(x: ArrayLike<number>, size: number, values: UnitValues): void {
  if (x.length !== size) throw new RangeError(`a state of this model has ${size} values, got ${x.length}`);
  const [lo, hi] = values === 'binary' ? [0, 1] : [-1, 1];
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== lo && x[i] !== hi) throw new RangeError(`value ${x[i]} at position ${i}: this model's units take ${lo} or ${hi}`);
  }
}

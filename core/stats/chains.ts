/**
 * How ebm's statistics see several chains of one quantity: one Float64Array, chain-major,
 * values[c * draws + d] = draw d of chain c. A sampling unit writes exactly this layout, and
 * units concatenate into it in unit order.
 */

/** The number of draws per chain, checking that the chains divide the values evenly. */
export function drawsPerChain(values: ArrayLike<number>, chains: number): number {
  if (!Number.isInteger(chains) || chains < 1) throw new RangeError(`chains must be a positive integer, got ${chains}`);
  if (values.length % chains !== 0) throw new RangeError(`${values.length} values do not split into ${chains} equal chains`);
  return values.length / chains;
}

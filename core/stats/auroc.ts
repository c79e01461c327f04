/**
 * The area under the ROC curve, in its Mann-Whitney form (Hanley & McNeil 1982): the
 * probability that a random positive scores above a random negative, ties counted half,
 *   AUROC = (1 / (n+ n-)) sum_{p, q} [s_p > s_q] + 1/2 [s_p = s_q].
 * Computed from midranks in O(n log n): with R+ the sum of the positives' ranks among all
 * scores (tied scores share the mean of their ranks), AUROC = (R+ - n+(n+ + 1)/2) / (n+ n-).
 * Higher score = more positive (for anomaly detection: higher free energy = more anomalous).
 */

export function auroc(positiveScores: ArrayLike<number>, negativeScores: ArrayLike<number>): number {
  const nPos = positiveScores.length;
  const nNeg = negativeScores.length;
  if (nPos === 0 || nNeg === 0) throw new RangeError(`AUROC needs at least one positive and one negative score (got ${nPos} and ${nNeg})`);
  const n = nPos + nNeg;
  const scores = new Float64Array(n);
  for (let i = 0; i < nPos; i++) scores[i] = positiveScores[i];
  for (let i = 0; i < nNeg; i++) scores[nPos + i] = negativeScores[i];
  for (let i = 0; i < n; i++) if (Number.isNaN(scores[i])) throw new RangeError(`AUROC: score ${i} is NaN`);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[a] < scores[b] ? -1 : scores[a] > scores[b] ? 1 : 0));
  let positiveRankSum = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && scores[order[end]] === scores[order[start]]) end++;
    // Ranks start + 1 .. end (1-based) share their mean.
    const midrank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) if (order[k] < nPos) positiveRankSum += midrank;
    start = end;
  }
  return (positiveRankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

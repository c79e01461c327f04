/** The human summary of a train result (`ebm run` without --json). */

export function formatTrainResult(result: Record<string, unknown>, runFolder: string): string {
  const num = (key: string) => result[key] as number;
  const lines = [`${result.name}: ${String(result.method).toUpperCase()}-${result.k} RBM ${result.nv}x${result.nh}, ${result.epochs} epoch(s), ${result.updates} updates`];
  if (typeof result.reconstructionError === 'number') {
    lines.push(`  reconstruction error ${num('reconstructionError').toFixed(4)}, log pseudo-likelihood ${num('pseudoLogLik').toFixed(4)} (per example)`);
  }
  if (typeof result.exactLogLik === 'number') {
    const optimum = typeof result.optimumLogLik === 'number' ? ` (optimum ${num('optimumLogLik').toFixed(4)})` : '';
    lines.push(`  exact mean log-likelihood ${num('exactLogLik').toFixed(4)} nats${optimum}`);
  }
  if (typeof result.testLogLik === 'number') {
    lines.push(`  test log-likelihood ${num('testLogLik').toFixed(3)} ± ${num('stderr').toFixed(3)} nats (AIS log Z ${num('logZ').toFixed(3)}, ${result.aisChains} chains)`);
  }
  if (result.warning) lines.push(`  warning: ${result.warning}`);
  lines.push(`  model ${result.modelFile}`);
  lines.push(`  ${num('workers')} worker thread(s), ${num('wallSeconds').toFixed(2)} s; run folder ${runFolder}`);
  return `${lines.join('\n')}\n`;
}

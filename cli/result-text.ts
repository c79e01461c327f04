/** The human summary of a result, printed when --json is not given. */

export function formatResult(result: Record<string, unknown>, runFolder: string): string {
  const num = (key: string) => result[key] as number;
  const lines: string[] = [];
  const method = String(result.method);
  if (method === 'exact') {
    lines.push(`${result.name}: log Z = ${num('logZ').toPrecision(15)} (exact, ${result.exactMethod})`);
  } else {
    const ci = result.ci95 as [number, number];
    lines.push(`${result.name}: log Z = ${num('logZ').toFixed(6)} ± ${num('stderr').toFixed(6)} (${method.toUpperCase()})`);
    lines.push(`  95% interval [${ci[0].toFixed(6)}, ${ci[1].toFixed(6)}]`);
    if (method === 'ais') lines.push(`  ${result.chains} chains, ${result.betas} temperatures, ${result.sweeps} sweep(s) each; ESS ${num('ess').toFixed(1)}`);
    if (typeof result.exact === 'number') {
      lines.push(`  exact ${num('exact').toPrecision(15)} (${result.exactSource}); error ${(num('logZ') - num('exact')).toExponential(3)} = ${num('zScore').toFixed(2)} standard errors`);
    }
    if (result.warning) lines.push(`  warning: ${result.warning}`);
  }
  lines.push(`  ${num('workers')} worker thread(s), ${num('wallSeconds').toFixed(2)} s; run folder ${runFolder}`);
  return `${lines.join('\n')}\n`;
}

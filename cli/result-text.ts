/** The human summary of a result, printed when --json is not given. */
import { formatTrainResult } from './train-result-text.js';
import { formatAppsResult } from './apps-result-text.js';

export function formatResult(result: Record<string, unknown>, runFolder: string): string {
  if (result.task === 'train') return formatTrainResult(result, runFolder);
  if (result.task === 'anomaly' || result.task === 'classify') return formatAppsResult(result, runFolder);
  const num = (key: string) => result[key] as number;
  const lines: string[] = [];
  const method = String(result.method);
  if (typeof result.summary === 'string') lines.push(`${result.name}: ${result.summary}`); // tasks that are not log Z
  else if (result.task === 'sample') {
    lines.push(...formatSample(result));
  } else if (method === 'exact') {
    lines.push(`${result.name}: log Z = ${num('logZ').toPrecision(15)} (exact, ${result.exactMethod})`);
  } else {
    const ci = result.ci95 as [number, number];
    lines.push(`${result.name}: log Z = ${num('logZ').toFixed(6)} ± ${num('stderr').toFixed(6)} (${method.toUpperCase()})`);
    lines.push(`  95% interval [${ci[0].toFixed(6)}, ${ci[1].toFixed(6)}]`);
    if (method === 'ais') lines.push(`  ${result.chains} chains, ${result.betas} temperatures, ${result.sweeps} sweep(s) each; ESS ${num('ess').toFixed(1)}`);
    if (method === 'pt') lines.push(...ptLines(result));
    if (typeof result.exact === 'number') {
      lines.push(`  exact ${num('exact').toPrecision(15)} (${result.exactSource}); error ${(num('logZ') - num('exact')).toExponential(3)} = ${num('zScore').toFixed(2)} standard errors`);
    }
    if (result.warning) lines.push(`  warning: ${result.warning}`);
  }
  lines.push(`  ${num('workers')} worker thread(s), ${num('wallSeconds').toFixed(2)} s; run folder ${runFolder}`);
  return `${lines.join('\n')}\n`;
}

interface ObservableLine {
  mean: number;
  mcse: number;
  rhat: number | null;
  essBulk: number;
  essTail: number;
  tau: number;
  exact?: { value: number; source: string; zScore: number }[];
}

function formatSample(result: Record<string, unknown>): string[] {
  const lines = [`${result.name}: ${result.chains} chains x ${result.draws} draws (${result.sampler}, burn-in ${result.burnIn}, thin ${result.thin})`];
  const runs = (result.temperatures as Record<string, unknown>[] | undefined) ?? [result];
  for (const run of runs) {
    if (run.beta !== undefined) lines.push(` beta ${run.beta}:`);
    for (const [name, o] of Object.entries(run.observables as Record<string, ObservableLine>)) {
      const rhat = o.rhat === null || !Number.isFinite(o.rhat) ? 'n/a' : o.rhat.toFixed(4);
      lines.push(`  ${name.padEnd(18)} ${o.mean.toPrecision(8)} ± ${o.mcse.toPrecision(3)}  R-hat ${rhat}  ESS bulk ${o.essBulk.toFixed(0)} tail ${o.essTail.toFixed(0)}  tau ${o.tau.toFixed(2)}`);
      for (const e of o.exact ?? []) lines.push(`    exact ${e.value.toPrecision(10)} (${e.source}): ${e.zScore.toFixed(2)} standard errors`);
    }
    for (const w of (run.warnings as string[] | undefined) ?? []) lines.push(`  warning: ${w}`);
  }
  lines.push(result.converged ? '  converged: every R-hat <= 1.01' : '  NOT CONVERGED: an R-hat exceeds 1.01');
  return lines;
}

/** PT: the ladder and its diagnostics (the per-round table went to standard error as it ran). */
function ptLines(result: Record<string, unknown>): string[] {
  const acceptance = result.swapAcceptance as number[];
  return [
    `  forward ${(result.logZForward as number).toFixed(6)}, backward ${(result.logZBackward as number).toFixed(6)} (stepping stone, ${result.scans} scans in the last round)`,
    `  ${result.copies} cop${result.copies === 1 ? 'y' : 'ies'} of ${result.replicas} replicas, ${result.rounds} rounds, ${String(result.scheme).toUpperCase()} swaps; acceptance ${Math.min(...acceptance).toFixed(3)}..${Math.max(...acceptance).toFixed(3)}`,
    `  global barrier ${(result.globalBarrier as number).toFixed(3)} (about ${result.suggestedReplicas} replicas suffice); ${result.roundTrips} round trips`,
  ];
}

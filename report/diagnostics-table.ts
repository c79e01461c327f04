/**
 * The sampling diagnostics of a `sample` result as an HTML table: per observable (and per
 * temperature of a sweep) the mean with its Monte Carlo standard error, split R-hat, bulk and
 * tail ESS, the autocorrelation time, and the exact value's z-score where known.
 */
import { escapeHtml, formatValue } from './html.js';
import { isObject } from './run-result.js';

type Row = [string, ...unknown[]];

function rowsOf(observables: unknown, prefix: string): Row[] {
  if (!isObject(observables)) return [];
  return Object.entries(observables).flatMap(([name, o]) => {
    if (!isObject(o)) return [];
    const exact = Array.isArray(o.exact) ? o.exact.filter(isObject).map((e) => `${formatValue(e.zScore)} (${String(e.source)})`).join('; ') : '';
    return [[`${prefix}${name}`, o.mean, o.mcse, o.rhat, o.essBulk, o.essTail, o.tau, exact] as Row];
  });
}

/** The table's HTML, or undefined when the result holds no sampling diagnostics. */
export function diagnosticsTable(run: Record<string, unknown>): string | undefined {
  if (run.task !== 'sample') return undefined;
  const runs = Array.isArray(run.temperatures) ? run.temperatures.filter(isObject) : [run];
  const rows = runs.flatMap((r) => rowsOf(r.observables, r.beta === undefined ? '' : `β ${formatValue(r.beta)}: `));
  if (rows.length === 0) return undefined;
  const head = ['observable', 'mean', 'MCSE', 'R-hat', 'bulk ESS', 'tail ESS', 'τ', 'exact: z-score'];
  const cell = (v: unknown) => `<td>${escapeHtml(typeof v === 'string' ? v : formatValue(v))}</td>`;
  return `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
}

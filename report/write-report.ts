/**
 * `report.html` for a run folder: a summary table and the plots that fit the run — log Z
 * along the AIS path, log Z against chains or rounds with its interval and the exact value,
 * PT swap acceptance, round trips and Lambda per round, training curves, RBM filters and
 * samples. Plots whose data the result lacks are skipped.
 */
import { rename, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { estimateSpec, logZHistorySpec, logZPathSpec, perRoundSpec, swapAcceptanceSpec, trainingSpec } from './charts.js';
import type { IntervalRow } from './charts.js';
import { reportHtml } from './html.js';
import type { Section } from './html.js';
import { imageGridPng } from './image-grid.js';
import { diagnosticsTable } from './diagnostics-table.js';
import { vegaLiteToSvg } from './render.js';
import { finiteNumber, imageGrid, isObject, numberArray, records } from './run-result.js';
import type { EpochPoint, HistoryPoint, ImageGrid, PathPoint, ReportExtras } from './run-result.js';

/** Result fields shown in the summary table, in this order, when present. */
const summaryFields = ['method', 'model', 'sampler', 'draws', 'burnIn', 'converged', 'logZ', 'stderr', 'ci95', 'logZExact', 'logZLower', 'logZUpper', 'chains', 'betas', 'ess', 'replicas', 'rounds', 'roundTrips', 'globalBarrier', 'testLogLik', 'testLogLikLower', 'testLogLikUpper', 'binarization', 'seed', 'workers', 'wallSeconds'];

/**
 * Writes `<runDir>/report.html` (atomically: temp file + rename) and returns its path.
 * `result` is the run's result object as written to result.json (loosely typed).
 */
export async function writeReport(runDir: string, result: unknown, extras: ReportExtras = {}): Promise<string> {
  const run = isObject(result) ? result : {};
  const exact = finiteNumber(extras.logZExact) ?? finiteNumber(run.exact) ?? finiteNumber(run.logZExact);
  const sections: Section[] = [];
  const plot = async (title: string, spec: Parameters<typeof vegaLiteToSvg>[0] | undefined, caption?: string) => {
    if (spec) sections.push({ title, body: await vegaLiteToSvg(spec), caption });
  };

  const estimates = estimateRows(run);
  if (estimates.length > 0) await plot('Estimate', estimateSpec(estimates, exact), exact === undefined ? 'bars: 95% interval' : `bars: 95% interval; dashed: the exact value ${exact.toFixed(4)}`);

  // `table` is the PT engine's per-round table; `history` any run's estimate as it went on.
  const rowsSource = run.history ?? run.table;
  const history = records(rowsSource, ['chains', 'round', 'logZ', 'stderr'] as const, 'logZ') as HistoryPoint[] | undefined;
  const roundHistory = roundRows(rowsSource, numberArray(run.globalBarrierPerRound));
  if (history) {
    const xField = history.every((point) => point.chains !== undefined) ? 'chains' : 'round';
    await plot(`log Z against ${xField}`, logZHistorySpec(history, xField, exact), `band: estimate ± 2 standard errors${exact === undefined ? '' : '; dashed: the exact value'}`);
  }

  const path = pathRows(run.path ?? { betas: run.betas, logZ: run.logZCurve });
  if (path) await plot('log Z along the path', logZPathSpec(path, exact), exact === undefined ? undefined : 'diamond: the exact log Z at β = 1');

  const acceptance = numberArray(run.swapAcceptance);
  if (acceptance) {
    // The global communication barrier of the final schedule (Syed et al. 2021): the sum of rejection rates.
    const barrier = acceptance.reduce((sum, rate) => sum + (1 - rate), 0);
    await plot('Parallel tempering: swap acceptance per pair', swapAcceptanceSpec(acceptance), `pair i swaps β_i and β_i+1; Λ = Σ(1 − acceptance) = ${barrier.toFixed(3)}`);
  }
  if (roundHistory.some((point) => point.roundTrips !== undefined)) await plot('Parallel tempering: round trips', perRoundSpec(roundHistory, 'roundTrips', 'round trips (cumulative)'), 'replica indices that travelled from β = 0 to β = 1 and back, summed over rounds');
  if (roundHistory.some((point) => point.globalBarrier !== undefined)) await plot('Parallel tempering: global barrier Λ per round', perRoundSpec(roundHistory, 'globalBarrier', 'Λ'));

  const diagnostics = diagnosticsTable(run);
  if (diagnostics) {
    sections.push({ title: 'Sampling diagnostics', body: diagnostics, caption: run.converged === false ? 'NOT CONVERGED: an R-hat exceeds 1.01' : 'converged: every R-hat is at most 1.01 (Vehtari et al. 2021)' });
  }

  const curve = records(run.learningCurve ?? run.curve, ['epoch', 'reconstructionError', 'gradientNorm', 'testLogLik', 'trainLogLik'] as const, 'epoch') as EpochPoint[] | undefined;
  if (curve) await plot('Training curves', trainingSpec(curve));

  for (const [title, grid] of [['Filters', extras.filters ?? imageGrid(run.filters)], ['Samples', extras.samples ?? imageGrid(run.samples)]] as [string, ImageGrid | undefined][]) {
    const checked = grid ? imageGrid(grid) : undefined;
    if (!checked) continue;
    const image = imageGridPng(checked);
    sections.push({ title, body: `<img alt="${title}" width="${image.width}" height="${image.height}" src="data:image/png;base64,${image.png.toString('base64')}">`, caption: `${image.shown} of ${checked.count} images, ${checked.width}×${checked.height}` });
  }

  const summary: [string, unknown][] = summaryFields.filter((field) => (field === 'logZExact' ? exact !== undefined : run[field] !== undefined && run[field] !== null)).map((field) => [field, field === 'logZExact' ? exact : run[field]]);
  const name = basename(resolve(runDir));
  const html = reportHtml(extras.title ?? `ebm run ${name}`, typeof run.method === 'string' ? `method: ${run.method}` : 'run report', summary, sections, extras.specText);
  const file = join(runDir, 'report.html');
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, html);
  await rename(temp, file);
  return file;
}

/** The final estimate with its 95% interval, and the AIS / reverse-AIS bounds where computed. */
function estimateRows(run: Record<string, unknown>): IntervalRow[] {
  const rows: IntervalRow[] = [];
  const logZ = finiteNumber(run.logZ);
  const ci = numberArray(run.ci95);
  const stderr = finiteNumber(run.stderr);
  if (logZ !== undefined) {
    const [lo, hi] = ci && ci.length === 2 ? ci : stderr !== undefined ? [logZ - 1.96 * stderr, logZ + 1.96 * stderr] : [undefined, undefined];
    rows.push({ label: `${typeof run.method === 'string' ? run.method : 'estimate'}`, value: logZ, lo, hi });
  }
  const lower = finiteNumber(run.logZLower);
  const upper = finiteNumber(run.logZUpper);
  if (lower !== undefined) rows.push({ label: 'lower bound (AIS)', value: lower });
  if (upper !== undefined) rows.push({ label: 'upper bound (reverse AIS)', value: upper });
  return rows;
}

/**
 * log Z(b) along the path as rows: [{beta | b, logZ}] (AIS), or parallel arrays
 * {betas, logZ} (the PT ladder with its logZCurve).
 */
function pathRows(path: unknown): PathPoint[] | undefined {
  let rows: unknown = path;
  if (isObject(path) && !Array.isArray(path)) {
    const betas = numberArray(path.betas ?? path.beta);
    const logZ = numberArray(path.logZ);
    rows = betas && logZ ? betas.slice(0, logZ.length).map((beta, k) => ({ beta, logZ: logZ[k] })) : undefined;
  }
  const points = records(rows, ['beta', 'b', 'logZ'] as const, 'logZ')
    ?.map((point) => ({ beta: point.beta ?? point.b, logZ: point.logZ }))
    .filter((point): point is PathPoint => point.beta !== undefined && point.logZ !== undefined);
  return points && points.length > 1 ? points : undefined;
}

/**
 * Per-round PT figures: round trips made in each round (accumulated for the plot) and
 * Lambda, from the round rows or from globalBarrierPerRound.
 */
function roundRows(rows: unknown, barrierPerRound: number[] | undefined): HistoryPoint[] {
  const table = records(rows, ['round', 'roundTrips', 'globalBarrier'] as const, ['roundTrips', 'globalBarrier']) ?? [];
  const out: HistoryPoint[] = table.length > 0 ? table.map((row) => ({ ...row })) : (barrierPerRound ?? []).map((globalBarrier, index) => ({ round: index + 1, globalBarrier }));
  let total = 0;
  for (const row of out) {
    if (row.roundTrips === undefined) continue;
    total += row.roundTrips;
    row.roundTrips = total;
  }
  return out;
}

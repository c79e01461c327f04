/**
 * The report's plots as Vega-Lite specs, one function per plot. Each takes the data it
 * needs and returns a spec, so report/write-report.ts decides which plots a run gets.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { EpochPoint, HistoryPoint, PathPoint } from './run-result.js';

const schema = 'https://vega.github.io/schema/vega-lite/v6.json';
const width = 640;
const height = 260;
const estimateColor = '#1f5fa8';
const exactColor = '#c0392b';
/** Chains, rounds and epochs are counts: no 1.5 ticks. */
const integerAxis = { format: 'd', tickMinStep: 1 };

/** A dashed horizontal line at the exact value, labelled, for layering over an estimate plot. */
function exactRule(exact: number): object[] {
  return [
    { data: { values: [{ exact }] }, mark: { type: 'rule', color: exactColor, strokeDash: [6, 4], strokeWidth: 1.5 }, encoding: { y: { field: 'exact', type: 'quantitative' } } },
    { data: { values: [{ exact, label: `exact ${exact.toFixed(4)}` }] }, mark: { type: 'text', color: exactColor, align: 'right', dx: -4, dy: -6, x: width }, encoding: { y: { field: 'exact', type: 'quantitative' }, text: { field: 'label' } } },
  ];
}

/** log Z(b) along the AIS path (Neal 2001): the running sum of log weight increments, averaged. */
export function logZPathSpec(path: PathPoint[], exact?: number): TopLevelSpec {
  const layers: object[] = [
    { mark: { type: 'line', color: estimateColor, point: path.length <= 60 }, encoding: { x: { field: 'beta', type: 'quantitative', title: 'inverse temperature β' }, y: { field: 'logZ', type: 'quantitative', title: 'log Z(β)', scale: { zero: false } } } },
  ];
  if (exact !== undefined) layers.push({ data: { values: [{ beta: 1, logZ: exact }] }, mark: { type: 'point', shape: 'diamond', size: 120, filled: true, color: exactColor }, encoding: { x: { field: 'beta', type: 'quantitative' }, y: { field: 'logZ', type: 'quantitative' } } });
  return { $schema: schema, width, height, data: { values: path }, layer: layers } as TopLevelSpec;
}

/** The estimate as the run went on, with a band of two standard errors either side. */
export function logZHistorySpec(history: HistoryPoint[], xField: 'chains' | 'round', exact?: number): TopLevelSpec {
  const rows = history.filter((point) => point.logZ !== undefined).map((point, index) => ({ x: point[xField] ?? index + 1, logZ: point.logZ, lo: point.stderr === undefined ? point.logZ : (point.logZ as number) - 2 * point.stderr, hi: point.stderr === undefined ? point.logZ : (point.logZ as number) + 2 * point.stderr }));
  const x = { field: 'x', type: 'quantitative', title: xField, axis: integerAxis };
  const layers: object[] = [
    { mark: { type: 'area', color: estimateColor, opacity: 0.18 }, encoding: { x, y: { field: 'lo', type: 'quantitative', title: 'log Z', scale: { zero: false } }, y2: { field: 'hi' } } },
    { mark: { type: 'line', color: estimateColor, point: rows.length <= 60 }, encoding: { x, y: { field: 'logZ', type: 'quantitative' } } },
  ];
  if (exact !== undefined) layers.push(...exactRule(exact));
  return { $schema: schema, width, height, data: { values: rows }, layer: layers } as TopLevelSpec;
}

export interface IntervalRow {
  label: string;
  value: number;
  lo?: number;
  hi?: number;
}

/** The final estimate(s) as points with intervals, beside the exact value. */
export function estimateSpec(rows: IntervalRow[], exact?: number): TopLevelSpec {
  const y = { field: 'label', type: 'nominal', title: null, sort: null, axis: { labelLimit: 260 } };
  const layers: object[] = [
    { transform: [{ filter: 'isValid(datum.lo)' }], mark: { type: 'rule', color: estimateColor, strokeWidth: 2 }, encoding: { y, x: { field: 'lo', type: 'quantitative', title: 'log Z', scale: { zero: false } }, x2: { field: 'hi' } } },
    { mark: { type: 'point', filled: true, size: 80, color: estimateColor }, encoding: { y, x: { field: 'value', type: 'quantitative' }, tooltip: [{ field: 'value', format: '.5f' }] } },
  ];
  if (exact !== undefined) layers.push({ data: { values: [{ exact }] }, mark: { type: 'rule', color: exactColor, strokeDash: [6, 4], strokeWidth: 1.5 }, encoding: { x: { field: 'exact', type: 'quantitative' } } });
  return { $schema: schema, width, height: Math.max(60, 36 * rows.length), data: { values: rows }, layer: layers } as TopLevelSpec;
}

/** Swap acceptance of each neighbouring pair; Lambda = sum of rejections (Syed et al. 2021). */
export function swapAcceptanceSpec(acceptance: number[]): TopLevelSpec {
  const rows = acceptance.map((rate, pair) => ({ pair, rate }));
  return {
    $schema: schema,
    width,
    height,
    data: { values: rows },
    mark: { type: 'bar', color: estimateColor },
    encoding: { x: { field: 'pair', type: 'ordinal', title: 'pair (β_i, β_i+1)', axis: { labelAngle: 0 } }, y: { field: 'rate', type: 'quantitative', title: 'acceptance', scale: { domain: [0, 1] } } },
  } as TopLevelSpec;
}

/** One quantity against the round (PT round trips, global barrier). */
export function perRoundSpec(history: HistoryPoint[], field: 'roundTrips' | 'globalBarrier', yTitle: string): TopLevelSpec {
  const rows = history.filter((point) => point[field] !== undefined).map((point, index) => ({ round: point.round ?? index + 1, value: point[field] }));
  return {
    $schema: schema,
    width,
    height: 200,
    data: { values: rows },
    mark: { type: 'line', color: estimateColor, point: rows.length <= 60, interpolate: field === 'roundTrips' ? 'step-after' : 'linear' },
    encoding: { x: { field: 'round', type: 'quantitative', title: 'round', axis: integerAxis }, y: { field: 'value', type: 'quantitative', title: yTitle, scale: { zero: field === 'roundTrips' } } },
  } as TopLevelSpec;
}

const trainingLabels: Record<Exclude<keyof EpochPoint, 'epoch'>, string> = {
  testLogLik: 'test log-likelihood (nats)',
  trainLogLik: 'train log-likelihood (nats)',
  reconstructionError: 'reconstruction error',
  gradientNorm: 'gradient norm',
};

/** Learning curves: one small plot per recorded quantity, on a shared epoch axis. */
export function trainingSpec(curve: EpochPoint[]): TopLevelSpec | undefined {
  const quantities = (Object.keys(trainingLabels) as (keyof typeof trainingLabels)[]).filter((key) => curve.some((point) => point[key] !== undefined));
  if (quantities.length === 0) return undefined;
  return {
    $schema: schema,
    spacing: 28,
    vconcat: quantities.map((key) => ({
      width,
      height: 140,
      // The quantity names the small plot; as a rotated axis title it would overhang 140 px.
      title: { text: trainingLabels[key], fontSize: 12 },
      data: { values: curve.filter((point) => point[key] !== undefined).map((point) => ({ epoch: point.epoch, value: point[key] })) },
      mark: { type: 'line', color: estimateColor, point: curve.length <= 60 },
      encoding: { x: { field: 'epoch', type: 'quantitative', title: 'epoch', axis: integerAxis }, y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false } } },
    })),
  } as TopLevelSpec;
}

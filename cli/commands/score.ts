/**
 * `ebm score MODEL.json --data FILE_OR_DATASET`: per-example anomaly scores, -log p*(x) (the
 * free energy F(x) for an RBM; higher = more anomalous), written as CSV (index[,label],score)
 * or as NPY (a float64 vector of the scores, in example order; core/io/npy.ts), with a summary
 * on stdout. With --positive LABELS, also the AUROC of those labels (the anomalies) against the rest.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { anomalyScores, summarizeScores, type ScoreSummary } from '../../core/apps/anomaly-scores.js';
import { InputError } from '../../core/errors.js';
import { encodeNpy } from '../../core/io/npy.js';
import { auroc } from '../../core/stats/auroc.js';
import { loadModelFile } from '../input.js';
import { parseCount, parseSeed } from '../options.js';
import { loadScoreData, type ScoreData, type ScoreDataOptions } from '../score-data.js';

interface ScoreFlags extends ScoreDataOptions {
  data: string;
  out: string;
  positive?: number[];
  json?: boolean;
}

export function registerScore(program: Command): void {
  program
    .command('score')
    .description('per-example anomaly scores: -log p*(x), the free energy for an RBM (higher = more anomalous)')
    .argument('<model>', 'the model file (JSON)')
    .requiredOption('--data <source>', 'fashion-mnist | bars-stripes | an IDX images file (plain or gzip) | a JSON array of states')
    .option('--split <split>', 'fashion-mnist: train | test', choice('--split', ['train', 'test']), 'test')
    .option('--binarize <how>', 'images: threshold (grey >= 128) | sample (v ~ Bernoulli(grey / 255), seeded)', choice('--binarize', ['threshold', 'sample']), 'threshold')
    .option('--seed <s>', 'seed of --binarize sample', parseSeed, 1)
    .option('--data-dir <dir>', 'fashion-mnist: the folder of the IDX files (default /usr/share/datasets/fashion-mnist)')
    .option('--labels <file>', 'IDX labels for an IDX images file')
    .option('--limit <n>', 'score only the first N examples', parseCount('--limit'))
    .option('--out <file>', 'scores file: .csv (index[,label],score) or .npy (float64 scores)', 'scores.csv')
    .option('--positive <labels>', 'comma-separated labels counted as anomalies: report the AUROC against the rest', parseLabels)
    .option('--json', 'print the summary as one JSON object on stdout')
    .action((modelFile: string, flags: ScoreFlags) => {
      if (!/\.(csv|npy)$/.test(flags.out)) throw new InputError(flags.out, '--out', 'scores are written as .csv or .npy; name the file so');
      const model = loadModelFile(modelFile);
      if (!model.logDensityOf) throw new InputError(modelFile, 'type', `model type ${model.type} gives no log density of a state (Model.logDensityOf is not implemented for it)`);
      const data = loadScoreData(flags.data, model.size, flags);
      let scores: Float64Array;
      try {
        scores = anomalyScores(model, data.values, data.rows, data.size);
      } catch (err) {
        if (err instanceof RangeError) throw new InputError(flags.data, 'values', err.message);
        throw err;
      }
      writeFileSync(flags.out, flags.out.endsWith('.npy') ? encodeNpy(scores, [scores.length]) : scoresCsv(scores, data.labels));
      const result: Record<string, unknown> = { task: 'score', model: modelFile, type: model.type, data: data.description, out: flags.out, ...summarizeScores(scores) };
      if (data.labels) result.byLabel = summaryByLabel(scores, data.labels);
      if (flags.positive) result.auroc = labelAuroc(scores, data, flags.positive, flags.data);
      if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else process.stdout.write(summaryText(result));
    });
}

function scoresCsv(scores: Float64Array, labels?: Uint8Array): string {
  const lines = [labels ? 'index,label,score' : 'index,score'];
  for (let n = 0; n < scores.length; n++) lines.push(labels ? `${n},${labels[n]},${scores[n]}` : `${n},${scores[n]}`);
  return `${lines.join('\n')}\n`;
}

function summaryByLabel(scores: Float64Array, labels: Uint8Array): Record<string, { count: number; mean: number }> {
  const out: Record<string, { count: number; mean: number }> = {};
  for (let n = 0; n < scores.length; n++) {
    const entry = (out[labels[n]] ??= { count: 0, mean: 0 });
    entry.count++;
    entry.mean += (scores[n] - entry.mean) / entry.count;
  }
  return out;
}

function labelAuroc(scores: Float64Array, data: ScoreData, positive: number[], source: string): number {
  if (!data.labels) throw new InputError(source, '--positive', 'needs labelled data (fashion-mnist, or an IDX file with --labels)');
  const pos: number[] = [];
  const neg: number[] = [];
  for (let n = 0; n < scores.length; n++) (positive.includes(data.labels[n]) ? pos : neg).push(scores[n]);
  if (pos.length === 0 || neg.length === 0) throw new InputError(source, '--positive', `labels ${positive.join(',')} leave ${pos.length} anomalies and ${neg.length} normal examples; both must be present`);
  return auroc(pos, neg);
}

function summaryText(r: Record<string, unknown>): string {
  const s = r as unknown as ScoreSummary & { data: string; out: string; auroc?: number };
  const f = (x: number) => x.toPrecision(6);
  let text = `${s.count} scores (${s.data}) -> ${s.out}\n  mean ${f(s.mean)}  std ${f(s.std)}  min ${f(s.min)}  5% ${f(s.p05)}  median ${f(s.median)}  95% ${f(s.p95)}  max ${f(s.max)}\n`;
  if (s.auroc !== undefined) text += `  AUROC ${s.auroc.toFixed(4)}\n`;
  return text;
}

function choice<T extends string>(flag: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    if (!values.includes(value as T)) throw new InvalidArgumentError(`${flag} must be ${values.join(' or ')}, got ${JSON.stringify(value)}`);
    return value as T;
  };
}

function parseLabels(value: string): number[] {
  const labels = value.split(',').map((x) => Number(x.trim()));
  if (labels.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) throw new InvalidArgumentError(`--positive must be comma-separated labels 0..255, got ${JSON.stringify(value)}`);
  return labels;
}

/**
 * `ebm compare MODEL.json A B`: how much more probable state A is than state B under the
 * model, without log Z: log p(a) - log p(b) = log p*(a) - log p*(b) (for an RBM,
 * F(b) - F(a)). States are files: a JSON array, a PNG, or an IDX image file with --index
 * (cli/state-file.ts).
 */
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { loadModelFile } from '../input.js';
import { parseCount } from '../options.js';
import { readStateFile } from '../state-file.js';

interface CompareFlags {
  index?: number;
  indexA?: number;
  indexB?: number;
  json?: boolean;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('log p(a) - log p(b) for two states, without log Z (RBM: F(b) - F(a))')
    .argument('<model>', 'the model file (JSON)')
    .argument('<a>', 'state a: JSON array of unit values, PNG image, or IDX images file')
    .argument('<b>', 'state b, in the same formats')
    .option('--index <k>', 'image number in IDX files, for both a and b (0-based)', parseCount('--index', 0))
    .option('--index-a <k>', 'image number in a (IDX)', parseCount('--index-a', 0))
    .option('--index-b <k>', 'image number in b (IDX)', parseCount('--index-b', 0))
    .option('--json', 'print the result as one JSON object on stdout')
    .action((modelFile: string, a: string, b: string, flags: CompareFlags) => {
      const model = loadModelFile(modelFile);
      if (!model.logDensityOf) throw new InputError(modelFile, 'type', `model type ${model.type} gives no log density of a state (Model.logDensityOf is not implemented for it)`);
      const stateA = readStateFile(a, model, flags.indexA ?? flags.index);
      const stateB = readStateFile(b, model, flags.indexB ?? flags.index);
      const logDensityA = model.logDensityOf(stateA);
      const logDensityB = model.logDensityOf(stateB);
      const logRatio = logDensityA - logDensityB;
      const result = { task: 'compare', model: modelFile, type: model.type, a, b, logDensityA, logDensityB, logRatio, ratio: Math.exp(logRatio) };
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return;
      }
      const what = model.type === 'rbm' ? 'F(b) - F(a)' : 'log p*(a) - log p*(b)';
      process.stdout.write(
        `log p(a) - log p(b) = ${what} = ${logRatio.toPrecision(10)} nats  (p(a) / p(b) = ${Math.exp(logRatio).toPrecision(6)})\n` +
          `  log p*(a) = ${logDensityA.toPrecision(10)}  (${a})\n  log p*(b) = ${logDensityB.toPrecision(10)}  (${b})\n`,
      );
    });
}

/** Helpers of the train-run tests: a short spec file and the outputs to compare. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A short bars-and-stripes 3x3 run; JSON is YAML, so the spec is written as JSON. */
export function writeTrainSpec(dir: string, name: string, overrides: Record<string, unknown>): string {
  const file = join(dir, `${name}.yaml`);
  const spec = {
    task: 'train',
    name,
    seed: 11,
    nh: 8,
    initScale: 0.1,
    data: { dataset: 'bars-stripes', side: 3, copies: 10 },
    batchSize: 20,
    particles: 20,
    k: 2,
    learningRate: 0.05,
    momentum: 0.5,
    // Four data shards and four particle shards per update: several units in flight.
    shardSize: 5,
    evaluation: { everyEpochs: 1 },
    ...overrides,
  };
  writeFileSync(file, `${JSON.stringify(spec, null, 2)}\n`);
  return file;
}

export const modelOf = (runDir: string) => readFileSync(join(runDir, 'model.json'), 'utf8');
export const curveOf = (stdout: string) => JSON.parse(stdout).learningCurve;

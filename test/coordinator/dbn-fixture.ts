/** The dbn task tests' spec: a few hundred Fashion-MNIST images, small layers, short AIS. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * JSON is YAML, so the spec is written as JSON. With the default sizes, layer 1 (784 x 32) and
 * the top (32 x 24) both get AIS, not exact log Z; `sizes` [10, 8] makes both exact.
 */
export function writeDbnSpec(dir: string, name: string, sizes: [number, number] = [32, 24]): string {
  const layer = { batchSize: 20, particles: 40, shardSize: 20, checkpointEvery: 10 };
  const spec = {
    task: 'dbn',
    name,
    seed: 5,
    data: { dataset: 'fashion-mnist', limit: 400 },
    layers: [
      { nh: sizes[0], epochs: 2, learningRate: 0.05, ...layer },
      { nh: sizes[1], epochs: 1, learningRate: 0.05, ...layer },
    ],
    evaluation: {
      examples: 100,
      boundSamples: 5,
      trainingExamples: 100,
      exactLogLik: false,
      ais: { chains: 16, chainsPerUnit: 4, schedule: { kind: 'linear', steps: 500 } },
      raise: { examples: 20 },
      images: { filters: 16, samples: 16, sweeps: 20 },
    },
  };
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, `${JSON.stringify(spec, null, 2)}\n`);
  return file;
}

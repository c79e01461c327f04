/**
 * Runs a validated spec: the run folder, the runtime, the task, result.json, and the output
 * (one JSON object on stdout with --json; a short summary otherwise). Shared by
 * `ebm run`, `ebm logz` and `ebm resume`.
 */
import { basename } from 'node:path';
import { runTask } from '../coordinator/tasks.js';
import { createRunDir, writeResult, writeSpecFiles } from '../coordinator/run-folder.js';
import { UnitCheckpoint } from '../coordinator/unit-checkpoint.js';
import type { LoadedSpec } from './input.js';
import { createLog, type LogFormat } from './log.js';
import { createProgress } from './progress.js';
import { defaultThreads, startEmbeddedRuntime, startNatsRuntime } from './runtime.js';
import { formatResult } from './result-text.js';

export interface ExecuteOptions {
  workers?: number;
  seed?: number;
  out?: string;
  json?: boolean;
  /** An existing run folder to continue (ebm resume). */
  resumeDir?: string;
  logFormat?: LogFormat;
  /** Run on NATS (workers are `ebm worker` processes), waiting for this many workers. */
  nats?: string;
  minWorkers?: number;
}

export async function executeSpec(loaded: LoadedSpec, options: ExecuteOptions): Promise<Record<string, unknown>> {
  const spec = { ...loaded.spec };
  if (options.seed !== undefined) spec.seed = options.seed;
  const runDir = options.resumeDir ?? createRunDir(spec.name, options.out);
  if (!options.resumeDir) {
    writeSpecFiles(runDir, loaded.text, { ...spec, model: loaded.model?.toJSON(), workers: spec.workers, source: loaded.file });
  }
  // Names the run on the wire; the run folder is unique and survives a resume.
  const runId = basename(runDir).replace(/[^A-Za-z0-9_-]/g, '_').slice(-64);
  const log = createLog(options.logFormat);
  const runtime = options.nats
    ? await startNatsRuntime(options.nats, options.minWorkers ?? 1, log)
    : startEmbeddedRuntime(options.workers || spec.workers || defaultThreads());
  const threads = runtime.threads;
  const progress = createProgress(spec.name, log, options.logFormat !== 'json' && process.stderr.isTTY === true);
  log.info(`${options.resumeDir ? 'resuming' : 'starting'} ${spec.name}`, { runDir, threads, seed: spec.seed, task: spec.task });
  const started = process.hrtime.bigint();
  try {
    const result = await runTask({
      spec,
      model: loaded.model,
      specFile: loaded.file,
      runDir,
      runId,
      transport: runtime.transport,
      threads,
      checkpoint: new UnitCheckpoint(runDir),
      workerLoss: runtime.workerLoss,
      guard: runtime.guard,
      events: {
        progress: (done, total, detail) => progress.update(done, total, detail),
        retry: (unitId, attempt, reason) => log.warn(`unit ${unitId} retried`, { attempt, reason }),
        note: (line) => log.info(line),
      },
    });
    progress.stop();
    const full = { ...result, workers: threads, wallSeconds: Number(process.hrtime.bigint() - started) / 1e9, runDir };
    writeResult(runDir, full);
    if (options.json) process.stdout.write(`${JSON.stringify(full)}\n`);
    else process.stdout.write(formatResult(full, basename(runDir)));
    return full;
  } finally {
    progress.stop();
    await runtime.close();
  }
}

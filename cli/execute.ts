/**
 * Runs a validated spec: the run folder, the runtime, the task, result.json, report.html,
 * the output (one JSON object on stdout with --json; a short summary otherwise), and the
 * run's metrics (--metrics-port, --pushgateway). Shared by `ebm run`, `ebm logz` and
 * `ebm resume`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runTask } from '../coordinator/tasks.js';
import { createRunDir, writeResult, writeSpecFiles } from '../coordinator/run-folder.js';
import { UnitCheckpoint } from '../coordinator/unit-checkpoint.js';
import type { LoadedSpec } from './input.js';
import { createLog, type Log, type LogFormat } from './log.js';
import type { RunMetricsFlags } from './options.js';
import { createProgress } from './progress.js';
import { startRunMetrics, type RunMetrics } from './run-metrics.js';
import { defaultThreads, startEmbeddedRuntime, startNatsRuntime } from './runtime.js';
import { formatResult } from './result-text.js';

export interface ExecuteOptions extends RunMetricsFlags {
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
  // Served before the runtime starts, so a scrape sees ebm_workers while the run waits for workers.
  const metrics =
    options.metricsPort !== undefined || options.pushgateway
      ? await startRunMetrics({ runId, method: String((spec as { method?: string }).method ?? spec.task), model: loaded.model, port: options.metricsPort, host: options.metricsHost, pushgateway: options.pushgateway, log })
      : undefined;
  let succeeded = false;
  try {
    const runtime = options.nats
      ? await startNatsRuntime(options.nats, options.minWorkers ?? 1, log, metrics ? { bytes: metrics.bytes, workers: metrics.workers } : {})
      : startEmbeddedRuntime(options.workers || spec.workers || defaultThreads());
    metrics?.workers(runtime.workers());
    metrics?.followRejected(() => runtime.guard.rejected);
    const threads = runtime.threads;
    const progress = createProgress(spec.name, log, options.logFormat !== 'json' && process.stderr.isTTY === true);
    log.info(`${options.resumeDir ? 'resuming' : 'starting'} ${spec.name}`, { runDir, threads, seed: spec.seed, task: spec.task });
    const started = process.hrtime.bigint();
    let full: Record<string, unknown>;
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
          ...metrics?.events,
          progress: (done, total, detail) => progress.update(done, total, detail),
          retry: (unitId, attempt, reason) => {
            metrics?.events.retry();
            log.warn(`unit ${unitId} retried`, { attempt, reason });
          },
          note: (line) => log.info(line),
        },
      });
      progress.stop();
      full = { ...result, workers: threads, wallSeconds: Number(process.hrtime.bigint() - started) / 1e9, runDir };
      writeResult(runDir, full);
    } finally {
      progress.stop();
      await runtime.close();
    }
    await writeRunReport(runDir, full, loaded.text, log);
    if (options.json) process.stdout.write(`${JSON.stringify(full)}\n`);
    else process.stdout.write(formatResult(full, basename(runDir)));
    succeeded = true;
    return full;
  } finally {
    await finishMetrics(metrics, succeeded ? options.metricsLinger : undefined);
  }
}

/** report.html beside result.json. A report that fails to render costs a warning, never the run. */
async function writeRunReport(runDir: string, result: Record<string, unknown>, specText: string, log: Log): Promise<void> {
  try {
    const { writeReport } = await import('../report/index.js'); // vega loads only when a run ends
    const text = specText || (existsSync(join(runDir, 'spec.yaml')) ? readFileSync(join(runDir, 'spec.yaml'), 'utf8') : undefined);
    await writeReport(runDir, result, { specText: text, logZExact: typeof result.exact === 'number' ? result.exact : undefined });
  } catch (error) {
    log.warn('could not write report.html', { runDir, error: (error as Error).message });
  }
}

/** Push the final figures, keep serving `lingerSeconds` for a last scrape (SIGTERM / SIGINT end it early), stop. */
async function finishMetrics(metrics: RunMetrics | undefined, lingerSeconds: number | undefined): Promise<void> {
  if (!metrics) return;
  await metrics.push();
  if (lingerSeconds && metrics.port !== undefined) {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        process.off('SIGTERM', done);
        process.off('SIGINT', done);
        resolve();
      };
      const timer = setTimeout(done, lingerSeconds * 1000);
      process.once('SIGTERM', done);
      process.once('SIGINT', done);
    });
  }
  await metrics.close();
}

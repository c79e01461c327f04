/** Parsers for numeric flags: a bad value is a usage error (exit 2) naming the flag. */
import { InvalidArgumentError, type Command } from 'commander';

export function parseCount(flag: string, min = 1): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${flag} must be an integer >= ${min}, got ${JSON.stringify(value)}`);
    return n;
  };
}

export function parseSeed(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError(`--seed must be a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}

export function parseLogFormat(value: string): 'text' | 'json' {
  if (value !== 'text' && value !== 'json') throw new InvalidArgumentError(`--log-format must be text or json, got ${JSON.stringify(value)}`);
  return value;
}

export function parsePort(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`${flag} must be a TCP port 0..65535 (0: any free port), got ${JSON.stringify(value)}`);
    return n;
  };
}

export function parseSeconds(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`${flag} must be a number of seconds >= 0, got ${JSON.stringify(value)}`);
    return n;
  };
}

export function parseUrl(flag: string): (value: string) => string {
  return (value) => {
    if (!/^https?:\/\/[^/\s]+/.test(value)) throw new InvalidArgumentError(`${flag} must be an http(s) URL, got ${JSON.stringify(value)}`);
    return value;
  };
}

/** Metrics flags of every process: `/metrics` on a port, bound to loopback unless told otherwise. */
export interface MetricsFlags {
  metricsPort?: number;
  metricsHost?: string;
}

/** Metrics flags of a run (the coordinator). */
export interface RunMetricsFlags extends MetricsFlags {
  pushgateway?: string;
  metricsLinger?: number;
}

export function addMetricsOptions(command: Command, run = true): Command {
  command
    .option('--metrics-port <port>', 'serve Prometheus metrics on http://HOST:PORT/metrics (0: any free port)', parsePort('--metrics-port'))
    .option('--metrics-host <host>', 'interface for --metrics-port (default 127.0.0.1; 0.0.0.0 for all)');
  if (!run) return command;
  return command
    .option('--pushgateway <url>', 'push the metrics to this Prometheus Pushgateway when the run ends or fails', parseUrl('--pushgateway'))
    .option('--metrics-linger <seconds>', 'with --metrics-port: keep serving this long after the run, for a last scrape (SIGTERM ends it early)', parseSeconds('--metrics-linger'));
}

/** The options every command that runs something takes (DESIGN.md, Command line). */
export interface RunFlags extends RunMetricsFlags {
  workers?: number;
  seed?: number;
  out?: string;
  json?: boolean;
  logFormat?: 'text' | 'json';
  nats?: string;
  minWorkers?: number;
}

/** `withOut: false` for commands whose --out names something else (ebm sample's output file). */
export function addRunOptions(command: Command, seedHelp = 'random seed (overrides the spec; default 1)', withOut = true): Command {
  command.option('--workers <n>', 'worker threads (default: one per core)', parseCount('--workers')).option('--seed <s>', seedHelp, parseSeed);
  if (withOut) command.option('--out <dir>', 'run folder (default: runs/NAME-TIME)');
  command
    .option('--json', 'print the result as one JSON object on stdout')
    .option('--log-format <format>', 'text | json (structured logs on stderr)', parseLogFormat, 'text')
    .option('--nats <url>', 'run on NATS: workers are `ebm worker --nats URL` processes (credentials: see README)')
    .option('--min-workers <n>', 'with --nats: wait for this many workers before starting (default 1)', parseCount('--min-workers'));
  return addMetricsOptions(command);
}

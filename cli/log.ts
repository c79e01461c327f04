/**
 * Log lines on standard error: plain text by default, or structured JSON (pino) with
 * `--log-format json` for log collectors. Standard output stays for the result.
 */
import { pino } from 'pino';

export type LogFormat = 'text' | 'json';

export interface Log {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export function createLog(format: LogFormat = 'text'): Log {
  if (format === 'json') {
    const logger = pino({ base: { app: 'ebm' } }, pino.destination({ fd: 2, sync: true }));
    return {
      info: (message, fields) => logger.info(fields ?? {}, message),
      warn: (message, fields) => logger.warn(fields ?? {}, message),
    };
  }
  const line = (level: string, message: string, fields?: Record<string, unknown>) => {
    const extra = fields ? Object.entries(fields).map(([k, v]) => ` ${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join('') : '';
    process.stderr.write(`ebm: ${level === 'info' ? '' : `${level}: `}${message}${extra}\n`);
  };
  return { info: (m, f) => line('info', m, f), warn: (m, f) => line('warning', m, f) };
}

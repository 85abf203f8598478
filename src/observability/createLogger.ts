/**
 * The process logger: one JSON object per line (pino), so log shippers parse it without regexes.
 * Tests pass their own destination stream to read what was logged.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerOptions {
  /** Default: `info`. */
  level?: LogLevel;
  /** Default: stdout (synchronously, so nothing is lost on exit). */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = { level: options.level ?? 'info', base: { service: 'career-graph' } };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** The default for servers built without a logger (tests, tools): nothing is written. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

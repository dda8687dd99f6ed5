import pino, { type Logger as PinoLogger } from 'pino';

export interface LoggerOptions {
  name: string;
  level: string;
  /** Human-readable lines instead of JSON; defaults to "stdout is a terminal". */
  pretty?: boolean;
}

/** Structured JSON logs (pino); pretty when a person is watching the terminal. */
export function createLogger(options: LoggerOptions): PinoLogger {
  const pretty = options.pretty ?? process.stdout.isTTY === true;
  return pino({
    name: options.name,
    level: options.level,
    // Never let a credential reach the logs through a logged request or config object.
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.apiKey',
        '*.secret',
      ],
      censor: '[redacted]',
    },
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
          },
        }
      : {}),
  });
}

export type { PinoLogger };

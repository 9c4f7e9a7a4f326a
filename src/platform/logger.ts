import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.js';

export type { Logger };

/**
 * Credentials a request can carry, never written to a log line (the request log records each
 * request's headers): an API key is a partner's secret, and whoever reads the logs is not its
 * holder. Keys sent in the URL are masked by the request log's own serializer (server.ts).
 */
const credentials = ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'];

/**
 * What an API key looks like (api-keys.ts), wherever it appears in a line: a key pasted into a
 * query string, a variable, an error message or a header nobody thought of is masked all the same.
 */
const anyKey = /bantin_[a-z0-9]{12}_[A-Za-z0-9_-]{43}/g;

/** Structured JSON logs on stdout (or `destination`), one line per event. */
export function createLogger(
  config: Pick<Config, 'logLevel'>,
  destination?: DestinationStream,
): Logger {
  const options = {
    level: config.logLevel,
    base: { service: 'bantin' },
    redact: { paths: credentials, censor: '[redacted]' },
    hooks: {
      streamWrite: (line: string) =>
        line.includes('bantin_') ? line.replace(anyKey, 'bantin_[redacted]') : line,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

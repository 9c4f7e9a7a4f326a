import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.js';

export type { Logger };

/**
 * Credentials a request can carry, never written to a log line (the request log records each
 * request's headers): an API key is a partner's secret, and whoever reads the logs is not its
 * holder. Keys sent in the URL are masked by the request log's own serializer (server.ts).
 */
const credentials = ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'];

/** Structured JSON logs on stdout (or `destination`), one line per event. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options = { level: config.logLevel, base: { service: 'bantin' }, redact: { paths: credentials, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

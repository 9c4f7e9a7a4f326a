// The API explorer (GraphiQL, built from src/explorer into dist/explorer by `npm run build`).
// A browser opening /graphql gets the explorer; API clients asking for JSON get GraphQL. Every
// file it needs comes from here, and its Content-Security-Policy forbids anything else.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Router } from 'express';
import type { Logger } from '../platform/logger.js';

/** The folder holding package.json, from here (src/http in tests, dist/src/http when built). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir)
      throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export const defaultExplorerDir = () => join(projectRoot(), 'dist', 'explorer');

const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  // GraphiQL and Monaco set inline styles; fonts and icons are inlined as data: URLs.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A browser navigating to the page, as opposed to a GraphQL GET (which has ?query= or ?extensions=). */
export function wantsExplorer(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if ('query' in req.query || 'extensions' in req.query) return false;
  return (
    req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) ===
    'text/html'
  );
}

export function explorerRouter(options: { dir?: string; logger: Logger }): Router {
  const dir = options.dir ?? defaultExplorerDir();
  const indexFile = join(dir, 'index.html');
  const router = express.Router();
  const built = existsSync(indexFile);
  if (!built)
    options.logger.warn(
      { dir },
      'the explorer is not built (npm run build); GET /graphql will say so',
    );
  const page = built ? readFileSync(indexFile) : undefined;

  router.get('/', (_req, res) => res.redirect(302, '/graphql'));

  router.get('/graphql', (req, res, next) => {
    if (!wantsExplorer(req)) return next();
    res.setHeader('vary', 'Accept');
    if (!page) {
      res
        .status(503)
        .type('text/plain')
        .send(
          'The API explorer has not been built. Run `npm run build` (npm start does), then reload.\n',
        );
      return;
    }
    res.setHeader('content-security-policy', contentSecurityPolicy);
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('x-content-type-options', 'nosniff');
    res.type('html').send(page);
  });

  // Built file names carry a content hash: cache them for good.
  router.use(
    '/explorer',
    express.static(dir, { index: false, immutable: true, maxAge: '365d', fallthrough: true }),
  );
  return router;
}

// The HTTP surface: /graphql (Apollo on Express 5, where we own body limits and error bodies),
// the explorer, /views, /healthz, /readyz. A GraphQL request passes, in order: CORS, the guards
// (guards.ts), the key check, the body parser, trusted documents, remembered refusals, then
// Apollo and its plugins (shape and cost limits, budgets, cache hints, errors). Every error body
// is JSON; none carries a stack trace.
import { isUtf8 } from 'node:buffer';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import cluster from 'node:cluster';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import type { SqlTally } from '../db/sql-stats.js';
import { etagPlugin, httpCachePlugin, stringifyResult, varyOf } from '../graphql/cache-control.js';
import { createContext, type CacheSlot, type Context } from '../graphql/context.js';
import { errorPlugin, formatError } from '../graphql/error-handling.js';
import { inputHygienePlugin } from '../graphql/input-hygiene.js';
import { chargeRefusal, limitsPlugin, shapeLimitRule } from '../graphql/limits-plugin.js';
import { repeatRefusals } from './refused-documents.js';
import { withCacheFront, type PreReadRequest } from './cache-front.js';
import { guardedListener, requestFailure } from './last-resort.js';
import { checkParamsShape } from './request-params.js';
import { answeredByDeadline, readDeadline } from './read-deadline.js';
import { responseCacheMiddleware, responseCachePlugin } from './response-cache.js';
import { createSchema } from '../graphql/schema.js';
import type { Logger } from '../platform/logger.js';
import { createServices } from '../services.js';
import { metricsRoute, nameOperation } from './metrics.js';
import { syndicationRouter } from './syndication-route.js';
import {
  idempotencyMiddleware,
  idempotencyPlugin,
  type IdempotentRequest,
} from '../modules/editorial/idempotency.js';
import { callerClass } from '../modules/access/caller.js';
import { viewsRouter } from './views-route.js';
import { explorerRouter } from './explorer-route.js';
import { authenticate, forLogs } from './authenticate.js';
import { loadTrustedDocuments, trustedDocumentsMiddleware } from './trusted-documents.js';
import type { Caller } from '../modules/access/caller.js';
import {
  countSql,
  databaseGate,
  jsonError,
  jsonTypes,
  onlyGetAndPost,
  outOfBudget,
  requestIdFrom,
  requestIdOf,
  requireJson,
  requireUtf8Query,
  sanePath,
  visitorOf,
} from './guards.js';

type Gateway = {
  httpServer: http.Server;
  listen(): Promise<{ port: number }>;
  /** Stops taking requests, lets in-flight ones finish (up to the grace period), closes the pool. */
  stop(): Promise<void>;
};

/** JSON bodies, up to BODY_LIMIT_BYTES; editors (article bodies) up to EDITOR_BODY_LIMIT_BYTES. */
function jsonBodies(config: Config): RequestHandler {
  const parser = (limit: number) =>
    express.json({
      limit,
      type: jsonTypes,
      verify: (_req, _res, body) => {
        if (!isUtf8(body))
          throw Object.assign(new Error('body is not UTF-8'), {
            status: 400,
            type: 'encoding.invalid',
          });
      },
    });
  const reader = parser(config.bodyLimitBytes);
  const editorReader = parser(config.editorial.bodyLimitBytes);
  return (req, res, next) =>
    (callerClass(res.locals.caller as Caller) === 'editor' ? editorReader : reader)(req, res, next);
}

export async function createGateway(deps: {
  config: Config;
  orm: Orm;
  logger: Logger;
}): Promise<Gateway> {
  const { config, orm, logger } = deps;
  const services = createServices(orm, config, logger);
  // A scheduled article appears at its time: the timer that forgets cached answers then.
  void services.contentChanges.armSchedule();
  // Knows which replicas answer before the first request (none: the primary serves).
  await services.replicas?.start();
  // The sections, held in memory (section-cache.ts).
  await services.sections.start(orm);
  const app = express();
  // The request listener is attached once the routes are (see the end): the response cache's
  // front door goes ahead of Express.
  // A client that sends its headers or body slowly is dropped after these (checked every second).
  const httpServer = http.createServer({
    requestTimeout: config.http.requestTimeoutMs,
    headersTimeout: config.http.headersTimeoutMs,
    connectionsCheckingInterval: 1_000,
  });
  let stopping = false;

  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError,
    // One serialisation per answer, which also gives its ETag (cache-control.ts).
    stringifyResult,
    includeStacktraceInErrorResponses: false,
    // CSRF prevention is ours, not Apollo's (which would refuse every plain GET, and with it CDN
    // caching): a POST must be JSON (requireJson below), which browsers never send cross-site
    // without a CORS preflight; a GET can only run queries, which change nothing; and no
    // credential is ever taken from a cookie.
    csrfPrevention: false,
    // A token limit in the parser: a huge document is refused before it is even a tree.
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    introspection: config.introspection,
    validationRules: [shapeLimitRule(config.queryLimits)],
    // Batches are many operations for the price of one request: refused (400).
    allowBatchedHttpRequests: false,
    // Parsed documents and APQ registrations, bounded: a flood of documents that are all
    // different must not grow the heap. Apollo sizes entries by their JSON length; a parsed
    // document takes several times that in memory, so its store is kept small (a frontend has a
    // few hundred operations, which fit many times over).
    documentStore: new InMemoryLRUCache<DocumentNode>({
      maxSize: config.memory.documentStoreBytes,
    }),
    cache: new InMemoryLRUCache({ maxSize: config.memory.persistedQueriesBytes }),
    // Signals are main.ts's to handle. Apollo's own handler would call stop() beside ours, and a
    // second stop() waits on a barrier Apollo resolves only on failure: every SIGTERM took the
    // whole grace period.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Cache-Control comes from the document, not from a hook on every field (cache-policy.ts).
      ApolloServerPluginCacheControlDisabled(),
      httpCachePlugin(config.cacheMaxAgeSeconds, varyOf(config.corsOrigins)),
      errorPlugin(logger, config),
      inputHygienePlugin(),
      limitsPlugin(config, services.rateLimiter, services.blocklist, services.refusedDocuments),
      idempotencyPlugin(orm),
      // Last: it reads what the plugins above wrote (Cache-Control, ETag, the cost).
      responseCachePlugin(),
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ operation, operationName, contextValue }) {
              contextValue.nameOperation?.(operationName ?? null);
              if (operation?.operation === 'mutation') contextValue.writing?.();
            },
            async willSendResponse({ response, contextValue }) {
              if (config.sqlCountHeader)
                response.http.headers.set(
                  'x-sql-statements',
                  String(contextValue.sqlTally.statements),
                );
              services.metrics.sql.observe(contextValue.sqlTally.statements);
              if (response.body.kind === 'single') {
                for (const e of response.body.singleResult.errors ?? [])
                  services.metrics.errors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
              }
            },
          };
        },
      },
      // Last of all: it notes the answer as it will be serialised (see stringifyResult).
      etagPlugin(),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = requestIdFrom(req.headers['x-request-id']);
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // A key sent in the URL (refused, but sent) is not written down either (platform/logger.ts).
      serializers: {
        req: (req: { url?: string; query?: Record<string, unknown> }) =>
          Object.assign(req, forLogs(req)),
      },
    }),
  );

  app.use(sanePath);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    if (stopping) return jsonError(res, 503, 'SERVICE_UNAVAILABLE', 'Shutting down.');
    if (services.dbHealth.isDown)
      return jsonError(res, 503, 'SERVICE_UNAVAILABLE', 'The content database is unavailable.');
    try {
      await services.dbHealth.ping();
      res.json({ status: 'ready', database: config.database.driver });
    } catch (err) {
      logger.warn({ err }, 'readiness check failed');
      services.dbHealth.failed(err);
      jsonError(res, 503, 'SERVICE_UNAVAILABLE', 'The content database is unavailable.');
    }
  });

  const trustedDocuments: RequestHandler[] = config.trustedDocuments.file
    ? [
        trustedDocumentsMiddleware({
          documents: loadTrustedDocuments(config.trustedDocuments.file),
          onlyTrustedForAnonymous: config.trustedDocuments.onlyForAnonymous,
          refuse: (req, res) => (status, code, message) =>
            jsonError(res, status, code, message, requestIdOf(req)),
        }),
      ]
    : [];

  // Browsers on other origins (CORS_ORIGINS): no cookies are ever used, so `*` is safe by default.
  const corsHeaders = cors({
    origin: config.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'accept', 'authorization', 'x-api-key', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after', 'etag', 'age', 'x-cache'],
    maxAge: 600,
  });
  app.use(['/graphql', '/views'], corsHeaders);

  if (config.explorer.enabled) app.use(explorerRouter({ dir: config.explorer.dir, logger }));

  app.use(
    '/graphql',
    onlyGetAndPost,
    requireJson,
    requireUtf8Query,
    databaseGate(services.dbHealth),
    authenticate({
      orm,
      logger,
      requestIdOf,
      dbHealth: services.dbHealth,
      keys: services.keys,
      failures: {
        limiter: services.rateLimiter,
        blocklist: services.blocklist,
        perMinute: config.keys.failuresPerMinute,
      },
    }),
    outOfBudget(services.blocklist),
    jsonBodies(config),
    // A body the cache's front door read but could not parse is answered as express.json would.
    (req, _res, next) => {
      const problem = (req as PreReadRequest).preReadError;
      next(problem ? Object.assign(new Error('unreadable body'), problem) : undefined);
    },
    checkParamsShape(config.queryLimits.maxInputDepth),
    ...trustedDocuments,
    repeatRefusals(services.refusedDocuments, (req, res) =>
      chargeRefusal(
        config,
        services.rateLimiter,
        services.blocklist,
        res.locals.caller as Caller,
        visitorOf(req).ip,
      ),
    ),
    ...(services.responseCache
      ? [
          responseCacheMiddleware({
            cache: services.responseCache,
            config,
            limiter: services.rateLimiter,
            blocklist: services.blocklist,
          }),
        ]
      : []),
    idempotencyMiddleware(orm, config.editorial.idempotencyTtlHours),
    readDeadline(config.readDeadlineMs),
    countSql,
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(orm, config, services, {
          nameOperation: (name) => nameOperation(res, name),
          requestId: requestIdOf(req),
          sqlTally: res.locals.sqlTally as SqlTally,
          client: visitorOf(req),
          caller: res.locals.caller as Caller,
          cacheSlot: res.locals.cacheSlot as CacheSlot | undefined,
          idempotency: res.locals.idempotency as IdempotentRequest | undefined,
          writing: res.locals.writing as (() => void) | undefined,
        }),
    }),
  );

  app.use(
    ['/feeds', '/ninjs', '/sitemap-news.xml'],
    corsHeaders,
    databaseGate(services.dbHealth),
    readDeadline(config.readDeadlineMs),
  );
  app.use(syndicationRouter({ orm, config, services, logger }));

  app.use('/views', databaseGate(services.dbHealth));
  app.use(viewsRouter(services, logger, visitorOf));

  app.get('/metrics', metricsRoute(services.metrics, config.metricsAllow));

  app.use((req, res) =>
    jsonError(
      res,
      404,
      'NOT_FOUND',
      `No such endpoint: ${req.method} ${req.path}. The API is at /graphql.`,
    ),
  );

  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    // Answered already by the read deadline: what the request went on to do goes nowhere.
    if (answeredByDeadline(res)) return;
    const requestId = requestIdOf(req);
    const e = err as { type?: string; status?: number };
    if (e.type === 'entity.parse.failed')
      return jsonError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.', requestId);
    if (e.type === 'encoding.invalid')
      return jsonError(res, 400, 'BAD_REQUEST', 'The request body is not valid UTF-8.', requestId);
    if (e.type === 'entity.too.large') {
      return jsonError(
        res,
        413,
        'BAD_REQUEST',
        `The request body is larger than ${config.bodyLimitBytes} bytes.`,
        requestId,
      );
    }
    if (e.status && e.status >= 400 && e.status < 500)
      return jsonError(res, e.status, 'BAD_REQUEST', 'The request could not be read.', requestId);
    logger.error({ err, requestId }, 'unhandled error');
    jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.', requestId);
  };
  app.use(onError);

  const fail = requestFailure(logger);
  const listener = services.responseCache
    ? withCacheFront(app, {
        cache: services.responseCache,
        config,
        limiter: services.rateLimiter,
        blocklist: services.blocklist,
        dbHealth: services.dbHealth,
        cors: corsHeaders as never,
        trustProxy: app.get('trust proxy fn'),
        fail,
      })
    : app;
  // With WORKERS > 1, which worker answered (for operators reading logs and load balancing).
  const workerId = cluster.worker ? String(cluster.worker.id) : null;
  const measured = guardedListener(services.metrics.listener(listener), fail);
  httpServer.on(
    'request',
    workerId
      ? (req: http.IncomingMessage, res: http.ServerResponse) => (
          res.setHeader('x-worker', workerId),
          measured(req, res)
        )
      : measured,
  );

  return {
    httpServer,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          resolve({ port: typeof address === 'object' && address ? address.port : config.port });
        });
      }),
    async stop() {
      stopping = true;
      // Apollo's drain plugin closes idle connections and waits for in-flight requests.
      const grace = new Promise<void>((resolve) =>
        setTimeout(resolve, config.shutdownGraceMs).unref(),
      );
      // Apollo's drain closes the server (Node then closes idle keep-alive connections at once)
      // and waits for requests in flight, up to the grace period.
      await Promise.race([apollo.stop(), grace]);
      httpServer.closeAllConnections();
      await services.views.close();
      await services.rateLimiter.close();
      await services.responseCache?.close();
      services.dbHealth.close();
      services.replicas?.close();
      services.sections.close();
      services.contentChanges.close();
      await orm.close(true);
    },
  };
}

// Process-wide services, shared by every request (unlike the per-request context).
import type { Config } from './config.js';
import type { Orm } from './db/orm.js';
import { MostReadCache, ViewCountCache } from './modules/popularity/popularity.js';
import { ViewGate } from './modules/popularity/view-gate.js';
import { ViewIngest } from './modules/popularity/view-ingest.js';
import { RelatedCache } from './modules/related/related.js';
import { SectionCache } from './modules/taxonomy/section-cache.js';
import { Blocklist, createRateLimiter } from './modules/access/rate-limiter.js';
import { DatabaseHealth } from './db/health.js';
import { RefusedDocuments } from './graphql/refused-documents.js';
import type { Logger } from './platform/logger.js';
import { ResponseCache } from './http/response-cache.js';
import { KeyDirectory } from './modules/access/api-keys.js';
import { ContentChanges } from './modules/editorial/content-changes.js';
import { Metrics } from './http/metrics.js';
import { ReplicaSet } from './db/replicas.js';

export type Services = ReturnType<typeof createServices>;

export function createServices(orm: Orm, config: Config, logger: Logger) {
  const base = {
    dbHealth: new DatabaseHealth(
      orm,
      logger,
      config.db.connectTimeoutMs + config.db.statementTimeoutMs,
    ),
    rateLimiter: createRateLimiter(config, logger),
    blocklist: new Blocklist(),
    keys: new KeyDirectory(config.keys.cacheMs),
    refusedDocuments: new RefusedDocuments(),
    views: new ViewIngest(orm, config.views),
    viewGate: new ViewGate(config.views.repeatWindowMinutes),
    mostRead: new MostReadCache(config.mostReadCacheMs),
    viewCounts: new ViewCountCache(config.mostReadCacheMs),
    related: new RelatedCache(config.relatedCacheMs),
    sections: new SectionCache(config.sectionsCacheMs, logger),
    responseCache: config.responseCache.enabled
      ? new ResponseCache(
          {
            maxBytes: config.responseCache.maxBytes,
            redisUrl: config.redisUrl,
            namespace: config.rateLimitNamespace,
            staleBoundMs: config.sharedStaleBoundMs,
          },
          logger,
        )
      : null,
    replicas: config.replicas.urls.length
      ? new ReplicaSet(
          orm,
          {
            maxLagMs: config.replicas.maxLagMs,
            checkEveryMs: config.replicas.checkEveryMs,
            timeoutMs: config.db.connectTimeoutMs + 500,
          },
          logger,
        )
      : null,
  };
  const metrics = new Metrics({
    orm,
    dbHealth: base.dbHealth,
    viewQueue: () => base.views.pending,
    replicas: base.replicas,
  });
  base.views.onBatch = (size) => metrics.viewBatches.observe(size);
  const staleBound = config.redisUrl ? { ms: config.sharedStaleBoundMs } : null;
  return {
    ...base,
    metrics,
    contentChanges: new ContentChanges({ orm, logger, staleBound, ...base }),
  };
}

// The response cache: whole answers to anonymous callers, kept for the max-age their
// Cache-Control allows. It sits in front of Apollo, so a hit is a hash, a lookup and a write:
// no parsing, validation or execution, no database. A portal's home page is the same for every
// reader, and most of its cost was building that same answer again.
//
// - Key: the document (the SHA-256 of its text, which is also the persisted-query hash, so a
//   query sent as text and as an APQ hash share one entry), the operation name, the variables,
//   the Accept header (it decides the media type), and the caller class. Only anonymous callers
//   are served from it or fill it: an answer to a key holder (drafts for an editor) is private.
// - Stored: only answers with data, no errors, status 200 and `Cache-Control: public` with a
//   max-age over 0, for that max-age. The data is stored as its JSON text; `extensions.cost`
//   is made for each request, as the budget left differs per caller.
// - A hit still costs its query's points (the same as the miss that stored it), so budgets mean
//   the same whether or not an answer was cached; it says `X-Cache: HIT` and `Age`.
// - In memory (an LRU bounded by bytes) and, with REDIS_URL, in Redis too: gateways behind one
//   load balancer share their hits. Redis away: each process keeps serving from its own memory.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Config } from '../config.js';
import type { CacheSlot, Context } from '../graphql/context.js';
import { dataText, varyOf } from '../graphql/cache-control.js';
import { chargeQuery } from '../graphql/limits-plugin.js';
import type { Caller } from '../modules/access/caller.js';
import type { Blocklist, RateLimiter } from '../modules/access/rate-limiter.js';
import { requestIdOf, visitorOf } from './guards.js';
import { nameOperation, operationNameOf } from './metrics.js';
import { paramsOfRequest, type GraphQLParams } from './request-params.js';
import type { Logger } from '../platform/logger.js';

export type CachedAnswer = {
  /** `data` as JSON text. */
  data: string;
  etag: string;
  cacheControl: string;
  contentType: string;
  /** Epoch ms when it was answered. */
  storedAt: number;
  /** What the query cost, in points. */
  cost: number;
};

// The key, the text, and its bytes once served (see headOf).
const sizeOf = (a: CachedAnswer, key = '') =>
  key.length * 2 +
  a.data.length * 5 +
  a.etag.length +
  a.cacheControl.length +
  a.contentType.length +
  128;

export class ResponseCache {
  private readonly memory: LRUCache<string, CachedAnswer>;
  private readonly redis: Redis | null;
  /** Hears other gateways' content changes (a Redis connection in subscriber mode). */
  private readonly listener: Redis | null;
  private redisDown = false;
  /** Bumped by every content change, here or (through Redis) on another gateway. */
  private localEpoch = 0;
  /** The shared generation: Redis keys carry it, so one INCR retires every shared answer. */
  private generation = '0';
  /** Answers being computed here, by key: identical requests meanwhile wait for them. */
  private readonly filling = new Map<string, Promise<void>>();

  constructor(
    private readonly options: {
      maxBytes: number;
      redisUrl?: string;
      namespace: string;
      /** SHARED_STALE_BOUND_MS: the heartbeat asks Redis four times within it. */
      staleBoundMs: number;
    },
    private readonly logger: Logger,
  ) {
    this.memory = new LRUCache<string, CachedAnswer>({
      maxSize: Math.max(1, options.maxBytes),
      sizeCalculation: sizeOf,
      ttlAutopurge: false,
    });
    this.redis = options.redisUrl
      ? new Redis(options.redisUrl, {
          // Never wait on Redis: while it is away, memory serves alone.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 0,
          connectTimeout: 1_000,
          commandTimeout: 250,
          retryStrategy: (times) => Math.min(times * 250, 2_000),
        })
      : null;
    this.redis?.on('error', (err) => {
      if (!this.redisDown)
        this.logger.warn(
          { err: err.message },
          'response cache: Redis unreachable; serving from memory only',
        );
      this.redisDown = true;
    });
    this.redis?.on('ready', () => {
      const wasDown = this.redisDown;
      this.redisDown = false;
      if (wasDown) this.retireShared('Redis is back');
      else this.refreshGeneration();
    });
    this.listener = this.redis ? this.redis.duplicate() : null;
    this.listener?.on('error', () => undefined); // reported by the main connection
    this.listener?.on('close', () => (this.subscribed = false));
    // Subscribed on every (re)connection: the offline queue is off, so not before one. Changes
    // announced while it was away were missed: the generation is read again once subscribed.
    this.listener?.on(
      'ready',
      () =>
        void this.listener!.subscribe(this.channel)
          .then(() => {
            this.subscribed = true;
            this.refreshGeneration();
          })
          .catch(() => undefined),
    );
    this.listener?.on('message', (_channel, generation: string) => this.adopt(generation));
    // A Redis that is frozen closes nothing, and a subscription sends nothing: only asking tells.
    this.heartbeat = this.listener
      ? setInterval(() => this.listen(), Math.max(100, Math.floor(options.staleBoundMs / 4)))
      : null;
    this.heartbeat?.unref();
  }

  /** Whether the listener is subscribed. */
  private subscribed = false;
  /** Whether the listener answered its last PING. */
  private answering = true;
  private readonly heartbeat: NodeJS.Timeout | null;

  /** Asks the subscription connection for a PING: a silent one means changes go unheard. */
  private listen() {
    if (this.listener?.status !== 'ready') return;
    this.listener.ping().then(
      () => {
        if (this.answering) return;
        this.answering = true;
        this.retireShared('Redis answers again');
      },
      () => {
        if (this.answering)
          this.logger.warn(
            'response cache: Redis does not answer; serving from memory only, briefly',
          );
        this.answering = false;
      },
    );
  }

  /**
   * Back from an outage (stopped or frozen): what changed meanwhile went untold (a gateway that
   * wrote could not say so), so the shared answers of before are retired, on every gateway.
   */
  private retireShared(why: string) {
    this.logger.info(
      `response cache: ${why}; shared answers of before are retired, and answers are shared again`,
    );
    this.redis!.incr(this.generationKey)
      .then((g) => {
        this.adopt(String(g));
        return this.redis!.publish(this.channel, String(g));
      })
      .catch(() => this.refreshGeneration());
  }

  /** Takes the current shared generation; memory is dropped when it moved on. */
  private refreshGeneration() {
    this.redis
      ?.get(this.generationKey)
      .then((g) => this.adopt(g ?? '0'))
      .catch(() => undefined);
  }

  /**
   * Whether this gateway hears of other gateways' changes: always without Redis (there are no
   * others), and with it only while both connections are up, the listener subscribed and answering
   * its heartbeat (every quarter of SHARED_STALE_BOUND_MS). While
   * it does not, what this process holds may be stale: ContentChanges then forgets it every
   * SHARED_STALE_BOUND_MS, and nothing is read from Redis under a generation that may be old.
   */
  get hearsChanges(): boolean {
    return !this.redis || (this.redis.status === 'ready' && this.subscribed && this.answering);
  }

  private get generationKey() {
    return `${this.options.namespace}:answer-generation`;
  }

  private get channel() {
    return `${this.options.namespace}:content-changed`;
  }

  private redisKey(key: string) {
    return `${this.options.namespace}:answer:${this.generation}:${sha256(key)}`;
  }

  /** Another gateway changed content: forget, and let this gateway's other caches follow. */
  private adopt(generation: string) {
    if (generation === this.generation) return;
    this.generation = generation;
    this.forgetHere();
    this.onChange?.();
  }

  /** Forgets what this process holds (a write here, or in another worker of this gateway). */
  forgetHere(): void {
    this.localEpoch += 1;
    this.memory.clear();
  }

  /** Called when another gateway changed content (its other caches should follow). */
  onChange?: () => void;

  /** The epoch a miss starts in (see CacheSlot). */
  get epoch(): number {
    return this.localEpoch;
  }

  /**
   * Content changed: no answer stored before now may be served again, here or (through Redis)
   * on any other gateway. Resolves once the other gateways have been told (or Redis is away).
   */
  async clear(): Promise<void> {
    this.forgetHere();
    if (this.redis?.status !== 'ready') return;
    try {
      const generation = String(await this.redis.incr(this.generationKey));
      this.generation = generation;
      await this.redis.publish(this.channel, generation);
    } catch (err) {
      this.logger.warn(
        { err: (err as Error).message },
        'response cache: could not tell other gateways that content changed',
      );
    }
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    const local = this.memory.get(key);
    if (local || !this.redis || !this.hearsChanges) return local;
    try {
      const [text, ttl] = await Promise.all([
        this.redis.get(this.redisKey(key)),
        this.redis.pttl(this.redisKey(key)),
      ]);
      if (!text || ttl <= 0) return undefined;
      const answer = JSON.parse(text) as CachedAnswer;
      this.memory.set(key, answer, { ttl });
      return answer;
    } catch {
      return undefined;
    }
  }

  /** Stores an answer, unless content changed since `epoch` (when the request started). */
  set(key: string, answer: CachedAnswer, ttlMs: number, epoch = this.localEpoch): void {
    if (epoch !== this.localEpoch || sizeOf(answer, key) > this.options.maxBytes) return;
    this.memory.set(key, answer, { ttl: ttlMs });
    if (this.redis?.status === 'ready') {
      this.redis
        .set(this.redisKey(key), JSON.stringify(answer), 'PX', ttlMs)
        .catch(() => undefined);
    }
  }

  /**
   * A miss is about to compute `key`: identical requests that miss meanwhile wait for it
   * (`waitForFill`). Call the returned function when its response has ended.
   */
  startFill(key: string): () => void {
    let end!: () => void;
    const filled = new Promise<void>((resolve) => (end = resolve));
    this.filling.set(key, filled);
    return () => {
      if (this.filling.get(key) === filled) this.filling.delete(key);
      end();
    };
  }

  /** Waits, at most `ms`, for an answer to `key` being computed here; false when none is. */
  async waitForFill(key: string, ms: number): Promise<boolean> {
    const filled = this.filling.get(key);
    if (!filled) return false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([filled, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
    return true;
  }

  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.listener?.disconnect();
    this.redis?.disconnect();
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** GET and POST only: a HEAD is never answered from the cache, nor stored. */
const paramsOf = (req: Request): GraphQLParams | undefined =>
  req.method === 'GET' || req.method === 'POST' ? paramsOfRequest(req) : undefined;

/**
 * Documents' hashes by their text: a frontend sends the same few hundred documents again and
 * again, and hashing each one anew was the largest part of a hit's own CPU. Bounded by bytes, so
 * a flood of different documents cannot grow it.
 */
const documentHashes = new LRUCache<string, string>({
  maxSize: 4 * 1024 * 1024,
  sizeCalculation: (_hash, text) => text.length * 2 + 160,
});

function documentHash(text: string): string {
  let hash = documentHashes.get(text);
  if (hash === undefined) documentHashes.set(text, (hash = sha256(text)));
  return hash;
}

/**
 * The cache key of an anonymous request, or undefined when it names no document. The document is
 * the SHA-256 of its text, which is also its persisted-query hash and its trusted-document id.
 * The key is kept as text (a JSON array): in memory it is only compared, and Redis gets its hash.
 */
export function cacheKey(params: GraphQLParams, accept: string | undefined): string | undefined {
  const hash = params.extensions?.persistedQuery?.sha256Hash;
  const id =
    typeof params.documentId === 'string' && /^sha256:[0-9a-f]{64}$/i.test(params.documentId)
      ? params.documentId.slice(7)
      : undefined;
  const document =
    typeof params.query === 'string'
      ? documentHash(params.query)
      : typeof hash === 'string' && /^[0-9a-f]{64}$/i.test(hash)
        ? hash
        : id;
  if (!document) return undefined;
  const operation = typeof params.operationName === 'string' ? params.operationName : null;
  return JSON.stringify([
    document.toLowerCase(),
    operation,
    params.variables ?? null,
    String(accept ?? '').slice(0, 200),
    'anonymous',
  ]);
}

/** The cache key of a request, or undefined when it cannot be served from the cache. */
export function cacheKeyOf(req: Request, caller: Caller): string | undefined {
  if (caller.kind !== 'anonymous') return undefined;
  const params = paramsOf(req);
  return params && cacheKey(params, req.headers.accept);
}

/** How long a request waits for an identical one's answer before computing its own. */
const FILL_WAIT_MS = 5_000;

/** `public, max-age=N` with N > 0, in milliseconds; anything else is not stored. */
export function publicMaxAgeMs(cacheControl: string | undefined): number {
  if (!cacheControl || !/\bpublic\b/.test(cacheControl)) return 0;
  const m = /\bmax-age=(\d+)/.exec(cacheControl);
  return m ? Number(m[1]) * 1000 : 0;
}

/**
 * Serves hits; marks misses so that what Apollo answers is stored (see `responseCachePlugin`,
 * and the `finish` hook below, where the media type Apollo chose is known).
 */
export function responseCacheMiddleware(deps: {
  cache: ResponseCache;
  config: Config;
  limiter: RateLimiter;
  blocklist: Blocklist;
}): RequestHandler {
  const { cache, config, limiter, blocklist } = deps;
  return async (req, res, next) => {
    const caller = res.locals.caller as Caller;
    const key = cacheKeyOf(req, caller);
    if (!key) return next();
    let answer: CachedAnswer | undefined;
    try {
      answer = await cache.get(key);
      // The same answer being computed for another request: take it rather than compute it
      // again (when a popular entry expired, every request in flight computed it at once).
      if (!answer && (await cache.waitForFill(key, FILL_WAIT_MS))) answer = await cache.get(key);
    } catch (err) {
      return next(err);
    }
    if (!answer) {
      // 'close' follows 'finish' (where the answer is stored): waiters then find it.
      res.once('close', cache.startFill(key));
      const slot: CacheSlot = { key, epoch: cache.epoch };
      res.locals.cacheSlot = slot;
      res.setHeader('x-cache', 'MISS');
      res.on('finish', () => {
        const etag = res.getHeader('etag');
        if (slot.answer && slot.maxAgeMs && res.statusCode === 200 && typeof etag === 'string') {
          const { data, ...rest } = slot.answer;
          const text = dataText.get(data) ?? JSON.stringify(data);
          cache.set(
            key,
            {
              ...rest,
              data: text,
              etag,
              contentType: String(res.getHeader('content-type') ?? 'application/json'),
            },
            slot.maxAgeMs,
            slot.epoch,
          );
        }
      });
      return next();
    }
    const params = paramsOf(req);
    nameOperation(res, operationNameOf(params));
    const charge = await chargeQuery(
      config,
      limiter,
      blocklist,
      caller,
      visitorOf(req).ip,
      answer.cost,
    );
    serveHit(req, res, answer, charge, {
      sqlCountHeader: config.sqlCountHeader,
      requestId: requestIdOf(req),
      vary: varyOf(config.corsOrigins),
    });
  };
}

const heads = new WeakMap<CachedAnswer, Buffer>();

/** `{"data":…,"extensions":{"cost":` as bytes, made once per cached answer. */
function headOf(answer: CachedAnswer): Buffer {
  let head = heads.get(answer);
  if (!head)
    heads.set(answer, (head = Buffer.from(`{"data":${answer.data},"extensions":{"cost":`, 'utf8')));
  return head;
}

/** `If-None-Match` names this entity tag (weak comparison, as for GET revalidation). */
function notModified(req: IncomingMessage, etag: string): boolean {
  const given = req.headers['if-none-match'];
  if (!given) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return given.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** Answers from the cache, on a bare Node response: it serves the Express route and the front door alike. */
export function serveHit(
  req: IncomingMessage,
  res: ServerResponse,
  answer: CachedAnswer,
  charge: Awaited<ReturnType<typeof chargeQuery>>,
  options: { sqlCountHeader: boolean; requestId: string; vary: string },
): void {
  if (options.sqlCountHeader) res.setHeader('x-sql-statements', '0');
  res.setHeader('vary', options.vary);
  res.setHeader('content-type', answer.contentType);
  if (charge.refused) {
    const { message, retryAfterSeconds } = charge.refused;
    const errors = [
      {
        message,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds, requestId: options.requestId },
      },
    ];
    res.statusCode = 429;
    res.setHeader('retry-after', String(retryAfterSeconds));
    res.setHeader('cache-control', 'no-store');
    res.end(JSON.stringify({ errors, extensions: { cost: charge.cost } }));
    return;
  }
  res.setHeader('x-cache', 'HIT');
  res.setHeader('age', String(Math.max(0, Math.floor((Date.now() - answer.storedAt) / 1000))));
  res.setHeader('cache-control', answer.cacheControl);
  res.setHeader('etag', answer.etag);
  if (notModified(req, answer.etag)) {
    res.statusCode = 304;
    res.removeHeader('content-type');
    res.end();
    return;
  }
  // Byte for byte what Apollo writes: data, then extensions, then a newline. The data's bytes
  // are encoded once per entry; only the cost is new for each request.
  const head = headOf(answer);
  const tail = Buffer.from(`${JSON.stringify(charge.cost)}}}\n`, 'utf8');
  res.statusCode = 200;
  res.setHeader('content-length', head.length + tail.length);
  // Corked: headers, data and cost leave in one write (two writes cost a second system call,
  // which was a third of a hit's CPU).
  res.cork();
  res.write(head);
  res.end(tail);
  res.uncork();
}

/** Hands a cacheable answer to the request's slot (stored once the response is sent). */
export function responseCachePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const slot = contextValue.cacheSlot;
      if (!slot) return;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors, extensions } = response.body.singleResult;
          if (errors?.length || data == null || (response.http.status ?? 200) !== 200) return;
          const cacheControl = response.http.headers.get('cache-control');
          const maxAgeMs = publicMaxAgeMs(cacheControl);
          const cost = (extensions?.cost as { requested?: number } | undefined)?.requested;
          if (maxAgeMs <= 0 || cost === undefined) return;
          slot.maxAgeMs = maxAgeMs;
          slot.answer = { data, cacheControl: cacheControl!, storedAt: Date.now(), cost };
        },
      };
    },
  };
}

// Cost points per caller per time, as a leaky bucket: a bucket holds up to `capacity` points
// (the burst), refills at `perSecond`, and each query takes what it costs. In memory by default;
// in Redis when REDIS_URL is set, so several gateway processes share one budget. If Redis goes
// away the gateway keeps serving on per-process buckets (and says so in the log) until it is back.
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../platform/logger.js';
import type { Caller } from './caller.js';

export type Bucket = { capacity: number; perSecond: number };
export type Take = {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
  shared: boolean;
};

export interface RateLimiter {
  take(key: string, cost: number, bucket: Bucket): Promise<Take>;
  close(): Promise<void>;
}

const retryAfter = (missing: number, bucket: Bucket) =>
  Math.max(1, Math.ceil(missing / bucket.perSecond));

export class MemoryRateLimiter implements RateLimiter {
  // Bounded: an attacker rotating addresses cannot grow this without limit (the oldest go first).
  private readonly buckets = new LRUCache<string, { tokens: number; at: number }>({ max: 200_000 });

  async take(key: string, cost: number, bucket: Bucket, now = Date.now()): Promise<Take> {
    const state = this.buckets.get(key) ?? { tokens: bucket.capacity, at: now };
    const tokens = Math.min(
      bucket.capacity,
      state.tokens + ((now - state.at) / 1000) * bucket.perSecond,
    );
    const allowed = cost <= tokens;
    const left = allowed ? tokens - cost : tokens;
    this.buckets.set(key, { tokens: left, at: now });
    return {
      allowed,
      remaining: Math.floor(left),
      retryAfterSeconds: allowed ? 0 : retryAfter(cost - tokens, bucket),
      shared: false,
    };
  }

  async close() {}
}

// Atomic in Redis; the clock is Redis's own, so gateway clocks need not agree.
const takeScript = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2]) / 1000
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
local allowed = 0
if cost <= tokens then
  tokens = tokens - cost
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms) + 1000)
return { allowed, tostring(tokens) }
`;

type RedisWithTake = Redis & {
  bantinTake(
    key: string,
    capacity: number,
    perSecond: number,
    cost: number,
  ): Promise<[number, string]>;
};

export class RedisRateLimiter implements RateLimiter {
  private readonly redis: RedisWithTake;
  private readonly fallback = new MemoryRateLimiter();
  private degraded = false;

  constructor(
    url: string,
    private readonly namespace: string,
    private readonly logger: Logger,
  ) {
    this.redis = new Redis(url, {
      // Never queue or retry a command while Redis is away: fall back at once instead.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1_000,
      commandTimeout: 250,
      retryStrategy: (times) => Math.min(times * 250, 2_000),
    }) as RedisWithTake;
    this.redis.defineCommand('bantinTake', { numberOfKeys: 1, lua: takeScript });
    this.redis.on('error', (err) => this.fellBack(err));
    this.redis.on('ready', () => {
      if (this.degraded) this.logger.info('rate limits: Redis is back; buckets are shared again');
      this.degraded = false;
    });
  }

  private fellBack(err: unknown) {
    if (!this.degraded)
      this.logger.warn(
        { err },
        'rate limits: Redis unavailable; using per-process buckets until it is back',
      );
    this.degraded = true;
  }

  async take(key: string, cost: number, bucket: Bucket): Promise<Take> {
    if (this.redis.status !== 'ready') {
      this.fellBack(new Error(`Redis connection is ${this.redis.status}`));
      return this.fallback.take(key, cost, bucket);
    }
    try {
      const [allowed, tokensText] = await this.redis.bantinTake(
        `${this.namespace}:rate:${key}`,
        bucket.capacity,
        bucket.perSecond,
        cost,
      );
      const tokens = Number(tokensText);
      return {
        allowed: allowed === 1,
        remaining: Math.floor(tokens),
        retryAfterSeconds: allowed === 1 ? 0 : retryAfter(cost - tokens, bucket),
        shared: true,
      };
    } catch (err) {
      this.fellBack(err);
      return this.fallback.take(key, cost, bucket);
    }
  }

  async close() {
    this.redis.disconnect();
  }
}

export const createRateLimiter = (
  config: { redisUrl?: string; rateLimitNamespace: string },
  logger: Logger,
): RateLimiter =>
  config.redisUrl
    ? new RedisRateLimiter(config.redisUrl, config.rateLimitNamespace, logger)
    : new MemoryRateLimiter();

/** Whose budget a request spends: the key's, or (anonymous) the client address's. */
export const bucketKeyOf = (caller: Caller, ip: string) =>
  caller.kind === 'key' ? `key:${caller.keyId}` : `ip:${ip}`;

/**
 * Callers known to be out of budget, per process, until their budget has refilled enough: their
 * requests are refused before the body is even read, so a flood costs next to nothing.
 */
export class Blocklist {
  private readonly until = new LRUCache<string, number>({ max: 200_000 });

  block(key: string, seconds: number) {
    this.until.set(key, Date.now() + seconds * 1000);
  }

  /** Seconds left, or 0 when not blocked. */
  blockedFor(key: string): number {
    const until = this.until.get(key);
    if (until === undefined) return 0;
    const left = Math.ceil((until - Date.now()) / 1000);
    if (left <= 0) this.until.delete(key);
    return Math.max(0, left);
  }
}

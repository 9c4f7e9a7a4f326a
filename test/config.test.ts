import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('defaults to the embedded SQLite database on port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({
      driver: 'sqlite',
      path: expect.stringMatching(/data\/bantin\.sqlite$/),
    });
  });

  it('reads sqlite: and postgres:// database URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.sqlite' }).database).toEqual({
      driver: 'sqlite',
      path: '/tmp/x.sqlite',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).database).toEqual({
      driver: 'postgresql',
      url: 'postgres://u@h:5432/db',
    });
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        PORTAL_BASE_URL: 'not a url',
        LOG_LEVEL: 'loud',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'DATABASE_URL', 'PORTAL_BASE_URL', 'LOG_LEVEL'])
        expect(problems).toContain(name);
    }
  });

  it('refuses budgets that could never pay for the largest allowed query', () => {
    expect(() => loadConfig({ COST_LIMIT_PARTNER: '5000', RATE_LIMIT_PARTNER: '1000' })).toThrow(
      /RATE_LIMIT_PARTNER: must be 0 \(no limit\) or at least COST_LIMIT_PARTNER \(5000\)/,
    );
    expect(
      loadConfig({ COST_LIMIT_PARTNER: '5000', RATE_LIMIT_PARTNER: '0' }).ratePerMinute.partner,
    ).toBe(0);
  });

  it('refuses a headers timeout longer than the request timeout, and reads the new limits', () => {
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '20000', REQUEST_TIMEOUT_MS: '10000' })).toThrow(
      /HEADERS_TIMEOUT_MS: must be at most REQUEST_TIMEOUT_MS \(10000\)/,
    );
    const config = loadConfig({
      KEY_CACHE_MS: '0',
      AUTH_FAILURES_PER_MINUTE: '7',
      DOCUMENT_CACHE_MAX_BYTES: '100000',
    });
    expect(config.keys).toEqual({ cacheMs: 0, failuresPerMinute: 7 });
    expect(config.http).toEqual({ requestTimeoutMs: 30_000, headersTimeoutMs: 10_000 });
    expect(config.memory.documentStoreBytes).toBe(100_000);
  });

  it('reads CORS origins and trusted proxies', () => {
    expect(loadConfig({}).corsOrigins).toBe('*');
    expect(
      loadConfig({ CORS_ORIGINS: 'https://cand.com.vn, https://bocongan.gov.vn' }).corsOrigins,
    ).toEqual(['https://cand.com.vn', 'https://bocongan.gov.vn']);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
    ]);
  });

  it('reads read replicas, and refuses them without a PostgreSQL primary or with a bad address', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@primary:5432/bantin',
      DATABASE_REPLICA_URLS: 'postgres://u@r1:5432/bantin, postgresql://u@r2/bantin',
      REPLICA_MAX_LAG_MS: '2000',
    });
    expect(config.replicas).toEqual({
      urls: ['postgres://u@r1:5432/bantin', 'postgresql://u@r2/bantin'],
      maxLagMs: 2000,
      checkEveryMs: 500,
    });
    expect(loadConfig({}).replicas.urls).toEqual([]);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://u@r1/bantin' })).toThrow(
      /DATABASE_REPLICA_URLS: replicas are PostgreSQL standbys of a PostgreSQL DATABASE_URL/,
    );
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://u@p/b', DATABASE_REPLICA_URLS: 'mysql://r1' }),
    ).toThrow(/DATABASE_REPLICA_URLS: a comma-separated list/);
  });
});

// /metrics in the Prometheus text format: what happened shows up under the names the README
// gives, operation names as labels (bounded), and only allowed addresses may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { sample } from '../helpers/metrics.js';

const browser =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

describe('metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', {
      RESPONSE_CACHE: 'true',
      VIEWS_REPEAT_WINDOW_MINUTES: '0',
    });
  });
  afterAll(async () => server?.stop());

  it('counts requests per operation, cache hits, errors, SQL statements, views, and the pool', async () => {
    for (let i = 0; i < 3; i++)
      await server.gql('query MetricsHome { latest(first: 2) { id title } }');
    await server.gql('query MetricsBad { latest(first: 1000) { id } }');
    const { body } = await server.gql('{ latest(first: 1) { id } }');
    await fetch(`${server.url}/views`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': browser },
      body: JSON.stringify({ articleId: body.data.latest[0].id }),
    });
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(
      sample(text, 'bantin_request_duration_seconds_count', {
        operation: 'MetricsHome',
        status: '200',
        cache: 'MISS',
      }),
    ).toBe(1);
    expect(
      sample(text, 'bantin_request_duration_seconds_count', {
        operation: 'MetricsHome',
        status: '200',
        cache: 'HIT',
      }),
    ).toBe(2);
    expect(sample(text, 'bantin_response_cache_total', { result: 'hit' })).toBeGreaterThanOrEqual(
      2,
    );
    expect(sample(text, 'bantin_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(sample(text, 'bantin_sql_statements_per_request_count')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'bantin_view_ingest_batch_size_sum')).toBe(1);
    expect(sample(text, 'bantin_db_up')).toBe(1);
    expect(sample(text, 'bantin_db_pool_connections', { state: 'used' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'bantin_view_ingest_queue')).toBe(0);
    expect(text).toContain('bantin_nodejs_eventloop_lag_seconds');
  });

  it('labels at most 200 distinct operation names; the rest are "other"', async () => {
    for (let i = 0; i < 205; i++) await server.gql(`query Flood${i} { __typename }`);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const names = new Set(
      [...text.matchAll(/bantin_request_duration_seconds_count\{operation="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    expect(names.size).toBeLessThanOrEqual(210);
    expect(names).toContain('other');
  });
});

describe('metrics from another address', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Only a network the test's loopback client is not in.
    server = await startTestServer('sqlite', { METRICS_ALLOW: '10.0.0.0/8' });
  });
  afterAll(async () => server?.stop());

  it('is 403 for an address METRICS_ALLOW does not name, whatever X-Forwarded-For says', async () => {
    const res = await fetch(`${server.url}/metrics`, {
      headers: { 'x-forwarded-for': '10.1.2.3' },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

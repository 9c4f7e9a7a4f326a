// Read replicas (DATABASE_REPLICA_URLS) against a real streaming replica: a private PostgreSQL
// primary and a standby made from it with pg_basebackup, in temporary folders on spare ports.
// Public reads go to the standby; what it has not replayed is not read from it past the lag bound;
// editors read the primary; a write through the gateway is read at once by everyone; a standby
// that is stopped or frozen is skipped, and read from again when it is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/logger.js';
import { startGateway, type Running } from '../../src/bootstrap.js';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { createKey } from '../../src/modules/access/api-keys.js';
import {
  postgresTools,
  sqlOn as sql,
  startPrivatePostgres,
  waitFor,
  type PrivatePostgres,
} from '../helpers/processes.js';
import { metricOf } from '../helpers/metrics.js';
import { testConfig } from '../helpers/server.js';
import { toGlobalId } from '../../src/graphql/node.js';
import type { EntityManager } from '@mikro-orm/knex';

const binDir = postgresTools('pg_basebackup');

/** The bound the gateway is given: a replica further behind is not read from. */
const MAX_LAG_MS = 2_000;

describe.runIf(binDir)('read replicas on a private primary and standby', () => {
  let primary: PrivatePostgres;
  let standby: PrivatePostgres;
  let gateway: Running;
  let editor: string;
  let replicaName: string;
  let slug: string;
  const titleOf = async (headers: Record<string, string> = {}) => {
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query: 'query($slug: String!) { article(slug: $slug) { title } }',
        variables: { slug },
      }),
    });
    const body = (await res.json()) as { data?: { article: { title: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data!.article.title;
  };
  const asEditor = () => ({ authorization: `Bearer ${editor}` });
  /** bantin_read_requests_total for one database, from /metrics. */
  const reads = async (database: string) =>
    (await metricOf(gateway.url, 'bantin_read_requests_total', { database })) ?? 0;
  /** One of the replica's own metrics. */
  const metric = async (name: string) => metricOf(gateway.url, name, { replica: replicaName });
  /** Until the replica has replayed everything the primary has. */
  const caughtUp = () =>
    waitFor(async () => {
      const [{ lsn }] = await sql(primary.url, 'select pg_current_wal_lsn()::text as lsn');
      const [{ behind }] = await sql(
        standby.url,
        'select pg_last_wal_replay_lsn() < $1::pg_lsn as behind',
        [lsn],
      );
      return !behind;
    }, 'the standby to catch up');
  /** Until the gateway reads from the replica again (a public read counted there). */
  const readingReplica = () =>
    waitFor(
      async () => {
        const before = await reads(replicaName);
        await titleOf();
        return (await reads(replicaName)) > before;
      },
      'reads to go to the replica again',
      20_000,
    );

  beforeAll(async () => {
    primary = await startPrivatePostgres(binDir!);
    standby = await startPrivatePostgres(binDir!, { standbyOf: primary });
    replicaName = `127.0.0.1:${new URL(standby.url).port}/postgres`;
    const config = testConfig(primary.url, {
      DATABASE_REPLICA_URLS: standby.url,
      REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
      REPLICA_CHECK_MS: '100',
    });
    gateway = await startGateway(config, createLogger(config));
    ({ key: editor } = await createKey(gateway.orm.em.fork() as EntityManager, {
      name: 'replica test editor',
      scopes: [KeyScope.EDITOR],
    }));
    [{ slug }] = await sql(
      primary.url,
      `select slug from article where status = 'PUBLISHED' order by published_at desc limit 1`,
    );
    await caughtUp();
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await standby?.destroy();
    await primary?.destroy();
  }, 60_000);

  it('public reads go to the standby, editors read the primary', async () => {
    await readingReplica();
    const [r0, p0] = [await reads(replicaName), await reads('primary')];
    for (let i = 0; i < 5; i++) await titleOf();
    expect(await reads(replicaName)).toBe(r0 + 5);
    await titleOf(asEditor());
    expect(await reads('primary')).toBe(p0 + 1);
    expect(await metric('bantin_db_replica_up')).toBe(1);
    expect(await metric('bantin_db_replica_lag_seconds')).toBeLessThan(MAX_LAG_MS / 1000);
  });

  it('a standby that has not replayed a change is read until it lags past the bound, then the primary answers', async () => {
    const before = await titleOf();
    await sql(standby.url, 'select pg_wal_replay_pause()');
    try {
      // Changed on the primary behind the gateway's back (no write of its own to fence on).
      const changedAt = Date.now();
      await sql(
        primary.url,
        `update article set title = title || ' [synthetic: sửa trên primary]' where slug = $1`,
        [slug],
      );
      expect(await titleOf()).toBe(before);
      expect(await titleOf(asEditor())).toContain('[synthetic: sửa trên primary]');
      await waitFor(
        async () => (await titleOf()) !== before,
        'the stale standby to be skipped',
        20_000,
      );
      // Not before the bound: until then the standby was within it.
      expect(Date.now() - changedAt).toBeGreaterThanOrEqual(MAX_LAG_MS - 200);
      expect(await titleOf()).toContain('[synthetic: sửa trên primary]');
      expect(await metric('bantin_db_replica_up')).toBe(0);
      expect(await metric('bantin_db_replica_lag_seconds')).toBeGreaterThan(MAX_LAG_MS / 1000);
    } finally {
      await sql(standby.url, 'select pg_wal_replay_resume()');
    }
    await readingReplica();
    expect(await titleOf()).toContain('[synthetic: sửa trên primary]');
  }, 30_000);

  it('a write through the gateway is read at once by everyone, even with the standby behind', async () => {
    await readingReplica();
    await sql(standby.url, 'select pg_wal_replay_pause()');
    try {
      const [{ id, version }] = await sql(
        primary.url,
        'select id, version from article where slug = $1',
        [slug],
      );
      const res = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...asEditor() },
        body: JSON.stringify({
          query:
            'mutation($id: ID!, $v: Int!) { updateArticle(id: $id, version: $v, input: { lead: "[synthetic] Viết qua gateway" }) { article { version } } }',
          variables: { id: toGlobalId('Article', id), v: version },
        }),
      });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      const lead = async () =>
        (
          (await (
            await fetch(
              `${gateway.url}/graphql?query=${encodeURIComponent(`{ article(slug: "${slug}") { lead } }`)}`,
            )
          ).json()) as { data: { article: { lead: string } } }
        ).data.article.lead;
      for (let i = 0; i < 5; i++) expect(await lead()).toBe('[synthetic] Viết qua gateway');
    } finally {
      await sql(standby.url, 'select pg_wal_replay_resume()');
    }
    await readingReplica();
  }, 30_000);

  it('a standby that is stopped is skipped, and read from again once it is back', async () => {
    const title = await titleOf();
    await standby.stop();
    try {
      for (let i = 0; i < 5; i++) expect(await titleOf()).toBe(title);
      expect((await fetch(`${gateway.url}/readyz`)).status).toBe(200);
      await waitFor(
        async () => (await metric('bantin_db_replica_up')) === 0,
        'the replica to be marked down',
      );
      expect(await metric('bantin_db_replica_lag_seconds')).toBe(-1);
    } finally {
      await standby.start();
    }
    await readingReplica();
  }, 30_000);

  it('a standby that is frozen is skipped within the deadline, and read from again once it thaws', async () => {
    const title = await titleOf();
    standby.freeze();
    try {
      for (let i = 0; i < 5; i++) {
        const started = Date.now();
        expect(await titleOf()).toBe(title);
        // The database deadline of the faults test: a frozen server costs one timeout, once.
        expect(Date.now() - started).toBeLessThan(2_500);
      }
      await waitFor(
        async () => (await metric('bantin_db_replica_up')) === 0,
        'the replica to be marked down',
      );
    } finally {
      standby.thaw();
    }
    await readingReplica();
  }, 30_000);
});

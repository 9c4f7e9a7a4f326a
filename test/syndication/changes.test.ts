// The change feed a partner mirrors us from: every publication, update, withdrawal (with its
// reason) and deletion of a public article, oldest first, behind an opaque cursor; tombstones
// carry no article; and a partner pulling while writers commit out of order never misses one.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { ChangeKind } from '../../src/modules/syndication/article-change.entity.js';
import { logChanges, readChanges } from '../../src/modules/syndication/change-log.js';
import { testDrivers } from '../helpers/databases.js';
import { createTestKey, startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();
const PULL = `query Pull($after: String, $first: Int) { changes(after: $after, first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { kind at articleId slug reason article { id title } } } }`;

/** A partner's loop: pull from the stored cursor until the feed has nothing more. */
async function pullAll(
  server: TestServer,
  cursor: string | null,
  headers: Record<string, string>,
  first = 7,
) {
  const seen: any[] = [];
  for (;;) {
    const res = await server.gql(PULL, { after: cursor, first }, headers);
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    const page = res.body.data.changes;
    seen.push(...page.nodes);
    cursor = page.pageInfo.endCursor ?? cursor;
    if (!page.pageInfo.hasNextPage) return { seen, cursor };
  }
}

describe.each(drivers)('the change feed, on %s', (driver) => {
  let server: TestServer;
  let editor: Record<string, string>;
  let partner: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer(driver);
    editor = (await createTestKey(server, [KeyScope.EDITOR])).bearer;
    partner = (await createTestKey(server, [KeyScope.PARTNER])).bearer;
  });
  afterAll(async () => server?.stop());

  it('starts with the publication of every seed article, each with its article', async () => {
    const { seen } = await pullAll(server, null, partner);
    const published = await server.gql(`{ articles(first: 100) { totalCount } }`);
    expect(seen.filter((c) => c.kind === 'PUBLISHED')).toHaveLength(
      published.body.data.articles.totalCount,
    );
    expect(seen.every((c) => c.article?.id === c.articleId)).toBe(true);
  });

  it('logs publication, update, withdrawal with its reason, and deletion as tombstones; drafts not at all', async () => {
    const { cursor } = await pullAll(server, null, partner);
    const mutate = (q: string, v: Record<string, unknown>) =>
      server.gql(q, v, editor).then((r) => {
        if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
        return r.body.data;
      });
    const draft = (
      await mutate('mutation($i: ArticleInput!) { createArticle(input: $i) { article { id } } }', {
        i: { title: '[synthetic] Bản nháp không vào luồng' },
      })
    ).createArticle.article;
    await mutate(
      'mutation($id: ID!) { updateArticle(id: $id, version: 1, input: { lead: "Sửa bản nháp" }) { article { version } } }',
      { id: draft.id },
    );
    const a = (
      await mutate(
        'mutation($i: ArticleInput!) { createArticle(input: $i) { article { id slug } } }',
        { i: { title: '[synthetic] Tin cho đối tác', status: 'PUBLISHED' } },
      )
    ).createArticle.article;
    await mutate(
      'mutation($id: ID!) { updateArticle(id: $id, version: 1, input: { title: "[synthetic] Tin cho đối tác, đã sửa" }) { article { version } } }',
      { id: a.id },
    );
    await mutate(
      'mutation($id: ID!) { withdrawArticle(id: $id, version: 2, reason: "Thông tin sai") { article { version } } }',
      { id: a.id },
    );
    const b = (
      await mutate(
        'mutation($i: ArticleInput!) { createArticle(input: $i) { article { id slug } } }',
        { i: { title: '[synthetic] Tin sẽ bị xoá', status: 'PUBLISHED' } },
      )
    ).createArticle.article;
    await mutate('mutation($id: ID!) { deleteArticle(id: $id, version: 1) { deletedId } }', {
      id: b.id,
    });

    const { seen } = await pullAll(server, cursor, partner);
    expect(seen.map((c) => [c.kind, c.articleId, c.slug, c.reason, c.article])).toEqual([
      ['PUBLISHED', a.id, a.slug, null, null], // withdrawn since: no article
      ['UPDATED', a.id, 'synthetic-tin-cho-doi-tac-da-sua', null, null],
      ['WITHDRAWN', a.id, 'synthetic-tin-cho-doi-tac-da-sua', 'Thông tin sai', null],
      ['PUBLISHED', b.id, b.slug, null, null],
      ['DELETED', b.id, b.slug, null, null],
    ]);
    expect(seen.some((c) => c.articleId === draft.id)).toBe(false);
  });

  it('gives a scheduled publication at its time, not before', async () => {
    const { cursor } = await pullAll(server, null, partner);
    const draft = (
      await server.gql(
        'mutation($i: ArticleInput!) { createArticle(input: $i) { article { id } } }',
        { i: { title: '[synthetic] Hẹn giờ cho đối tác' } },
        editor,
      )
    ).body.data.createArticle.article;
    const at = new Date(Date.now() + 1_500);
    await server.gql(
      'mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, version: 1, at: $at) { article { version } } }',
      { id: draft.id, at: at.toISOString() },
      editor,
    );
    expect((await pullAll(server, cursor, partner)).seen).toEqual([]);
    await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 100));
    const { seen } = await pullAll(server, cursor, partner);
    expect(seen.map((c) => [c.kind, c.articleId, c.article?.id])).toEqual([
      ['PUBLISHED', draft.id, draft.id],
    ]);
  });

  it('hands back a cursor on an empty page, so a partner who stores endCursor is never sent back to the start', async () => {
    const { cursor } = await pullAll(server, null, partner);
    const empty = await server.gql(PULL, { after: cursor }, partner);
    expect(empty.body.data.changes.nodes).toEqual([]);
    expect(empty.body.data.changes.pageInfo.endCursor).toBe(cursor);
    // Stored as given, pulled from again: only what happened since.
    const stored = empty.body.data.changes.pageInfo.endCursor as string;
    const a = (
      await server.gql(
        'mutation($i: ArticleInput!) { createArticle(input: $i) { article { id } } }',
        { i: { title: '[synthetic] Sau trang rỗng', status: 'PUBLISHED' } },
        editor,
      )
    ).body.data.createArticle.article;
    const next = await server.gql(PULL, { after: stored }, partner);
    expect(
      next.body.data.changes.nodes.map((c: { kind: string; articleId: string }) => [
        c.kind,
        c.articleId,
      ]),
    ).toEqual([['PUBLISHED', a.id]]);
  });

  it('refuses a cursor it did not give', async () => {
    const res = await server.gql(PULL, { after: 'not-a-cursor' }, partner);
    expect(res.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    // Forged positions that cannot be a change's: refused before they reach SQL.
    for (const forged of ['[1e308,1]', '[1.5,1]', '[0,2147483648]', '[0,-1]', '["2025",1]']) {
      const r = await server.gql(
        PULL,
        { after: Buffer.from(forged).toString('base64url') },
        partner,
      );
      expect([r.status, r.body.errors?.[0].extensions?.code], forged).toEqual([
        400,
        'BAD_USER_INPUT',
      ]);
    }
    const tooMany = await server.gql(PULL, { first: 1001 }, partner);
    expect(tooMany.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe.runIf(drivers.includes('postgresql'))(
  'the change feed under concurrent writers, on postgresql',
  () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer('postgresql', { DB_POOL_MAX: '20' });
    });
    afterAll(async () => server?.stop());

    const WRITERS = 8;
    const PER_WRITER = 25;

    it('never lets a reader pass a change that commits later (writers that take turns committing out of order)', async () => {
      const orm = server.running.orm;
      const start = await readChanges(orm.em.fork() as EntityManager, null, 100_000);
      const last = start.at(-1)!;
      let cursor: [number, number] = [Number(last.at_ms), Number(last.id)];
      const seen: number[] = [];
      let writing = true;
      // A reader pulling small pages in a loop, storing its cursor, as a partner does.
      const reader = (async () => {
        while (writing || seen.length < WRITERS * PER_WRITER) {
          const rows = await readChanges(orm.em.fork() as EntityManager, cursor, 5);
          for (const r of rows) seen.push(Number(r.article_id));
          if (rows.length) cursor = [Number(rows.at(-1)!.at_ms), Number(rows.at(-1)!.id)];
          else if (!writing) break;
          else await new Promise((r) => setTimeout(r, 1));
        }
      })();
      // Writers each holding their change a random while before committing (fewer writers than
      // pooled connections, so the reader always gets one): without the feed's lock, positions
      // would commit out of order and the reader would skip some.
      const writers = Array.from({ length: WRITERS }, (_, w) =>
        (async () => {
          for (let i = 0; i < PER_WRITER; i++) {
            await (orm.em.fork() as EntityManager).transactional(async (tx) => {
              await logChanges(tx as EntityManager, [
                {
                  kind: ChangeKind.UPDATED,
                  articleId: 1_000_000 + w * 100 + i,
                  slug: `w${w}-${i}`,
                },
              ]);
              await new Promise((r) => setTimeout(r, Math.random() * 15));
            });
          }
        })(),
      );
      await Promise.all(writers);
      writing = false;
      await reader;
      const expected = Array.from({ length: WRITERS }, (_, w) =>
        Array.from({ length: PER_WRITER }, (_, i) => 1_000_000 + w * 100 + i),
      ).flat();
      expect([...seen].sort((x, y) => x - y)).toEqual(expected);
    }, 60_000);

    it('a partner pulling through the API while editors write gets every change exactly once', async () => {
      const editor = (await createTestKey(server, [KeyScope.EDITOR])).bearer;
      const partner = (await createTestKey(server, [KeyScope.PARTNER])).bearer;
      let { cursor } = await pullAll(server, null, partner, 100);
      const got: any[] = [];
      let writing = true;
      const puller = (async () => {
        while (writing) {
          const r = await pullAll(server, cursor, partner, 3);
          got.push(...r.seen);
          cursor = r.cursor;
        }
        got.push(...(await pullAll(server, cursor, partner, 3)).seen);
      })();
      const created = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          server
            .gql(
              'mutation($i: ArticleInput!) { createArticle(input: $i) { article { id } } }',
              { i: { title: `[synthetic] Viết đồng thời ${i}`, status: 'PUBLISHED' } },
              editor,
            )
            .then((r) => r.body.data.createArticle.article.id as string),
        ),
      );
      writing = false;
      await puller;
      expect(got.map((c) => c.articleId).sort()).toEqual([...created].sort());
    }, 60_000);
  },
);

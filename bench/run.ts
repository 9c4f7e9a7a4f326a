// npm run bench [-- --datasets sqlite:1000,postgresql:10000 --seconds 5 --rounds 3 --connections 16 --flood no]
// Side by side, in one run: Bantin, the PostGraphile peer (PostgreSQL datasets) and the limit
// (a bare server returning Bantin's bytes). Servers run in their own processes; this process
// only generates load, on loopback, every loop bounded in time. Writes BENCHMARKS.md.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseCommandLine } from '../src/cli-usage.js';
import autocannon from 'autocannon';
import type { EntityManager } from '@mikro-orm/knex';
import { testEnv, type DatabaseConfig } from '../src/config.js';
import { initOrm } from '../src/orm.js';
import {
  createScratchPostgres,
  defaultPostgresUrl,
  type ScratchDatabase,
} from '../src/db/scratch.js';
import { seedPortal } from '../seeds/seed-portal.js';
import { generateSynthetic, SYNTHETIC_PREFIX } from '../seeds/synthetic.js';
import { homePage, operations, type Operation } from './operations.js';
import { KeyScope } from '../src/modules/access/api-key.entity.js';
import { createKey } from '../src/modules/access/api-keys.js';
import { relevanceSet, SEARCH_PASSES } from './search-relevance.js';
import type { SearchTiming } from './search-timing.js';
import {
  postgresBinDir,
  startPrivatePostgres,
  type PrivatePostgres,
} from '../src/db/private-postgres.js';
import pg from 'pg';

const usage = `usage: npm run bench -- [--datasets <driver:articles,...>] [--seconds <n>] [--rounds <n>]
                       [--connections <n>] [--out <file>] [--flood yes|no]

Measures the gateway against its peers side by side, interleaved, on loopback only, and writes
the tables to --out (default BENCHMARKS.md). bench/README.md says what each table means.
  --datasets     default sqlite:1000,sqlite:10000,postgresql:1000,postgresql:10000
  --seconds      per measurement (default 5)
  --rounds       interleaved rounds per variant (default 3)
  --connections  concurrent connections of the load generator (default 16)
  --flood        also run the unique-document flood (default yes)`;
const args = parseCommandLine(usage, {
  datasets: {
    type: 'string',
    default: 'sqlite:1000,sqlite:10000,postgresql:1000,postgresql:10000',
  },
  seconds: { type: 'string', default: '5' },
  rounds: { type: 'string', default: '3' },
  connections: { type: 'string', default: '16' },
  out: { type: 'string', default: 'BENCHMARKS.md' },
  flood: { type: 'string', default: 'yes' },
});
const seconds = Number(args.seconds);
const rounds = Number(args.rounds);
const connections = Number(args.connections);
const root = resolve(import.meta.dirname, '../..');
const peerDir = join(root, 'bench/peers/postgraphile');
const db = { poolMax: 10, connectTimeoutMs: 5000, statementTimeoutMs: 600_000 };
const browser =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
let nextPort = 4700;
const versions: Partial<Record<DatabaseConfig['driver'], string>> = {};

type Server = { name: string; url: string; proc: ChildProcess; stop(): Promise<void> };
type Measure = {
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerReq: number;
  ok: number;
  errors: number;
};
type Row = {
  dataset: string;
  operation: string;
  variant: string;
  measures: Measure[];
  bytes: number;
  sql: number | null;
  rssMb: number;
  same: string;
};

// ---------- processes ----------

/** CPU time of a process and its children (WORKERS: the cluster primary and its workers), in ms. */
function procCpuMs(pid: number): number {
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return { pid: Number(d), fields: stat.slice(stat.lastIndexOf(')') + 2).split(' ') };
      } catch {
        return null; // gone meanwhile
      }
    })
    .filter((x) => x !== null);
  const tree = new Set([pid]);
  // fields[1] is the parent pid; a worker's children (none today) would be found on a second pass.
  for (const s of stats) if (tree.has(Number(s.fields[1]))) tree.add(s.pid);
  return stats
    .filter((s) => tree.has(s.pid))
    .reduce((ms, s) => ms + ((Number(s.fields[11]) + Number(s.fields[12])) * 1000) / 100, 0); // utime + stime, 100 ticks/s
}

function procPeakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

/**
 * Node's flags for the gateway, as `npm start` gives them (package.json): the bench measures the
 * gateway as it is run, and one place says how.
 */
const gatewayFlags = (() => {
  const start = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }
  ).scripts.start;
  const m = /\bnode ((?:--\S+ )*)dist\/src\/main\.js/.exec(start);
  if (!m) throw new Error(`package.json's start script does not run dist/src/main.js: ${start}`);
  return m[1].split(' ').filter(Boolean);
})();

async function startServer(
  name: string,
  script: string,
  argv: string[],
  env: Record<string, string>,
  probe: () => Promise<boolean>,
  cwd = root,
): Promise<Server> {
  const flags = script === 'dist/src/main.js' ? gatewayFlags : [];
  const proc = spawn(process.execPath, [...flags, script, ...argv], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (c) => (stderr = (stderr + String(c)).slice(-20_000)));
  let stopping = false;
  proc.once('exit', (code, signal) => {
    if (!stopping)
      console.error(`${name} exited unexpectedly (${code ?? signal}): ${stderr.slice(-4000)}`);
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`${name} exited: ${stderr.slice(-2000)}`);
    if (await probe().catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!(await probe().catch(() => false)))
    throw new Error(`${name} did not start: ${stderr.slice(-2000)}`);
  return {
    name,
    url: '',
    proc,
    stop: () =>
      new Promise((r) => {
        stopping = true;
        if (proc.exitCode !== null) return r();
        proc.once('exit', () => r());
        proc.kill('SIGTERM');
        setTimeout(() => proc.kill('SIGKILL'), 15_000).unref();
      }),
  };
}

async function post(url: string, body: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': browser },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, sql: res.headers.get('x-sql-statements') };
}

let varied = 0;
/** Makes each request's document unique (a comment in front), so nothing can be remembered by hash. */
const vary = (body: string) =>
  body.startsWith('{"query":"') ? `{"query":"#${varied++}\\n${body.slice(10)}` : body;

function load(
  url: string,
  bodies: string[],
  path = '/graphql',
  conns = connections,
  headers: Record<string, string> = {},
  quiet = false,
  unique = false,
): Promise<autocannon.Result> {
  return new Promise((resolveRun, reject) => {
    autocannon(
      {
        url: `${url}${path}`,
        connections: conns,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': browser, ...headers },
        requests: bodies.map((body) =>
          unique
            ? {
                method: 'POST',
                setupRequest: (req: { body?: string }) => ({ ...req, body: vary(body) }),
              }
            : { method: 'POST', body },
        ) as autocannon.Request[],
      },
      (err, result) => {
        if (!err && !quiet && (result.errors || result.non2xx))
          console.warn(
            `  ${url}${path}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`,
            result.statusCodeStats,
          );
        return err ? reject(err) : resolveRun(result);
      },
    );
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---------- datasets ----------

async function prepare(driver: DatabaseConfig['driver'], size: number) {
  let scratch: ScratchDatabase | null = null;
  let dir: string | null = null;
  let database: DatabaseConfig;
  if (driver === 'postgresql') {
    scratch = await createScratchPostgres(
      testEnv.databaseUrl ?? defaultPostgresUrl,
      `bantin_bench_${size}`,
    );
    database = { driver, url: scratch.url };
  } else {
    dir = mkdtempSync(join(tmpdir(), 'bantin-bench-'));
    database = { driver, path: join(dir, 'bench.sqlite') };
  }
  const started = Date.now();
  const orm = await initOrm({ database, db });
  const em = orm.em.fork() as EntityManager;
  await seedPortal(em);
  await generateSynthetic(em, { articles: size });
  const knex = em.getKnex();
  // The page subjects: a mid-popularity article and the most-mentioned person.
  const [article] = await knex('article_view_day as d')
    .join('article as a', 'a.id', 'd.article_id')
    .select('a.slug')
    .sum('d.views as n')
    .groupBy('a.slug')
    .orderBy('n', 'desc')
    .offset(20)
    .limit(1);
  const [person] = await knex('article_people as l')
    .join('person as p', 'p.id', 'l.person_id')
    .select('p.slug')
    .count('* as n')
    .where('p.slug', 'like', `${SYNTHETIC_PREFIX}%`)
    .groupBy('p.slug')
    .orderBy('n', 'desc')
    .limit(1);
  const viewTargets: { id: number }[] = await knex('article')
    .select('id')
    .where('slug', 'like', `${SYNTHETIC_PREFIX}%`)
    .orderBy('id')
    .limit(10);
  if (driver === 'postgresql')
    await em.execute(readFileSync(join(peerDir, 'functions.sql'), 'utf8'));
  // Fresh statistics, as a database in service has: without them the planners guess.
  await em.execute(driver === 'postgresql' ? 'vacuum analyze' : 'analyze');
  const [{ v }] = (await em.execute(
    driver === 'postgresql' ? 'select version() as v' : 'select sqlite_version() as v',
  )) as { v: string }[];
  versions[driver] = driver === 'postgresql' ? String(v).split(' on ')[0] : `SQLite ${v}`;
  await orm.close(true);
  console.log(`dataset ${driver}:${size} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return {
    database,
    url: driver === 'postgresql' ? scratch!.url : `sqlite:${(database as { path: string }).path}`,
    articleSlug: String(article.slug),
    personSlug: String(person.slug),
    viewTargets: viewTargets.map((v) => Number(v.id)),
    drop: async () => {
      if (scratch) await scratch.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function todaysViews(database: DatabaseConfig): Promise<number> {
  const orm = await initOrm({ database, db });
  try {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(),
    );
    const [row] = await (orm.em as EntityManager)
      .getKnex()('article_view_day')
      .sum('views as n')
      .where('day', today);
    return Number(row?.n ?? 0);
  } finally {
    await orm.close(true);
  }
}

// ---------- the run ----------

async function walkCursors(
  url: string,
  body: (after: string | null) => string,
  pick: (json: any) => string | null,
): Promise<(string | null)[]> {
  const cursors: (string | null)[] = [null];
  for (let i = 0; i < 9; i++)
    cursors.push(pick(JSON.parse((await post(url, body(cursors[i]))).text)));
  return cursors;
}

async function runDataset(
  driver: DatabaseConfig['driver'],
  size: number,
  rows: Row[],
  notes: string[],
  searchRows: SearchRow[],
) {
  const dataset = `${driver} ${size.toLocaleString('en')}`;
  const ds = await prepare(driver, size);
  const servers: Server[] = [];
  try {
    // Bantin twice: with the response cache off (every request executed: "Bantin") and on
    // ("Bantin cached": after the warm-up, hits).
    const startBantin: StartBantin = async (
      name,
      responseCache,
      env = {},
      databaseUrl = ds.url,
    ) => {
      const port = nextPort++;
      const url = `http://127.0.0.1:${port}`;
      const server = await startServer(
        name,
        'dist/src/main.js',
        [],
        {
          ...env,
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          HOST: '127.0.0.1',
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          SQL_COUNT_HEADER: 'true',
          SEED_ON_EMPTY: 'false',
          VIEWS_REPEAT_WINDOW_MINUTES: '0',
          // All load comes from one address: the anonymous budgets would throttle it. Throughput is
          // measured here; the limits are measured by the flood benchmark.
          RATE_LIMIT_ANONYMOUS: '0',
          COST_LIMIT_ANONYMOUS: '100000',
          RESPONSE_CACHE: String(responseCache),
          EDITOR_WRITES_PER_MINUTE: '0',
        },
        async () => (await fetch(`${url}/readyz`)).ok,
      );
      servers.push(server);
      return { server, url };
    };
    const { server: bantin, url: bantinUrl } = await startBantin('Bantin', false);
    const { server: cached, url: cachedUrl } = await startBantin('Bantin cached', true);
    let peerUrl: string | null = null;
    let peer: Server | null = null;
    if (driver === 'postgresql') {
      const port = nextPort++;
      peerUrl = `http://127.0.0.1:${port}`;
      peer = await startServer(
        'PostGraphile',
        'server.js',
        [],
        { DATABASE_URL: ds.url, PORT: String(port) },
        async () => (await post(`${peerUrl}/graphql`, '{"query":"{ __typename }"}')).status === 200,
        peerDir,
      );
      servers.push(peer);
    }

    const partnerCursors = {
      bantin: await walkCursors(
        bantinUrl + '/graphql',
        (after) =>
          JSON.stringify({
            query:
              'query($a: String) { articles(first: 100, after: $a, orderBy: UPDATED_AT_ASC) { pageInfo { endCursor } } }',
            variables: { a: after },
          }),
        (j) => j.data.articles.pageInfo.endCursor,
      ),
      peer: peerUrl
        ? await walkCursors(
            peerUrl + '/graphql',
            (after) =>
              JSON.stringify({
                query:
                  'query($a: Cursor) { allArticles(first: 100, after: $a, orderBy: [UPDATED_AT_ASC, ID_ASC], condition: { status: "PUBLISHED" }) { pageInfo { endCursor } } }',
                variables: { a: after },
              }),
            (j) => j.data.allArticles.pageInfo.endCursor,
          )
        : [],
    };
    // ChangePull: a partner reading 10,000 changes of the feed, a thousand at a time.
    const changeCursors = {
      bantin: await walkCursors(
        bantinUrl + '/graphql',
        (after) =>
          JSON.stringify({
            query:
              'query($a: String) { changes(first: 1000, after: $a) { pageInfo { endCursor } } }',
            variables: { a: after },
          }),
        (j) => j.data.changes.pageInfo.endCursor,
      ),
      peer: peerUrl
        ? await walkCursors(
            peerUrl + '/graphql',
            (after) =>
              JSON.stringify({
                query:
                  'query($a: Cursor) { allArticleChanges(first: 1000, after: $a, orderBy: [AT_MS_ASC, ID_ASC]) { pageInfo { endCursor } } }',
                variables: { a: after },
              }),
            (j) => j.data.allArticleChanges.pageInfo.endCursor,
          )
        : [],
    };
    const ops: Operation[] = operations({
      articleSlug: ds.articleSlug,
      personSlug: ds.personSlug,
      partnerCursors,
      changeCursors,
    });

    // The limit answers every request body with the bytes Bantin gave it.
    const responses: Record<string, string> = {};
    const samples = new Map<string, { bytes: number; sql: number | null; same: string }>();
    for (const op of ops) {
      const bantinAnswers = await Promise.all(
        op.bantin.bodies.map((b) => post(`${bantinUrl}/graphql`, b)),
      );
      for (const [i, b] of op.bantin.bodies.entries())
        responses[createHash('sha1').update(b).digest('hex')] = bantinAnswers[i].text;
      const bytes = Math.round(
        bantinAnswers.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / bantinAnswers.length,
      );
      const sql = Math.round(
        bantinAnswers.reduce((n, a) => n + Number(a.sql), 0) / bantinAnswers.length,
      );
      const errors = bantinAnswers.filter((a) => a.status !== 200 || JSON.parse(a.text).errors);
      if (errors.length) throw new Error(`Bantin ${op.name}: ${errors[0].text.slice(0, 500)}`);
      samples.set(`${op.name}:Bantin`, { bytes, sql, same: '—' });
      // The cached gateway: fill, then its hit must say the same as the executed answer.
      for (const b of op.bantin.bodies) await post(`${cachedUrl}/graphql`, b);
      const hits = await Promise.all(op.bantin.bodies.map((b) => post(`${cachedUrl}/graphql`, b)));
      const sameAsExecuted = op.bantin.bodies.every((_, i) =>
        isDeepStrictEqual(
          op.bantin.normalise(JSON.parse(hits[i].text)),
          op.bantin.normalise(JSON.parse(bantinAnswers[i].text)),
        ),
      );
      samples.set(`${op.name}:Bantin cached`, {
        bytes,
        sql: Math.round(hits.reduce((n, a) => n + Number(a.sql), 0) / hits.length),
        same: sameAsExecuted ? 'yes' : 'NO',
      });
      if (peerUrl && op.peer) {
        const peerAnswers = await Promise.all(
          op.peer.bodies.map((b) => post(`${peerUrl}/graphql`, b)),
        );
        const peerErrors = peerAnswers.filter((a) => a.status !== 200 || JSON.parse(a.text).errors);
        if (peerErrors.length)
          throw new Error(`PostGraphile ${op.name}: ${peerErrors[0].text.slice(0, 500)}`);
        const same = op.bantin.bodies.every((_, i) =>
          isDeepStrictEqual(
            op.bantin.normalise(JSON.parse(bantinAnswers[i].text)),
            op.peer!.normalise(JSON.parse(peerAnswers[i].text)),
          ),
        );
        if (!same)
          notes.push(
            `${dataset} ${op.name}: PostGraphile's answer differs from Bantin's (normalised); its figures are not comparable.`,
          );
        const peerBytes = Math.round(
          peerAnswers.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / peerAnswers.length,
        );
        samples.set(`${op.name}:PostGraphile`, {
          bytes: peerBytes,
          sql: null,
          same: same ? 'yes' : 'NO',
        });
      }
      samples.set(`${op.name}:limit`, { bytes, sql: 0, same: 'yes (its bytes)' });
    }
    const responsesFile = join(mkdtempSync(join(tmpdir(), 'bantin-limit-')), 'responses.json');
    writeFileSync(responsesFile, JSON.stringify(responses));
    const limitPort = nextPort++;
    const limitUrl = `http://127.0.0.1:${limitPort}`;
    const limit = await startServer(
      'limit',
      'dist/bench/limit-server.js',
      [String(limitPort), responsesFile],
      {},
      async () => (await fetch(limitUrl, { method: 'POST', body: 'x' })).status === 404,
    );
    servers.push(limit);

    const variants = (op: Operation) => [
      { name: 'Bantin', url: bantinUrl, server: bantin, bodies: op.bantin.bodies },
      { name: 'Bantin cached', url: cachedUrl, server: cached, bodies: op.bantin.bodies },
      ...(peer && op.peer
        ? [{ name: 'PostGraphile', url: peerUrl!, server: peer, bodies: op.peer.bodies }]
        : []),
      { name: 'limit', url: limitUrl, server: limit, bodies: op.bantin.bodies },
    ];
    for (const op of ops) {
      const measures = new Map<string, Measure[]>();
      for (const v of variants(op)) await load(v.url, v.bodies).catch(() => undefined); // warm-up (JIT, pools, caches)
      for (let r = 0; r < rounds; r++) {
        for (const v of variants(op)) {
          const cpuBefore = procCpuMs(v.server.proc.pid!);
          const result = await load(v.url, v.bodies);
          const cpu = procCpuMs(v.server.proc.pid!) - cpuBefore;
          const ok = result.requests.total - result.non2xx - result.errors;
          measures.set(v.name, [
            ...(measures.get(v.name) ?? []),
            {
              rps: result.requests.average,
              p50: result.latency.p50,
              p99: result.latency.p99,
              cpuMsPerReq: ok > 0 ? cpu / ok : 0,
              ok,
              errors: result.non2xx + result.errors,
            },
          ]);
        }
      }
      for (const v of variants(op)) {
        const s = samples.get(`${op.name}:${v.name}`)!;
        rows.push({
          dataset,
          operation: op.name,
          variant: v.name,
          measures: measures.get(v.name)!,
          bytes: s.bytes,
          sql: s.sql,
          rssMb: procPeakRssMb(v.server.proc.pid!),
          same: s.same,
        });
      }
      console.log(
        `${dataset} ${op.name}: ${variants(op)
          .map(
            (v) => `${v.name} ${median(measures.get(v.name)!.map((m) => m.rps)).toFixed(0)} req/s`,
          )
          .join(', ')}`,
      );
    }

    if (driver === 'postgresql')
      scaleRows.push(
        ...(await scaleOut(
          dataset,
          ds.url,
          ops,
          { server: bantin, url: bantinUrl },
          startBantin,
          notes,
        )),
      );

    // ViewIngest: acknowledged views per second, and the stored sum checked against the acknowledgements.
    const ingestVariants = [
      {
        name: 'Bantin',
        url: bantinUrl,
        server: bantin,
        path: '/views',
        bodies: ds.viewTargets.map((id) =>
          JSON.stringify({ articleId: Buffer.from(`Article:${id}`).toString('base64url') }),
        ),
      },
      ...(peer
        ? [
            {
              name: 'PostGraphile',
              url: peerUrl!,
              server: peer,
              path: '/graphql',
              bodies: ds.viewTargets.map((id) =>
                JSON.stringify({
                  query: `mutation { recordView(input: { articleId: ${id} }) { boolean } }`,
                }),
              ),
            },
          ]
        : []),
    ];
    const ingestMeasures = new Map<string, Measure[]>();
    for (let r = 0; r < rounds; r++) {
      for (const v of ingestVariants) {
        const before = await todaysViews(ds.database);
        const cpuBefore = procCpuMs(v.server.proc.pid!);
        // Beacons come from many browsers at once: four times the connections.
        const result = await load(v.url, v.bodies, v.path, connections * 4);
        const cpu = procCpuMs(v.server.proc.pid!) - cpuBefore;
        const ok = result.requests.total - result.non2xx - result.errors;
        await new Promise((r) => setTimeout(r, 500)); // requests cut off by the end of the run still finish
        const stored = (await todaysViews(ds.database)) - before;
        // Requests still in flight when the run ends are stored but never acknowledged: stored >= acknowledged.
        if (stored < ok)
          notes.push(
            `${dataset} ViewIngest ${v.name} round ${r + 1}: ${ok} acknowledged but only ${stored} stored.`,
          );
        ingestMeasures.set(v.name, [
          ...(ingestMeasures.get(v.name) ?? []),
          {
            rps: ok / seconds,
            p50: result.latency.p50,
            p99: result.latency.p99,
            cpuMsPerReq: ok > 0 ? cpu / ok : 0,
            ok,
            errors: result.non2xx + result.errors,
          },
        ]);
      }
    }
    for (const v of ingestVariants) {
      const ms = ingestMeasures.get(v.name)!;
      rows.push({
        dataset,
        operation: 'ViewIngest',
        variant: v.name,
        measures: ms,
        bytes: 0,
        sql: null,
        rssMb: procPeakRssMb(v.server.proc.pid!),
        same: `${ms.reduce((n, m) => n + m.ok, 0)} acknowledged, all stored: ${notes.some((n) => n.startsWith(`${dataset} ViewIngest ${v.name}`)) ? 'NO' : 'yes'}`,
      });
    }
    searchRows.push(...(await searchComparison(dataset, ds.database, bantinUrl)));
    // Last, as it adds articles: editors' writes, each one transaction with its links, body,
    // search entry and revision.
    rows.push(await articleWrites(dataset, ds.database, bantinUrl, bantin));
    console.log(
      `${dataset} ViewIngest: ${ingestVariants.map((v) => `${v.name} ${median(ingestMeasures.get(v.name)!.map((m) => m.rps)).toFixed(0)} views/s`).join(', ')}`,
    );
  } finally {
    for (const s of servers.reverse()) await s.stop();
    await ds.drop();
  }
}

// ---------- writes ----------

/**
 * ArticleWrite: editors creating published articles (title, a three-paragraph body, two tags, a
 * person, a category), each its own transaction holding the article, links, blocks, search entry
 * and revision, so the new article is searchable the moment the answer says so.
 */
async function articleWrites(
  dataset: string,
  database: DatabaseConfig,
  url: string,
  server: Server,
): Promise<Row> {
  const orm = await initOrm({ database, db });
  const { key } = await createKey(orm.em.fork() as EntityManager, {
    name: 'bench writer',
    scopes: [KeyScope.EDITOR],
  });
  await orm.close(true);
  const query =
    'mutation($input: ArticleInput!) { createArticle(input: $input) { article { id version } } }';
  let n = 0;
  const body = () =>
    JSON.stringify({
      query,
      variables: {
        input: {
          title: `${SYNTHETIC_PREFIX} Bài ghi thử ${n++} ${process.hrtime.bigint()}`,
          lead: 'Bài viết sinh tự động cho phép đo tốc độ ghi.',
          body: '<p>Đoạn một về phòng, chống tội phạm mạng.</p><p>Đoạn hai với <a href="https://bocongan.gov.vn/">liên kết</a>.</p><p>Đoạn ba.</p>',
          category: 'tin-tuc',
          tags: ['toi-pham-mang', `Thẻ đo ${n % 50}`],
          people: ['nguyen-van-long'],
          status: 'PUBLISHED',
        },
      },
    });
  const measures: Measure[] = [];
  for (let r = 0; r < rounds; r++) {
    const cpuBefore = procCpuMs(server.proc.pid!);
    const result = await new Promise<autocannon.Result>((done, fail) =>
      autocannon(
        {
          url: `${url}/graphql`,
          connections: 8,
          duration: seconds,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          requests: [
            { method: 'POST', setupRequest: (req: object) => ({ ...req, body: body() }) },
          ] as autocannon.Request[],
        },
        (err, res) => (err ? fail(err) : done(res)),
      ),
    );
    const cpu = procCpuMs(server.proc.pid!) - cpuBefore;
    const ok = result.requests.total - result.non2xx - result.errors;
    measures.push({
      rps: ok / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      cpuMsPerReq: ok > 0 ? cpu / ok : 0,
      ok,
      errors: result.non2xx + result.errors,
    });
  }
  console.log(
    `${dataset} ArticleWrite: ${median(measures.map((m) => m.rps)).toFixed(0)} articles/s`,
  );
  const errors = measures.reduce((e, m) => e + m.errors, 0);
  return {
    dataset,
    operation: 'ArticleWrite',
    variant: 'Bantin',
    measures,
    bytes: 0,
    sql: null,
    rssMb: procPeakRssMb(server.proc.pid!),
    same: `${measures.reduce((t, m) => t + m.ok, 0)} created, ${errors} failed`,
  };
}

// ---------- protection: normal traffic under a flood of hostile queries ----------

type FloodRow = {
  scenario: string;
  operation: string;
  baseline: Measure[];
  flooded: Measure[];
  floodRps: number[];
  floodStatuses: Record<string, number>;
};
type MemoryRow = {
  seconds: number;
  heapCapMb: number;
  requests: number;
  failed: number;
  survived: boolean;
  peakRssMb: number;
};

const MEMORY_FLOOD_SECONDS = 60;
const HEAP_CAP_MB = 150;

/**
 * Valid queries that are all different, half of them registered as automatic persisted queries,
 * from one address without budgets, for a minute, against a gateway whose heap is capped: every
 * cache a document fills (parsed documents, APQ, answers) must stay bounded, or it dies.
 */
async function memoryFlood(url: string, server: Server): Promise<MemoryRow> {
  let n = 0;
  const result = await new Promise<autocannon.Result>((done, fail) =>
    autocannon(
      {
        url: `${url}/graphql`,
        connections: 32,
        duration: MEMORY_FLOOD_SECONDS,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': browser },
        requests: [
          {
            setupRequest: (req: object) => {
              const query = `query Q${n++} { latest(first: 3) { title v${n}: slug } categories { name } }`;
              const sha256Hash = createHash('sha256').update(query).digest('hex');
              const body =
                n % 2
                  ? { query }
                  : { query, extensions: { persistedQuery: { version: 1, sha256Hash } } };
              return { ...req, body: JSON.stringify(body) };
            },
          },
        ] as autocannon.Request[],
      },
      (err, r) => (err ? fail(err) : done(r)),
    ),
  );
  const survived = server.proc.exitCode === null && server.proc.signalCode === null;
  return {
    seconds: MEMORY_FLOOD_SECONDS,
    heapCapMb: HEAP_CAP_MB,
    requests: result.requests.total,
    failed: result.non2xx + result.errors,
    survived,
    peakRssMb: survived ? procPeakRssMb(server.proc.pid!) : 0,
  };
}

const hostileBodies = [
  // An alias bomb, deep nesting, a query over the cost limit, circular fragments, a batch.
  JSON.stringify({
    query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: articles(first: 100) { totalCount }`).join(' ')} }`,
  }),
  JSON.stringify({
    query: `{ person(slug: "x") { ${'positions { organisation { '.repeat(20)}name${' } }'.repeat(20)} } }`,
  }),
  JSON.stringify({
    query:
      '{ articles(first: 100) { nodes { people { articles(first: 100) { nodes { tags { name } people { name } } } } } } }',
  }),
  JSON.stringify({
    query: '{ ...A } fragment A on Query { categories { name } ...B } fragment B on Query { ...A }',
  }),
  JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ categories { name } }' }))),
];

/**
 * A partner's HomePage traffic, alone and then while one address floods the gateway with hostile
 * queries: p99 side by side per round. Twice: with the default budgets (the flood runs out of
 * budget and is refused before parsing), and without budgets (every hostile query is parsed,
 * validated and refused, as it would be from many addresses).
 */
async function runFlood(): Promise<FloodRow[]> {
  const ds = await prepare('sqlite', 1000);
  const out: FloodRow[] = [];
  try {
    const orm = await initOrm({ database: ds.database, db });
    const { key } = await createKey(orm.em.fork() as EntityManager, {
      name: '[bench] partner',
      scopes: [KeyScope.PARTNER],
    });
    await orm.close(true);
    // Normal traffic: the home page (CPU-heavy, ~20 ms a request) and a light list, where any
    // delay the flood causes shows plainly.
    const normalOps = [
      { name: 'HomePage', bodies: [JSON.stringify({ query: homePage.bantin })] },
      {
        name: 'Latest10',
        bodies: [
          JSON.stringify({
            query: '{ latest(first: 10) { title url publishedAt category { name } } }',
          }),
        ],
      },
    ];
    const partner = { authorization: `Bearer ${key}` };
    const scenarios: { name: string; env: Record<string, string>; unique?: boolean }[] = [
      { name: 'one address, default budgets', env: {} },
      { name: 'no budgets (as from many addresses)', env: { RATE_LIMIT_ANONYMOUS: '0' } },
      {
        name: 'no budgets, every document different',
        env: { RATE_LIMIT_ANONYMOUS: '0' },
        unique: true,
      },
    ];
    for (const scenario of scenarios) {
      const port = nextPort++;
      const url = `http://127.0.0.1:${port}`;
      const server = await startServer(
        'Bantin',
        'dist/src/main.js',
        [],
        {
          DATABASE_URL: ds.url,
          PORT: String(port),
          HOST: '127.0.0.1',
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          SEED_ON_EMPTY: 'false',
          // The normal traffic stands for a first-party frontend: its key is not what is measured.
          RATE_LIMIT_PARTNER: '0',
          ...scenario.env,
        },
        async () => (await fetch(`${url}/readyz`)).ok,
      );
      try {
        for (const op of normalOps) {
          const normal = op.bodies;
          const row: FloodRow = {
            scenario: scenario.name,
            operation: op.name,
            baseline: [],
            flooded: [],
            floodRps: [],
            floodStatuses: {},
          };
          const measure = (r: autocannon.Result): Measure => ({
            rps: r.requests.average,
            p50: r.latency.p50,
            p99: r.latency.p99,
            cpuMsPerReq: 0,
            ok: r.requests.total - r.non2xx - r.errors,
            errors: r.non2xx + r.errors,
          });
          await load(url, normal, '/graphql', 8, partner); // warm-up
          for (let r = 0; r < rounds; r++) {
            row.baseline.push(measure(await load(url, normal, '/graphql', 8, partner)));
            const [normalRun, floodRun] = await Promise.all([
              load(url, normal, '/graphql', 8, partner),
              load(url, hostileBodies, '/graphql', 32, {}, true, scenario.unique),
            ]);
            row.flooded.push(measure(normalRun));
            row.floodRps.push(floodRun.requests.average);
            for (const [code, { count }] of Object.entries(floodRun.statusCodeStats ?? {}))
              row.floodStatuses[code] = (row.floodStatuses[code] ?? 0) + (count ?? 0);
            if (normalRun.non2xx || normalRun.errors)
              throw new Error(
                `flood (${scenario.name}): the partner's own requests failed: ${JSON.stringify(normalRun.statusCodeStats)}`,
              );
          }
          out.push(row);
          console.log(
            `flood, ${scenario.name}: ${op.name} p99 ${median(row.baseline.map((m) => m.p99))} ms alone, ${median(row.flooded.map((m) => m.p99))} ms under flood`,
          );
        }
      } finally {
        await server.stop();
      }
    }
    const port = nextPort++;
    const url = `http://127.0.0.1:${port}`;
    const server = await startServer(
      'Bantin (heap capped)',
      'dist/src/main.js',
      [],
      {
        DATABASE_URL: ds.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        SEED_ON_EMPTY: 'false',
        RATE_LIMIT_ANONYMOUS: '0',
        NODE_OPTIONS: `--max-old-space-size=${HEAP_CAP_MB}`,
      },
      async () => (await fetch(`${url}/readyz`)).ok,
    );
    try {
      memoryRows.push(await memoryFlood(url, server));
      const m = memoryRows.at(-1)!;
      console.log(
        `memory flood: ${m.requests} requests, ${m.failed} failed, heap capped at ${m.heapCapMb} MB, survived: ${m.survived}, peak RSS ${m.peakRssMb} MB`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await ds.drop();
  }
  return out;
}

// ---------- scale-out: WORKERS=2 against 1, a read replica against none ----------

type ScaleRow = {
  dataset: string;
  operation: string;
  variant: string;
  measures: Measure[];
  against: string;
  reads: string;
};
type StartBantin = (
  name: string,
  responseCache: boolean,
  env?: Record<string, string>,
  databaseUrl?: string,
) => Promise<{ server: Server; url: string }>;
const scaleRows: ScaleRow[] = [];

/** Copies a database into another cluster (pg_dump piped into psql). */
async function copyDatabase(binDir: string, from: string, to: string) {
  await new Promise<void>((ok, fail) => {
    const sh = spawn(
      'bash',
      [
        '-c',
        `set -o pipefail; "${binDir}/pg_dump" --no-owner --no-privileges "${from}" | "${binDir}/psql" -q -v ON_ERROR_STOP=1 "${to}" > /dev/null`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    sh.stderr!.on('data', (c) => (err += c));
    sh.on('exit', (code) =>
      code === 0 ? ok() : fail(new Error(`copying the dataset failed: ${err.slice(-2000)}`)),
    );
  });
}

/** Executed requests by the database they read from, from the gateway's /metrics. */
async function readsByDatabase(url: string): Promise<string> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const counts = [
    ...text.matchAll(/^bantin_read_requests_total\{database="([^"]+)"\} (\d+)/gm),
  ].map((m) => ({ database: m[1], n: Number(m[2]) }));
  const total = counts.reduce((t, c) => t + c.n, 0);
  return counts
    .map(
      (c) =>
        `${c.database === 'primary' ? 'primary' : 'replica'} ${((100 * c.n) / total).toFixed(1)} %`,
    )
    .join(', ');
}

/**
 * HomePage and ArticlePage executed (response cache off), side by side in one run: WORKERS=2
 * against WORKERS=1 on the dataset's database, and on a private primary (a copy of it) with and
 * without its pg_basebackup standby as a replica. CPU is summed over each gateway's processes.
 */
async function scaleOut(
  dataset: string,
  datasetUrl: string,
  ops: Operation[],
  one: { server: Server; url: string },
  startBantin: StartBantin,
  notes: string[],
): Promise<ScaleRow[]> {
  const pages = ops.filter((o) => o.name === 'HomePage' || o.name === 'ArticlePage');
  const variants: { name: string; against: string; server: Server; url: string }[] = [
    { name: 'WORKERS=1', against: '', ...one },
  ];
  variants.push({
    name: 'WORKERS=2',
    against: 'WORKERS=1',
    ...(await startBantin('Bantin WORKERS=2', false, { WORKERS: '2' })),
  });
  const binDir = postgresBinDir();
  const clusters: PrivatePostgres[] = [];
  const started: Server[] = [];
  try {
    if (binDir) {
      const primary = await startPrivatePostgres(binDir, { fsync: true });
      clusters.push(primary);
      const standby = await startPrivatePostgres(binDir, { standbyOf: primary, fsync: true });
      clusters.push(standby);
      const copying = Date.now();
      await copyDatabase(binDir, datasetUrl, primary.url);
      const sql = async (url: string, text: string) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return (await client.query(text)).rows;
        } finally {
          await client.end();
        }
      };
      await sql(primary.url, 'vacuum analyze');
      const [{ lsn }] = await sql(primary.url, 'select pg_current_wal_lsn()::text as lsn');
      for (
        let i = 0;
        i < 600 &&
        (await sql(standby.url, `select pg_last_wal_replay_lsn() < '${lsn}'::pg_lsn as behind`))[0]
          .behind;
        i++
      )
        await new Promise((r) => setTimeout(r, 100));
      console.log(
        `${dataset}: copied to a private primary with a standby in ${((Date.now() - copying) / 1000).toFixed(1)} s`,
      );
      const alone = await startBantin('Bantin, private primary', false, {}, primary.url);
      const replicated = await startBantin(
        'Bantin + replica',
        false,
        { DATABASE_REPLICA_URLS: standby.url },
        primary.url,
      );
      started.push(alone.server, replicated.server);
      variants.push(
        { name: 'private primary', against: '', ...alone },
        { name: 'private primary + its replica', against: 'private primary', ...replicated },
      );
    } else {
      notes.push(`${dataset}: no pg_basebackup (apt-get install postgresql), so no replica rows.`);
    }
    const out: ScaleRow[] = [];
    for (const op of pages) {
      const measures = new Map<string, Measure[]>();
      for (const v of variants) await load(v.url, op.bantin.bodies).catch(() => undefined); // warm-up
      for (let r = 0; r < rounds; r++) {
        for (const v of variants) {
          const cpuBefore = procCpuMs(v.server.proc.pid!);
          const result = await load(v.url, op.bantin.bodies);
          const cpu = procCpuMs(v.server.proc.pid!) - cpuBefore;
          const ok = result.requests.total - result.non2xx - result.errors;
          measures.set(v.name, [
            ...(measures.get(v.name) ?? []),
            {
              rps: result.requests.average,
              p50: result.latency.p50,
              p99: result.latency.p99,
              cpuMsPerReq: ok > 0 ? cpu / ok : 0,
              ok,
              errors: result.non2xx + result.errors,
            },
          ]);
        }
      }
      for (const v of variants) {
        out.push({
          dataset,
          operation: op.name,
          variant: v.name,
          measures: measures.get(v.name)!,
          against: v.against,
          reads: v.name.includes('replica') ? await readsByDatabase(v.url) : '',
        });
      }
      console.log(
        `${dataset} ${op.name} scale-out: ${variants.map((v) => `${v.name} ${median(measures.get(v.name)!.map((m) => m.rps)).toFixed(0)} req/s`).join(', ')}`,
      );
    }
    return out;
  } finally {
    for (const s of started) await s.stop();
    for (const c of clusters.reverse()) await c.destroy();
  }
}

// ---------- search: the index against a naive LIKE scan ----------

/**
 * `firstPassMax`: the slowest query of the first pass over the list, the warm-up (the other rows
 * warm up too, untimed). It follows the load tests and, on PostgreSQL, the scale-out copy, and
 * reads the search tables' pages into memory. p50 and p99 are over the passes after it.
 */
type SearchRow = {
  dataset: string;
  variant: string;
  p50: number;
  p99: number;
  firstPassMax: number;
  queries: number;
  hits: number;
  mrr: number | null;
};

/** Relevance-set searches that failed over HTTP (reported in the notes). */
const searchFailures: string[] = [];

async function searchComparison(
  dataset: string,
  database: DatabaseConfig,
  bantinUrl: string,
): Promise<SearchRow[]> {
  const timing = await new Promise<{ indexed: SearchTiming; like: SearchTiming }>((ok, fail) => {
    const child = spawn(
      process.execPath,
      [join(root, 'dist/bench/search-timing.js'), JSON.stringify(database), String(seconds)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout!.on('data', (c) => (out += String(c)));
    child.once('exit', (code) =>
      code === 0 ? ok(JSON.parse(out)) : fail(new Error(`search timing exited with ${code}`)),
    );
  });
  const { indexed, like } = timing;
  for (const [label, t] of [
    ['index', indexed],
    ['LIKE', like],
  ] as const) {
    console.log(
      `${dataset} search, ${label}: first pass's slowest ${t.firstPassMax.toFixed(0)} ms; then ${t.queries} queries, slowest: ${t.slowest}`,
    );
  }
  let reciprocal = 0;
  for (const [q, expected] of relevanceSet) {
    const res = await post(
      `${bantinUrl}/graphql`,
      JSON.stringify({
        query: `query($q: String!) { search(query: $q, first: 10) { nodes { ... on Article { label: title } ... on Person { label: name } ... on Organisation { label: name } ... on Event { label: name } } } }`,
        variables: { q },
      }),
    );
    const answer = JSON.parse(res.text);
    if (!answer.data?.search) {
      // Counted as not found, and said: a failed search is a finding, not a reason to stop the run.
      searchFailures.push(
        `${dataset} search "${q}": HTTP ${res.status} ${answer.errors?.[0]?.extensions?.code ?? ''} ${String(answer.errors?.[0]?.message ?? '').slice(0, 120)}`,
      );
      continue;
    }
    const labels = (answer.data.search.nodes as { label: string }[]).map((n) => n.label);
    const at = labels.indexOf(expected);
    reciprocal += at >= 0 ? 1 / (at + 1) : 0;
  }
  const mrr = reciprocal / relevanceSet.length;
  console.log(
    `${dataset} search: index p99 ${indexed.p99.toFixed(1)} ms (first pass's slowest: ${indexed.firstPassMax.toFixed(1)} ms), LIKE p99 ${like.p99.toFixed(1)} ms, MRR ${mrr.toFixed(3)}`,
  );
  const row = ({ p50, p99, firstPassMax, queries, hits }: SearchTiming) => ({
    p50,
    p99,
    firstPassMax,
    queries,
    hits,
  });
  return [
    { dataset, variant: 'Bantin (index + ranking + highlights)', ...row(indexed), mrr },
    { dataset, variant: 'naive LIKE scan', ...row(like), mrr: null },
  ];
}

// ---------- report ----------

function report(
  rows: Row[],
  notes: string[],
  started: Date,
  searchRows: SearchRow[],
  floodRows: FloodRow[],
) {
  const fmt = (n: number, d = 0) =>
    n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
  const lines: string[] = [];
  lines.push('# Benchmarks', '');
  lines.push(
    `Measured ${started.toISOString()} with \`npm run bench -- ${process.argv.slice(2).join(' ')}\`.`,
    '',
  );
  lines.push(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}); Node ${process.version}; ${Object.values(versions).join('; ')}.`,
  );
  lines.push(
    `Load: autocannon, ${connections} connections, ${seconds} s per run, ${rounds} rounds interleaved (Bantin, PostGraphile, limit, then again) after a warm-up; medians shown. Servers and load generator are separate processes on loopback.`,
    '',
  );
  lines.push(
    'Datasets: the portal seed plus labelled synthetic articles (`npm run seed:synthetic`) with 30 days of Zipf-distributed views.',
  );
  lines.push(
    'How the suite works and what these figures say: [bench/README.md](bench/README.md).',
    '',
  );
  lines.push(
    '| dataset | operation | variant | req/s | p50 ms | p99 ms | SQL/req | bytes | CPU ms/req | peak RSS MB | same data | Bantin ÷ variant (req/s, per round) |',
  );
  lines.push('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const r of rows) {
    const bantin = rows.find(
      (x) => x.dataset === r.dataset && x.operation === r.operation && x.variant === 'Bantin',
    )!;
    const ratios =
      r.variant === 'Bantin'
        ? ''
        : r.measures.map((m, i) => fmt(bantin.measures[i].rps / m.rps, 2)).join(' / ');
    const unit =
      r.operation === 'ViewIngest'
        ? ' views/s'
        : r.operation === 'ArticleWrite'
          ? ' articles/s'
          : '';
    lines.push(
      `| ${r.dataset} | ${r.operation} | ${r.variant} | ${fmt(median(r.measures.map((m) => m.rps)))}${unit} | ${fmt(median(r.measures.map((m) => m.p50)), 1)} | ${fmt(median(r.measures.map((m) => m.p99)), 1)} | ${r.sql ?? '—'} | ${r.bytes ? fmt(r.bytes) : '—'} | ${fmt(median(r.measures.map((m) => m.cpuMsPerReq)), 2)} | ${r.rssMb} | ${r.same} | ${ratios} |`,
    );
  }
  lines.push('', '## Ratios (medians)', '');
  for (const r of rows.filter((x) => x.variant === 'Bantin')) {
    const others = rows.filter(
      (x) => x.dataset === r.dataset && x.operation === r.operation && x.variant !== 'Bantin',
    );
    const b = median(r.measures.map((m) => m.rps));
    if (others.length === 0) continue;
    const rps = (variant: string) =>
      median(
        rows
          .find(
            (x) => x.dataset === r.dataset && x.operation === r.operation && x.variant === variant,
          )
          ?.measures.map((m) => m.rps) ?? [NaN],
      );
    const cachedVsLimit = others.some((o) => o.variant === 'Bantin cached')
      ? `; Bantin cached ÷ limit = ${fmt(rps('Bantin cached') / rps('limit'), 2)}`
      : '';
    lines.push(
      `- ${r.dataset}, ${r.operation}: ${others.map((o) => `Bantin ÷ ${o.variant} = ${fmt(b / median(o.measures.map((m) => m.rps)), 2)}`).join('; ')}${cachedVsLimit}`,
    );
  }
  if (scaleRows.length) {
    lines.push('', '## Scale-out: every core, and a read replica', '');
    lines.push(
      "HomePage and ArticlePage executed (response cache off), interleaved in the same rounds. `WORKERS=2` against `WORKERS=1` on the dataset's database; then a private PostgreSQL cluster holding a copy of it, alone and with a `pg_basebackup` standby as `DATABASE_REPLICA_URLS`. Everything (load generator, gateways, PostgreSQL and the standby) shares this machine's cores. CPU is summed over a gateway's processes.",
      '',
    );
    lines.push(
      '| dataset | operation | variant | req/s | p50 ms | p99 ms | CPU ms/req | reads went to | ÷ baseline (req/s, per round) |',
      '| --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
    );
    for (const r of scaleRows) {
      const base = scaleRows.find(
        (x) => x.dataset === r.dataset && x.operation === r.operation && x.variant === r.against,
      );
      const ratios = base
        ? `${r.measures.map((m, i) => fmt(m.rps / base.measures[i].rps, 2)).join(' / ')} (÷ ${base.variant})`
        : '';
      lines.push(
        `| ${r.dataset} | ${r.operation} | ${r.variant} | ${fmt(median(r.measures.map((m) => m.rps)))} | ${fmt(median(r.measures.map((m) => m.p50)), 1)} | ${fmt(median(r.measures.map((m) => m.p99)), 1)} | ${fmt(median(r.measures.map((m) => m.cpuMsPerReq)), 2)} | ${r.reads || '—'} | ${ratios} |`,
      );
    }
  }
  lines.push('', '## Search: the index against a naive LIKE scan', '');
  lines.push(
    `Sequential queries, in a process of their own (not the bench's, whose heap holds every load test before them), against the dataset's database (the relevance-set queries and five common ones): one pass over the list to warm up, then for ${seconds} s and at least ${SEARCH_PASSES} passes, timed; MRR over the ${relevanceSet.length}-query relevance set through HTTP.`,
    '',
  );
  lines.push(
    '"first pass, slowest": the warm-up pass, which follows the load tests and, on PostgreSQL, the scale-out copy, and reads the search tables into memory. p50 and p99 are over the timed passes after it.',
    '',
  );
  lines.push(
    '| dataset | variant | p50 ms | p99 ms | queries timed | first pass, slowest ms | hits per query | MRR | p99 LIKE ÷ index |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of searchRows) {
    const like = searchRows.find((x) => x.dataset === r.dataset && x.mrr === null)!;
    lines.push(
      `| ${r.dataset} | ${r.variant} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${r.queries} | ${fmt(r.firstPassMax, 1)} | ${r.hits} | ${r.mrr === null ? '—' : fmt(r.mrr, 3)} | ${r.mrr === null ? '' : fmt(like.p99 / r.p99, 1)} |`,
    );
  }
  if (floodRows.length) {
    lines.push('', '## Protection: normal traffic under a flood of hostile queries', '');
    lines.push(
      `SQLite 1,000. A first-party frontend's requests (8 connections, with its key) for ${seconds} s alone, then for ${seconds} s while one address sends alias bombs, 20-deep nesting, over-cost queries, circular fragments and 50-operation batches on 32 connections; ${rounds} rounds. Target: p99 under flood within 2× of p99 alone.`,
      '',
    );
    lines.push(
      '| scenario | operation | p99 alone (ms) | p99 under flood (ms) | under flood ÷ alone (per round) | req/s alone / under flood | flood req/s | how the flood was answered |',
    );
    lines.push('| --- | --- | ---: | ---: | --- | --- | ---: | --- |');
    for (const f of floodRows) {
      const perRound = f.flooded.map((m, i) => fmt(m.p99 / f.baseline[i].p99, 2)).join(' / ');
      const statuses = Object.entries(f.floodStatuses)
        .map(([code, n]) => `${code}: ${fmt(n)}`)
        .join(', ');
      lines.push(
        `| ${f.scenario} | ${f.operation} | ${fmt(median(f.baseline.map((m) => m.p99)), 1)} | ${fmt(median(f.flooded.map((m) => m.p99)), 1)} | ${perRound} | ${fmt(median(f.baseline.map((m) => m.rps)))} / ${fmt(median(f.flooded.map((m) => m.rps)))} | ${fmt(median(f.floodRps))} | ${statuses} |`,
      );
    }
    for (const m of memoryRows) {
      lines.push('', '### Memory: documents that are all different', '');
      lines.push(
        `${m.seconds} s of valid queries that are all different (half registered as automatic persisted queries), 32 connections from one address without budgets, against a gateway started with \`--max-old-space-size=${m.heapCapMb}\`: every cache a document fills (parsed documents, persisted queries, answers) must stay bounded, or the process dies.`,
        '',
      );
      lines.push(
        '| requests | failed | heap cap (MB) | still serving at the end | peak RSS (MB) |',
        '| ---: | ---: | ---: | --- | ---: |',
      );
      lines.push(
        `| ${fmt(m.requests)} | ${fmt(m.failed)} | ${m.heapCapMb} | ${m.survived ? 'yes' : 'no'} | ${m.survived ? m.peakRssMb : '—'} |`,
      );
    }
  }
  const allNotes = [...notes, ...searchFailures];
  if (allNotes.length)
    lines.push('', '## Notes from the run', '', ...allNotes.map((n) => `- ${n}`));
  return lines.join('\n') + '\n';
}

const started = new Date();
if (!existsSync(join(peerDir, 'node_modules'))) {
  console.log('installing the PostGraphile peer (bench/peers/postgraphile)');
  await new Promise<void>((ok, fail) =>
    spawn('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peerDir, stdio: 'inherit' }).on(
      'exit',
      (c) => (c === 0 ? ok() : fail(new Error('npm ci failed'))),
    ),
  );
}
const rows: Row[] = [];
const notes: string[] = [];
const searchRows: SearchRow[] = [];
for (const spec of String(args.datasets).split(',').filter(Boolean)) {
  const [driver, size] = spec.split(':') as [DatabaseConfig['driver'], string];
  await runDataset(driver, Number(size), rows, notes, searchRows);
}
const memoryRows: MemoryRow[] = [];
const floodRows = args.flood !== 'no' ? await runFlood() : [];
const markdown = report(rows, notes, started, searchRows, floodRows);
writeFileSync(resolve(root, String(args.out)), markdown);
console.log(`\n${markdown}`);

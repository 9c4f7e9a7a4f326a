// `npm run keys -- <create|list|revoke> ...`: API keys from the command line. The logic lives
// here (tested); keys-cli.ts only opens the database.
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/knex';
import { KeyScope } from './api-key.entity.js';
import { allScopes, createKey, listKeys, revokeKey } from './api-keys.js';

export const keysUsage = `usage:
  npm run keys -- create --name "<who holds it>" [--scope partner|editor ...] [--expires <ISO date>]
                         [--cost-limit <points per query>] [--per-minute <points, 0: no limit>]
  npm run keys -- list [--json]
  npm run keys -- revoke <prefix>

Scopes: partner (larger budgets for bulk pulls; the default), editor (drafts and scheduled
articles, by every path; the largest budgets). --cost-limit and --per-minute give the key
budgets of its own instead of its class's (a first-party frontend: --per-minute 0). The key is
shown once, at creation; only its hash is stored.`;

/** Runs one command; returns the process exit code (64: usage error, as in sysexits). */
export async function keysCommand(
  argv: string[],
  em: EntityManager,
  print: (line: string) => void,
): Promise<number> {
  const [command, ...rest] = argv;
  const fail = (message: string) => {
    print(`error: ${message}\n\n${keysUsage}`);
    return 64;
  };
  try {
    if (command === 'create') {
      const { values } = parseArgs({
        args: rest,
        options: {
          name: { type: 'string' },
          scope: { type: 'string', multiple: true },
          expires: { type: 'string' },
          'cost-limit': { type: 'string' },
          'per-minute': { type: 'string' },
        },
      });
      const name = values.name?.trim();
      if (!name || name.length > 200) return fail('--name is required (up to 200 characters)');
      const scopes = (values.scope ?? [KeyScope.PARTNER]) as KeyScope[];
      const unknown = scopes.filter((s) => !allScopes.includes(s));
      if (unknown.length)
        return fail(`unknown scope ${unknown.join(', ')}; scopes are ${allScopes.join(', ')}`);
      let expiresAt: Date | null = null;
      if (values.expires !== undefined) {
        expiresAt = new Date(values.expires);
        if (Number.isNaN(expiresAt.getTime()))
          return fail(
            `--expires ${values.expires} is not a date (try 2027-01-31 or 2027-01-31T17:00:00+07:00)`,
          );
        if (expiresAt <= new Date()) return fail('--expires is in the past');
      }
      const budget = (flag: 'cost-limit' | 'per-minute', min: number) => {
        const text = values[flag];
        if (text === undefined) return null;
        const n = Number(text);
        return Number.isInteger(n) && n >= min && n <= 100_000_000 ? n : undefined;
      };
      const costLimit = budget('cost-limit', 1);
      const perMinute = budget('per-minute', 0);
      if (costLimit === undefined)
        return fail('--cost-limit takes a whole number of points, at least 1');
      if (perMinute === undefined)
        return fail('--per-minute takes a whole number of points (0: no limit)');
      if (costLimit !== null && perMinute) {
        if (perMinute < costLimit)
          return fail(
            '--per-minute must be 0 or at least --cost-limit, or its largest query could never run',
          );
      }
      const { key, record } = await createKey(em, {
        name,
        scopes,
        expiresAt,
        costLimit,
        perMinute,
      });
      print(key);
      const budgets = [
        costLimit !== null ? `cost limit ${costLimit}` : '',
        perMinute !== null ? `budget ${perMinute || 'unlimited'} per minute` : '',
      ].filter(Boolean);
      print(
        `created key ${record.prefix} for "${record.name}", scopes: ${record.scopes}${expiresAt ? `, expires ${expiresAt.toISOString()}` : ''}${budgets.length ? `, ${budgets.join(', ')}` : ''}`,
      );
      print(
        'This is the only time the key is shown: hand it over now. Send it as `Authorization: Bearer <key>`.',
      );
      return 0;
    }
    if (command === 'list') {
      const { values } = parseArgs({
        args: rest,
        options: { json: { type: 'boolean', default: false } },
      });
      const keys = await listKeys(em);
      const rows = keys.map((k) => ({
        prefix: k.prefix,
        name: k.name,
        scopes: k.scopes,
        createdAt: k.createdAt.toISOString(),
        expiresAt: k.expiresAt?.toISOString() ?? null,
        revokedAt: k.revokedAt?.toISOString() ?? null,
        lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
        costLimit: k.costLimit ?? null,
        perMinute: k.perMinute ?? null,
      }));
      if (values.json) print(JSON.stringify(rows, null, 2));
      else if (rows.length === 0) print('no keys');
      else {
        for (const r of rows) {
          const state = r.revokedAt
            ? `revoked ${r.revokedAt}`
            : r.expiresAt && r.expiresAt <= new Date().toISOString()
              ? `expired ${r.expiresAt}`
              : 'active';
          print(
            `${r.prefix}  ${state.padEnd(34)} ${r.scopes.padEnd(15)} last used ${r.lastUsedAt ?? 'never'}  "${r.name}"`,
          );
        }
      }
      return 0;
    }
    if (command === 'revoke') {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true });
      if (positionals.length !== 1)
        return fail('revoke takes one key prefix (see `npm run keys -- list`)');
      const key = await revokeKey(em, positionals[0]);
      if (!key) {
        print(`error: no key with prefix ${positionals[0]}`);
        return 1;
      }
      print(
        `revoked key ${key.prefix} ("${key.name}") at ${key.revokedAt!.toISOString()}: refused from now on`,
      );
      return 0;
    }
    return fail(command ? `unknown command ${command}` : 'no command');
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      return fail((err as Error).message);
    throw err;
  }
}

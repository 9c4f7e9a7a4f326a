// Creating, listing, revoking and checking API keys. A key reads `bantin_<prefix>_<secret>`:
// the prefix finds the row, the secret is compared by its SHA-256 hash in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { LRUCache } from 'lru-cache';
import { entityOf } from '../../db/rows.js';
import { ApiKey, KeyScope } from './api-key.entity.js';

const keyPattern = /^bantin_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const allScopes = Object.values(KeyScope);

export function parseScopes(text: string): KeyScope[] {
  return text.split(/[\s,]+/).filter(Boolean) as KeyScope[];
}

export type NewKey = {
  name: string;
  scopes: KeyScope[];
  expiresAt?: Date | null;
  costLimit?: number | null;
  perMinute?: number | null;
};

/** Stores a new key and returns it in full: the only time the secret exists outside the caller's hands. */
export async function createKey(
  em: EntityManager,
  input: NewKey,
): Promise<{ key: string; record: ApiKey }> {
  // 12 base-36 characters: 62 bits, enough to find a row without collisions in practice.
  const prefix = Array.from(randomBytes(12), (b) => (b % 36).toString(36)).join('');
  const secret = randomBytes(32).toString('base64url');
  const record = em.create(ApiKey, {
    prefix,
    secretHash: sha256(secret),
    name: input.name,
    scopes: [...new Set(input.scopes)].sort().join(' '),
    createdAt: new Date(),
    expiresAt: input.expiresAt ?? null,
    costLimit: input.costLimit ?? null,
    perMinute: input.perMinute ?? null,
  });
  await em.flush();
  return { key: `bantin_${prefix}_${secret}`, record };
}

export function listKeys(em: EntityManager): Promise<ApiKey[]> {
  return em.find(ApiKey, {}, { orderBy: { id: 'asc' } });
}

/** Revokes by prefix; false when there is no such key. Revoking twice keeps the first time. */
export async function revokeKey(em: EntityManager, prefix: string): Promise<ApiKey | null> {
  const key = await em.findOne(ApiKey, { prefix });
  if (!key) return null;
  key.revokedAt ??= new Date();
  await em.flush();
  return key;
}

export type KeyCheck =
  | { ok: true; key: ApiKey; scopes: KeyScope[] }
  | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' | 'expired'; prefix?: string };

/**
 * Key rows by prefix, remembered for a short time (KEY_CACHE_MS) whether found or not: a flood of
 * wrong keys costs one lookup per distinct prefix, not one per attempt, and a known prefix and an
 * unknown one take the same path (memory, or one query), then the same hash comparison, so the
 * time of an answer does not tell which prefixes exist. A revocation or expiry made elsewhere
 * (the keys CLI) reaches a running gateway within that time.
 */
export class KeyDirectory {
  private readonly rows: LRUCache<string, { key: ApiKey | null }> | null;

  constructor(ttlMs: number, max = 10_000) {
    this.rows = ttlMs > 0 ? new LRUCache({ max, ttl: ttlMs }) : null;
  }

  async byPrefix(em: EntityManager, prefix: string): Promise<ApiKey | null> {
    const hit = this.rows?.get(prefix);
    if (hit) return hit.key;
    const key = await entityOf(
      em,
      ApiKey,
      em.getKnex()('api_key').select('*').where('prefix', prefix).limit(1),
    );
    this.rows?.set(prefix, { key });
    return key;
  }
}

/** Whether a presented key is one of ours and usable now. */
export async function checkKey(
  em: EntityManager,
  presented: string,
  now = new Date(),
  directory = new KeyDirectory(0),
): Promise<KeyCheck> {
  const match = keyPattern.exec(presented);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, prefix, secret] = match;
  const key = await directory.byPrefix(em, prefix);
  const given = Buffer.from(sha256(secret), 'hex');
  // Compare even when the prefix is unknown, so timing tells nothing about which prefixes exist.
  const stored = Buffer.from(key?.secretHash ?? '0'.repeat(64), 'hex');
  const matches = timingSafeEqual(given, stored);
  if (!key || !matches) return { ok: false, reason: 'unknown', prefix };
  if (key.revokedAt) return { ok: false, reason: 'revoked', prefix };
  if (key.expiresAt && key.expiresAt <= now) return { ok: false, reason: 'expired', prefix };
  return { ok: true, key, scopes: parseScopes(key.scopes) };
}

import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** What a key may do beyond reading public content. */
export enum KeyScope {
  /** Partner agencies: larger cost budgets for bulk pulls. */
  PARTNER = 'partner',
  /** Newsroom tools: drafts and scheduled articles, by every path; the largest budgets. */
  EDITOR = 'editor',
}

/**
 * An API key. The key itself is shown once, when created (`npm run keys -- create`); only a
 * SHA-256 hash of its secret part is stored, found by its public prefix.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** The public part of the key (`bantin_<prefix>_<secret>`), to find it and to name it in logs. */
  @Property({ type: 'string', length: 32, unique: true })
  prefix!: string;

  /** SHA-256 of the secret part, hex. Keys are random (256 bits), so a slow hash adds nothing. */
  @Property({ type: 'string', length: 64 })
  secretHash!: string;

  /** Who holds it: "TTXVN partner feed", "CMS preview". */
  @Property({ type: 'text' })
  name!: string;

  /** Space-separated scopes (KeyScope values). */
  @Property({ type: 'text', default: '' })
  scopes: string = '';

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  /** Updated at most once a minute per key and process, not on every request. */
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  /** Most points one query may cost with this key; empty: its class's default. */
  @Property({ type: 'integer', nullable: true })
  costLimit?: number | null;

  /** Budget in points per minute; empty: its class's default; 0: no limit (a first-party frontend, say). */
  @Property({ type: 'integer', nullable: true })
  perMinute?: number | null;
}

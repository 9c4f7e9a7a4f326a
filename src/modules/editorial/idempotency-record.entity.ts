import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A write sent with an `Idempotency-Key` header. The row is inserted in the write's own
 * transaction (so a committed write always has it), and the answer is added once it is sent, to
 * be replayed byte for byte to a retry. Kept for IDEMPOTENCY_TTL_HOURS (at least 24).
 */
@Entity({ tableName: 'idempotency_record' })
@Unique({ properties: ['keyId', 'idempotencyKey'] })
export class IdempotencyRecord {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'integer' })
  keyId!: number;

  @Property({ type: 'string', length: 255 })
  idempotencyKey!: string;

  /** SHA-256 of the request (operation name, document, variables): a reused key with another body is refused. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Index()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'integer', nullable: true })
  status?: number | null;

  /** The answer as sent (JSON text); null until it is. */
  @Property({ type: 'text', nullable: true })
  response?: string | null;
}

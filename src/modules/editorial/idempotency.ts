// `Idempotency-Key` on a write: a retry of the same request (same key, same body) gets the first
// answer again, and the write happens once. The record is inserted in the write's transaction
// (editorial.service.ts), so a committed write always has it; the answer is added just before it
// is sent, and replayed byte for byte from then on.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/knex';
import type { RequestHandler } from 'express';
import type { Orm } from '../../db/orm.js';
import type { Context } from '../../graphql/context.js';
import type { Caller } from '../access/caller.js';
import { IdempotencyRecord } from './idempotency-record.entity.js';

export type IdempotentRequest = {
  keyId: number;
  key: string;
  requestHash: string;
  recorded: boolean;
};

/** RFC-style keys: 1..255 visible ASCII characters (a UUID, typically). */
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

const refuse = (
  res: Parameters<RequestHandler>[1],
  status: number,
  code: string,
  message: string,
  retryAfter?: number,
) => {
  if (retryAfter) res.setHeader('retry-after', String(retryAfter));
  res
    .status(status)
    .set('cache-control', 'no-store')
    .json({ errors: [{ message, extensions: { code } }] });
};

/** Replays a finished request, refuses a reused key; otherwise marks the request for recording. */
export function idempotencyMiddleware(orm: Orm, ttlHours: number): RequestHandler {
  const sweep = idempotencySweeper(orm, ttlHours);
  return async (req, res, next) => {
    const key = req.headers['idempotency-key'];
    if (key === undefined || req.method !== 'POST') return next();
    sweep();
    const caller = res.locals.caller as Caller;
    if (typeof key !== 'string' || !KEY_SHAPE.test(key)) {
      return refuse(
        res,
        400,
        'BAD_REQUEST',
        'Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID, say).',
      );
    }
    if (caller.kind !== 'key') {
      return refuse(
        res,
        401,
        'UNAUTHENTICATED',
        'Idempotency-Key is for writes, which need an API key with the editor scope.',
      );
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const requestHash = createHash('sha256')
      .update(
        JSON.stringify([
          body.operationName ?? null,
          body.query ?? null,
          body.variables ?? null,
          body.extensions ?? null,
        ]),
      )
      .digest('hex');
    try {
      const em = orm.em.fork() as EntityManager;
      const found = await em.findOne(IdempotencyRecord, {
        keyId: caller.keyId,
        idempotencyKey: key,
      });
      if (found && found.requestHash !== requestHash) {
        return refuse(
          res,
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used for a different request. Use a new key for each distinct write.',
        );
      }
      if (found && found.response == null) {
        return refuse(
          res,
          409,
          'IDEMPOTENCY_IN_PROGRESS',
          'A request with this Idempotency-Key is being processed. Retry in a moment for its answer.',
          1,
        );
      }
      if (found) {
        res
          .status(found.status ?? 200)
          .set('idempotent-replayed', 'true')
          .set('cache-control', 'no-store')
          .type('application/json')
          .send(found.response);
        return;
      }
    } catch (err) {
      return next(err);
    }
    res.locals.idempotency = {
      keyId: caller.keyId,
      key,
      requestHash,
      recorded: false,
    } satisfies IdempotentRequest;
    next();
  };
}

/** Inside a write's transaction: the record, once per request. */
export async function recordIdempotentWrite(em: EntityManager, ctx: Context): Promise<void> {
  const idem = ctx.idempotency;
  if (!idem || idem.recorded) return;
  em.create(IdempotencyRecord, {
    keyId: idem.keyId,
    idempotencyKey: idem.key,
    requestHash: idem.requestHash,
    createdAt: new Date(),
  });
  await em.flush();
}

/** Stores the answer of a request that wrote, before it is sent (a quick retry then finds it). */
export function idempotencyPlugin(orm: Orm): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const idem = contextValue.idempotency;
          if (!idem?.recorded || response.body.kind !== 'single') return;
          const em = orm.em.fork() as EntityManager;
          await em.nativeUpdate(
            IdempotencyRecord,
            { keyId: idem.keyId, idempotencyKey: idem.key },
            {
              status: response.http.status ?? 200,
              response: JSON.stringify(response.body.singleResult),
            },
          );
        },
      };
    },
  };
}

/** Records older than `hours` are deleted (at most once an hour, in the background). */
export function idempotencySweeper(orm: Orm, hours: number) {
  let last = 0;
  return () => {
    if (Date.now() - last < 3_600_000) return;
    last = Date.now();
    const em = orm.em.fork() as EntityManager;
    void em
      .nativeDelete(IdempotencyRecord, {
        createdAt: { $lt: new Date(Date.now() - hours * 3_600_000) },
      })
      .catch(() => undefined);
  };
}

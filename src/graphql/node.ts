// Global ids: opaque to callers, "Type:key" base64url-encoded underneath, so `node(id:)` can
// find any entity and a client never builds ids by hand.
import { Field, ID, InterfaceType } from 'type-graphql';
import { MAX_ROW_ID } from '../db/cursor.js';
import { badInput } from '../platform/errors.js';

export const nodeTypes = [
  'Article',
  'Person',
  'Organisation',
  'Event',
  'Place',
  'Category',
  'Tag',
] as const;
export type NodeTypeName = (typeof nodeTypes)[number];

export function toGlobalId(type: NodeTypeName, key: number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/**
 * The type and row key an id names. The key is null when the id is well formed but names a row
 * that cannot exist (0, negative, or beyond the id column's range): not found, as a deleted row
 * is, and never compared with a column (PostgreSQL would refuse the value).
 */
export function fromGlobalId(id: string): { type: NodeTypeName; key: number | null } {
  const fail = () =>
    badInput(`"${id.slice(0, 80)}" is not a valid id. Use an id returned by this API.`, {
      argument: 'id',
    });
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw fail();
  const [type, key, ...rest] = Buffer.from(id, 'base64url').toString('utf8').split(':');
  if (
    rest.length > 0 ||
    !nodeTypes.includes(type as NodeTypeName) ||
    !/^-?(0|[1-9]\d{0,19})$/.test(key ?? '')
  )
    throw fail();
  const n = Number(key);
  return { type: type as NodeTypeName, key: n >= 1 && n <= MAX_ROW_ID ? n : null };
}

@InterfaceType({ description: 'An object with a global id, fetchable with `node(id:)`.' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Opaque global id: pass it to `node(id:)`.' })
  readonly globalId!: string;
}

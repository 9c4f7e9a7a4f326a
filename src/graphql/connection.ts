// Relay cursor connections: `XConnection { edges { cursor node } nodes pageInfo totalCount }`.
import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (from `pageInfo.endCursor`).' })
  after?: string | null;
}

@ObjectType({ description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field({ description: 'More items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Items come before this page (true when `after` was given).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item: pass it as `after` for the next page. On the change feed never null: an empty page gives where to resume.' })
  endCursor!: string | null;
}

/** A sort position: the sort key's value as stored, and the id that breaks ties. */
export type CursorValue = [unknown, number];

/**
 * The largest row id: ids are `integer` columns (PostgreSQL's 32-bit `serial`). An id or a cursor
 * beyond it cannot name a row, and PostgreSQL refuses to compare a column with it.
 */
export const MAX_ROW_ID = 2_147_483_647;

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** The error for a cursor this list did not give out (or that does not fit its sort). */
export const notACursor = () =>
  badInput('`after` is not a cursor of this list. Pass `pageInfo.endCursor` from the previous page.', { argument: 'after' });

/** A sort value any list could have given out: null, a finite number, or a short text with no NUL. */
const isSortValue = (v: unknown) =>
  v === null || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 200 && !v.includes('\u0000'));

/**
 * A cursor, checked for what every list's cursor is (a sort value and a row id in range), so no
 * forged value reaches SQL; each list then checks the sort value's type for its own order.
 */
export function decodeCursor(cursor: string): CursorValue {
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw notACursor();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notACursor();
  }
  if (!Array.isArray(value) || value.length !== 2 || !isSortValue(value[0])) throw notACursor();
  const id = value[1];
  if (!Number.isSafeInteger(id) || id < 0 || id > MAX_ROW_ID) throw notACursor();
  return value as CursorValue;
}

export type Page<T> = {
  items: { node: T; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  count: () => Promise<number>;
  /** `endCursor` of an empty page, for lists a client resumes from (a feed): where to pull from next. */
  resumeCursor?: string;
};

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** Builds `<Name>Connection` and `<Name>Edge` types for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T> | object, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} and its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item; stable under inserts.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s.` })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: `The ${what}s of this page, each with its cursor.` })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for callers that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    pageInfo!: PageInfo;

    private countFn!: () => Promise<number>;

    @Field(() => Int, { description: `How many ${what}s the whole list holds (ignores \`first\`/\`after\`).` })
    totalCount(): Promise<number> {
      return this.countFn();
    }

    static from(page: Page<T>): Connection {
      const c = new Connection();
      c.edges = page.items.map((i) => Object.assign(new Edge(), i));
      c.nodes = page.items.map((i) => i.node);
      c.pageInfo = Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.items[0]?.cursor ?? null,
        endCursor: page.items.at(-1)?.cursor ?? page.resumeCursor ?? null,
      });
      c.countFn = page.count;
      return c;
    }
  }
  return Connection;
}

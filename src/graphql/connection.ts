// Relay cursor connections: `XConnection { edges { cursor node } nodes pageInfo totalCount }`.
import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (from `pageInfo.endCursor`).',
  })
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

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor of the last item: pass it as `after` for the next page. On the change feed never null: an empty page gives where to resume.',
  })
  endCursor!: string | null;
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
export function connectionType<T extends object>(
  nodeType: ClassType<T> | object,
  name: string,
  what: string,
) {
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

    @Field(() => [nodeType], {
      description: 'The nodes of `edges`, for callers that need no cursors.',
    })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    pageInfo!: PageInfo;

    private countFn!: () => Promise<number>;

    @Field(() => Int, {
      description: `How many ${what}s the whole list holds (ignores \`first\`/\`after\`).`,
    })
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

import {
  Ctx,
  Directive,
  Field,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { cacheHint } from '../../graphql/cache-control.js';
import type { Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { KeyScope } from './api-key.entity.js';
import { budgetsOf, callerClass, type CallerClass } from './caller.js';

registerEnumType(KeyScope, {
  name: 'KeyScope',
  description: 'What an API key may do beyond reading public content.',
  valuesConfig: {
    PARTNER: { description: 'Partner agencies: larger cost budgets for bulk pulls.' },
    EDITOR: {
      description:
        'Newsroom tools: drafts and scheduled articles by every path; the largest budgets.',
    },
  },
});

enum CallerKind {
  ANONYMOUS = 'anonymous',
  PARTNER = 'partner',
  EDITOR = 'editor',
}
registerEnumType(CallerKind, {
  name: 'CallerKind',
  description: 'The class of caller, which sets budgets and what can be seen.',
  valuesConfig: {
    ANONYMOUS: {
      description: 'No API key: public content, the smallest budgets, limited per client address.',
    },
    PARTNER: { description: 'A partner key.' },
    EDITOR: { description: 'A key with the editor scope.' },
  },
});

@ObjectType({ description: 'Who is calling, as the gateway sees it, and what that allows.' })
export class Viewer {
  @Field(() => CallerKind, { description: 'Anonymous, partner or editor.' })
  kind!: CallerClass;

  @Field(() => String, {
    nullable: true,
    description: 'The name the key was issued under; empty without a key.',
  })
  keyName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The public prefix of the key, as `npm run keys -- list` shows it.',
  })
  keyPrefix!: string | null;

  @Field(() => [KeyScope], { description: "The key's scopes; empty without a key." })
  scopes!: KeyScope[];

  @Field(() => DateTime, {
    nullable: true,
    description: 'When the key stops working; empty when it does not expire.',
  })
  keyExpiresAt!: Date | null;

  @Field({ description: 'Whether drafts and scheduled articles are visible to this caller.' })
  canSeeUnpublished!: boolean;

  @Field(() => Int, {
    description: 'The most points one query may cost for this caller (see `extensions.cost`).',
  })
  costLimit!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Budget in points per minute (per key, or per client address without one); empty: no limit.',
  })
  pointsPerMinute!: number | null;
}

@Resolver()
export class ViewerResolver {
  @Query(() => Viewer, {
    description: 'Who you are to the gateway: your key, its scopes, and what you may see.',
  })
  @Directive(cacheHint.never)
  viewer(@Ctx() ctx: Context): Viewer {
    const { caller } = ctx;
    const key = caller.kind === 'key' ? caller : null;
    const { costLimit, perMinute } = budgetsOf(caller, ctx.config);
    return Object.assign(new Viewer(), {
      kind: callerClass(caller),
      costLimit,
      pointsPerMinute: perMinute || null,
      keyName: key?.name ?? null,
      keyPrefix: key?.prefix ?? null,
      scopes: key?.scopes ?? [],
      keyExpiresAt: key?.expiresAt ?? null,
      canSeeUnpublished: ctx.visibility === 'all',
    });
  }
}

import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { findVisibleArticle } from '../modules/article/article.service.js';
import { Event } from '../modules/event/event.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Place } from '../modules/place/place.entity.js';
import { Category } from '../modules/taxonomy/category.entity.js';
import { Tag } from '../modules/taxonomy/tag.entity.js';
import type { Context } from './context.js';
import { entityOf as firstEntity } from '../db/rows.js';
import { fromGlobalId, Node } from './node.js';

const entityOf = { Person, Organisation, Event, Place, Category, Tag };

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null when it does not exist or is not public.',
  })
  async node(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'A global id from any object of this API.' }) id: string,
  ): Promise<Node | null> {
    const { type, key } = fromGlobalId(id);
    if (key === null) return null;
    if (type === 'Article') return findVisibleArticle(ctx.em, { id: key }, ctx.visibility);
    const entity = entityOf[type] as typeof Person;
    return firstEntity(
      ctx.em,
      entity,
      ctx.em
        .getKnex()(ctx.em.getMetadata().get(entity.name).tableName)
        .select('*')
        .where('id', key),
    );
  }
}

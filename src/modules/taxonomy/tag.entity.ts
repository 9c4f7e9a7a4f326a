import { Entity, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/node.js';

@ObjectType({ implements: Node, description: 'An editorial topic label (thẻ): "Tội phạm mạng".' })
@Entity({ tableName: 'tag' })
export class Tag implements Node {
  [OptionalProps]?: 'globalId';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  get globalId() {
    return toGlobalId('Tag', this.id);
  }

  @Field({ description: 'Stable, unique, accent-free URL key ("toi-pham-mang").' })
  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Field({ description: 'Tag as written in Vietnamese.' })
  @Property({ type: 'text' })
  name!: string;
}

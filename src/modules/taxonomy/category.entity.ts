import { Entity, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/node.js';

@ObjectType({
  implements: Node,
  description: 'A section of the portal (chuyên mục): "Tin tức", ...',
})
@Entity({ tableName: 'category' })
export class Category implements Node {
  [OptionalProps]?: 'globalId' | 'position';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  get globalId() {
    return toGlobalId('Category', this.id);
  }

  @Field({ description: 'Stable, unique, accent-free URL key ("tin-tuc").' })
  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Field({ description: 'Section name as shown on the portal.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Menu order: lower first.' })
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @ManyToOne(() => Category, { nullable: true, ref: true, index: true })
  parent?: Ref<Category> | null;
}

import {
  Collection,
  Entity,
  OneToMany,
  PrimaryKey,
  Property,
  OptionalProps,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/node.js';
import { Position } from './position.entity.js';

@ObjectType({ implements: Node, description: 'A person named in or writing the news (nhân vật).' })
@Entity({ tableName: 'person' })
export class Person implements Node {
  [OptionalProps]?: 'globalId';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  get globalId() {
    return toGlobalId('Person', this.id);
  }

  @Field({ description: 'Stable, unique, accent-free URL key ("nguyen-van-long").' })
  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Field({ description: 'Full name as written in Vietnamese.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Rank (cấp bậc hàm): "Thượng tướng".' })
  @Property({ type: 'text', nullable: true })
  rank?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Current position (chức vụ): "Thứ trưởng Bộ Công an".',
  })
  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @OneToMany(() => Position, (p) => p.person, { orderBy: { sortOrder: 'asc', id: 'asc' } })
  positions = new Collection<Position>(this);
}

import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { CalendarDate } from '../../graphql/scalars.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Person } from './person.entity.js';

@ObjectType({
  description: 'A role a person holds or held in an organisation; roles change over time.',
})
@Entity({ tableName: 'position' })
export class Position {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: 'Person', ref: true, deleteRule: 'cascade', index: true })
  person!: Ref<Person>;

  @Field({ description: 'The role: "Thứ trưởng", "Trưởng Dự án ...".' })
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne({ entity: 'Organisation', ref: true, nullable: true, index: true })
  organisation?: Ref<Organisation> | null;

  @Field(() => CalendarDate, { nullable: true, description: 'First day in the role, when known.' })
  @Property({ type: 'date', nullable: true, fieldName: 'from_date' })
  from?: string | null;

  @Field(() => CalendarDate, {
    nullable: true,
    description: 'Last day in the role; empty while current or unknown.',
  })
  @Property({ type: 'date', nullable: true, fieldName: 'to_date' })
  to?: string | null;

  @Property({ type: 'integer', default: 0 })
  sortOrder: number = 0;
}

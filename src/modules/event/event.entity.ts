import {
  Collection,
  OptionalProps,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { linkTable } from '../../db/link-table.js';
import { Node, toGlobalId } from '../../graphql/node.js';
import { DateTime } from '../../graphql/scalars.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Place } from '../place/place.entity.js';
import { DatePrecision } from '../taxonomy/date-precision.js';

export enum EventKind {
  CONFERENCE = 'CONFERENCE',
  MEETING = 'MEETING',
  CEREMONY = 'CEREMONY',
  OPERATION = 'OPERATION',
  PRESS_CONFERENCE = 'PRESS_CONFERENCE',
  VISIT = 'VISIT',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of event (loại sự kiện): hội nghị, buổi làm việc, lễ, chiến dịch, ...',
  valuesConfig: {
    CONFERENCE: { description: 'A conference (hội nghị).' },
    MEETING: { description: 'A working session or bilateral meeting (buổi làm việc, hội đàm).' },
    CEREMONY: { description: 'A ceremony, opening or signing (lễ).' },
    OPERATION: { description: 'A police or enforcement operation (chiến dịch).' },
    PRESS_CONFERENCE: { description: 'A press conference (họp báo).' },
    VISIT: { description: 'A visit (chuyến thăm).' },
    OTHER: { description: 'The source names it without saying what kind it is.' },
  },
});

export const eventLinks = {
  organisers: linkTable(
    'EventOrganiser',
    'event_organisers',
    ['Event', 'event_id'],
    ['Organisation', 'organisation_id'],
  ),
  participants: linkTable(
    'EventParticipant',
    'event_participants',
    ['Event', 'event_id'],
    ['Organisation', 'organisation_id'],
  ),
};

@ObjectType({
  implements: Node,
  description: 'Something that happens: a conference, a ceremony, an operation (sự kiện).',
})
@Entity({ tableName: 'event' })
export class Event implements Node {
  [OptionalProps]?: 'globalId';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  get globalId() {
    return toGlobalId('Event', this.id);
  }

  @Field({ description: 'Stable, unique, accent-free URL key.' })
  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Field({ description: 'Full name as written in Vietnamese.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Short name: "Chiến dịch SECURE", "Công ước Hà Nội".',
  })
  @Property({ type: 'text', nullable: true })
  shortName?: string | null;

  @Field(() => EventKind, { description: 'What kind of event this is.' })
  @Enum({ items: () => EventKind })
  kind!: EventKind;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Start, to the precision in `datePrecision`.',
  })
  @Property({ type: 'datetime', nullable: true })
  startsAt?: Date | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'End, when known (the start of the last day for day precision).',
  })
  @Property({ type: 'datetime', nullable: true })
  endsAt?: Date | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: 'How precisely the source gives the dates.',
  })
  @Enum({ items: () => DatePrecision, nullable: true })
  datePrecision?: DatePrecision | null;

  @Field(() => String, {
    nullable: true,
    description: 'The dates as the source words them: "chiều ngày 09/7/2025".',
  })
  @Property({ type: 'text', nullable: true })
  dateText?: string | null;

  @ManyToOne(() => Place, { nullable: true, ref: true, index: true })
  place?: Ref<Place> | null;

  @ManyToMany(() => Organisation, undefined, eventLinks.organisers.options)
  organisers = new Collection<Organisation>(this);

  @ManyToMany(() => Organisation, undefined, eventLinks.participants.options)
  participants = new Collection<Organisation>(this);

  @Field(() => Int, {
    nullable: true,
    description: 'Number of attendees (đại biểu), when stated: 70.',
  })
  @Property({ type: 'integer', nullable: true })
  attendeeCount?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of countries taking part, when stated: 24.',
  })
  @Property({ type: 'integer', nullable: true })
  countryCount?: number | null;

  @ManyToOne(() => Event, { nullable: true, ref: true, index: true })
  parent?: Ref<Event> | null;

  @OneToMany(() => Event, (e) => e.parent, { orderBy: { startsAt: 'asc', id: 'asc' } })
  subEvents = new Collection<Event>(this);
}

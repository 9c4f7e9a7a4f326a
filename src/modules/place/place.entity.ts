import {
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  OptionalProps,
} from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node, toGlobalId } from '../../graphql/node.js';

export enum PlaceKind {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  VENUE = 'VENUE',
}
registerEnumType(PlaceKind, {
  name: 'PlaceKind',
  description: 'What kind of place: country (quốc gia), region (khu vực), province (tỉnh), ...',
  valuesConfig: {
    COUNTRY: { description: 'A country (quốc gia).' },
    REGION: {
      description: 'A region spanning countries (khu vực), e.g. Asia and the South Pacific.',
    },
    PROVINCE: { description: 'A province (tỉnh).' },
    CITY: { description: 'A city, including centrally governed ones (thành phố).' },
    DISTRICT: { description: 'A district (quận, huyện).' },
    COMMUNE: { description: 'A commune or ward (xã, phường).' },
    VENUE: { description: 'A building or site where something takes place (địa điểm).' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A place: country, region, province, city, venue (địa danh).',
})
@Entity({ tableName: 'place' })
export class Place implements Node {
  [OptionalProps]?: 'globalId';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  get globalId() {
    return toGlobalId('Place', this.id);
  }

  @Field({ description: 'Stable, unique, accent-free URL key ("ha-noi").' })
  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Field({ description: 'Name as written in Vietnamese ("Hà Nội").' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => PlaceKind, { description: 'What kind of place this is.' })
  @Enum({ items: () => PlaceKind })
  kind!: PlaceKind;

  @ManyToOne(() => Place, { nullable: true, ref: true, index: true })
  parent?: Ref<Place> | null;
}

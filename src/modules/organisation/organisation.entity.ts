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
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { linkTable } from '../../db/link-table.js';
import { Node, toGlobalId } from '../../graphql/node.js';
import { Place } from '../place/place.entity.js';

export enum OrganisationKind {
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  POLICE_UNIT = 'POLICE_UNIT',
  INTERNATIONAL_ORGANISATION = 'INTERNATIONAL_ORGANISATION',
  STATE = 'STATE',
  PROJECT = 'PROJECT',
  COMPANY = 'COMPANY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  HOSPITAL = 'HOSPITAL',
  LEGISLATIVE_BODY = 'LEGISLATIVE_BODY',
  RELIGIOUS_ORGANISATION = 'RELIGIOUS_ORGANISATION',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of organisation (loại tổ chức).',
  valuesConfig: {
    GOVERNMENT_AGENCY: {
      description: 'A ministry or government agency (bộ, cục, cơ quan nhà nước).',
    },
    POLICE_UNIT: { description: 'A police force or unit (công an, cảnh sát).' },
    INTERNATIONAL_ORGANISATION: {
      description: 'An international organisation or one of its bodies (INTERPOL, UNODC, ...).',
    },
    COMPANY: { description: 'A company (doanh nghiệp).' },
    RESEARCH_INSTITUTE: { description: 'A research or forensic institute (viện).' },
    HOSPITAL: { description: 'A hospital or one of its departments (bệnh viện).' },
    LEGISLATIVE_BODY: { description: 'A legislature or one of its bodies (Quốc hội, ...).' },
    RELIGIOUS_ORGANISATION: { description: 'A religious organisation (tổ chức tôn giáo).' },
    STATE: { description: 'A country acting as a party, e.g. as a donor.' },
    PROJECT: { description: 'A standing project or programme run by an organisation.' },
    OTHER: { description: 'The source names it without saying what it is.' },
  },
});

export const organisationFunders = linkTable(
  'OrganisationFunder',
  'organisation_funders',
  ['Organisation', 'organisation_id'],
  ['Organisation', 'funder_id'],
);

@ObjectType({
  implements: Node,
  description: 'An organisation (tổ chức, cơ quan, đơn vị): ministry, police unit, company, ...',
})
@Entity({ tableName: 'organisation' })
export class Organisation implements Node {
  [OptionalProps]?: 'globalId' | 'aliases';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  get globalId() {
    return toGlobalId('Organisation', this.id);
  }

  @Field({ description: 'Stable, unique, accent-free URL key.' })
  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Field({ description: 'Full name as written in Vietnamese.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Short name or acronym: "INTERPOL", "GFCE".',
  })
  @Property({ type: 'text', nullable: true })
  shortName?: string | null;

  @Field(() => [String], {
    description:
      'Other names it goes by: "Văn phòng INTERPOL Việt Nam" for the investigation police office.',
  })
  @Property({ type: 'json' })
  aliases: string[] = [];

  @Field(() => OrganisationKind, { description: 'What kind of organisation this is.' })
  @Enum({ items: () => OrganisationKind })
  kind!: OrganisationKind;

  @ManyToOne(() => Place, { nullable: true, ref: true, index: true })
  country?: Ref<Place> | null;

  @ManyToOne(() => Organisation, { nullable: true, ref: true, index: true })
  parent?: Ref<Organisation> | null;

  @OneToMany(() => Organisation, (o) => o.parent, { orderBy: { id: 'asc' } })
  children = new Collection<Organisation>(this);

  @ManyToMany(() => Organisation, undefined, organisationFunders.options)
  funders = new Collection<Organisation>(this);
}

// GraphQL input and output types of the article module (the entity itself is the Article type).
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import {
  ArgsType,
  Field,
  InputType,
  Int,
  ObjectType,
  createUnionType,
  registerEnumType,
} from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import { Image } from '../media/image.entity.js';
import { Article, ArticleStatus } from './article.entity.js';
import { ArticleOrder } from './article.query.js';
import { BlockKind, type BodyBlock } from './body-block.entity.js';

registerEnumType(ArticleOrder, {
  name: 'ArticleOrder',
  description: 'Order of an article list. Articles without a known publication time come last.',
  valuesConfig: {
    PUBLISHED_AT_DESC: { description: 'Newest first, as on the portal.' },
    PUBLISHED_AT_ASC: { description: 'Oldest first.' },
    UPDATED_AT_DESC: { description: 'Most recently changed first.' },
    UPDATED_AT_ASC: {
      description: 'Oldest change first: for incremental sync with `filter.updatedAfter`.',
    },
  },
});

export enum BodyFormat {
  HTML = 'HTML',
  TEXT = 'TEXT',
}
registerEnumType(BodyFormat, {
  name: 'BodyFormat',
  description: 'HTML (escaped, safe to insert) or plain TEXT with blank lines between paragraphs.',
  valuesConfig: {
    HTML: { description: 'Paragraphs, headings, quotes and figures as HTML; text is escaped.' },
    TEXT: { description: 'Paragraphs as plain text separated by blank lines; no photos.' },
  },
});

const slugField = (what: string) => ({ nullable: true, description: `Slug of a ${what}.` });

@InputType({ description: 'Narrows an article list; all given conditions must hold.' })
export class ArticleFilter {
  @Field(() => String, slugField('category (only articles directly in it)'))
  @MaxLength(200)
  category?: string;

  @Field(() => String, slugField('tag'))
  @MaxLength(200)
  tag?: string;

  @Field(() => String, slugField('person who wrote or is mentioned in the article'))
  @MaxLength(200)
  person?: string;

  @Field(() => String, slugField('organisation mentioned'))
  @MaxLength(200)
  organisation?: string;

  @Field(() => String, slugField('event mentioned'))
  @MaxLength(200)
  event?: string;

  @Field(() => String, slugField('place mentioned'))
  @MaxLength(200)
  place?: string;

  @Field(() => DateTime, { nullable: true, description: 'Published at or after this instant.' })
  publishedAfter?: Date;

  @Field(() => DateTime, { nullable: true, description: 'Published before this instant.' })
  publishedBefore?: Date;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Changed after this instant: for incremental sync.',
  })
  updatedAfter?: Date;

  @Field(() => [ArticleStatus], {
    nullable: true,
    description:
      'Editors only (a key with the editor scope; FORBIDDEN otherwise): only these editorial states. Editors see every state without it.',
  })
  @ArrayMaxSize(3)
  status?: ArticleStatus[];
}

/** A short list of articles: `latest`, and (with a window) `mostRead`. */
@ArgsType()
export class ShortListArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10, description: 'How many, 1..100.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Only this category (slug).' })
  @MaxLength(200)
  category?: string | null;
}

export const ArticleConnection = connectionType(Article, 'Article', 'article');
export type ArticleConnection = InstanceType<typeof ArticleConnection>;

@ObjectType({ description: 'A paragraph of body text.' })
export class ParagraphBlock {
  @Field({ description: 'The paragraph as plain text.' })
  text!: string;
}

@ObjectType({ description: 'A subheading inside the body.' })
export class HeadingBlock {
  @Field({ description: 'The subheading as plain text.' })
  text!: string;
}

@ObjectType({ description: 'A photo placed in the body, with its caption.' })
export class ImageBlock {
  @Field(() => Image, { description: 'The photo, with caption and alt text.' })
  image!: Image;
}

@ObjectType({ description: 'A quotation, with who said it when known.' })
export class QuoteBlock {
  @Field({ description: 'The quotation as plain text.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Who said it, when stated.' })
  attribution?: string | null;
}

const blockTypes = {
  [BlockKind.PARAGRAPH]: ParagraphBlock,
  [BlockKind.HEADING]: HeadingBlock,
  [BlockKind.IMAGE]: ImageBlock,
  [BlockKind.QUOTE]: QuoteBlock,
};

/** The GraphQL type of a body block, by its kind (synchronous: see graphql/schema.ts). */
export const blockTypeName = (block: BodyBlock): string | undefined => blockTypes[block.kind]?.name;

export const ArticleBlock = createUnionType({
  name: 'ArticleBlock',
  description: 'One block of an article body, in reading order.',
  types: () => [ParagraphBlock, HeadingBlock, ImageBlock, QuoteBlock] as const,
  resolveType: (block) => blockTypes[(block as unknown as BodyBlock).kind],
});

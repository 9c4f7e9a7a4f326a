// What editors send to write an article. Limits are checked (with the field named) by
// editorial/validate.ts, so every problem comes back as BAD_USER_INPUT with `extensions.field`.
import { Field, InputType, Int } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { ArticleStatus } from '../article/article.entity.js';
import { BlockKind } from '../article/body-block.entity.js';
import { registerEnumType } from 'type-graphql';

registerEnumType(BlockKind, {
  name: 'BlockKind',
  description: 'The kind of a body block.',
  valuesConfig: {
    PARAGRAPH: { description: 'A paragraph of text.' },
    HEADING: { description: 'A subheading.' },
    IMAGE: { description: 'A photo: `image` is its index in `ArticleInput.images`.' },
    QUOTE: { description: 'A quotation, with `attribution` when known.' },
  },
});

export const LIMITS = {
  title: 300,
  lead: 1_000,
  body: 200_000,
  blocks: 500,
  blockText: 20_000,
  images: 100,
  imageText: 1_000,
  url: 2_000,
  links: 50,
  tags: 30,
  tagName: 100,
  slug: 200,
  reason: 1_000,
  /** publishedAt may be scheduled at most this far ahead. */
  scheduleDays: 366,
} as const;

@InputType({ description: 'A photo of the article.' })
export class ImageInput {
  @Field(() => String, {
    nullable: true,
    description: 'Address of the image file (http or https).',
  })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Caption (chú thích).' })
  caption?: string | null;

  @Field(() => String, { nullable: true, description: 'Text alternative for screen readers.' })
  alt?: string | null;

  @Field(() => String, { nullable: true, description: 'Photographer or source.' })
  credit?: string | null;

  @Field(() => Int, { nullable: true, description: 'Width in pixels.' })
  width?: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels.' })
  height?: number | null;
}

@InputType({ description: 'One body block, when the body is sent as blocks rather than HTML.' })
export class BlockInput {
  @Field(() => BlockKind, { description: 'What the block is.' })
  kind!: BlockKind;

  @Field(() => String, {
    nullable: true,
    description: 'The text of a paragraph, heading or quote (plain text, not HTML).',
  })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Who said a quote.' })
  attribution?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'IMAGE blocks: the index of the photo in `images` (0 is the first).',
  })
  image?: number | null;
}

@InputType({
  description:
    'An article to write. In updateArticle, a field left out keeps its value and a field set to null is cleared; a list replaces the whole list.',
})
export class ArticleInput {
  @Field(() => String, {
    nullable: true,
    description: `Headline (required to create), 1..${LIMITS.title} characters.`,
  })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'URL key; made from the title when left out. A changed slug keeps the old one as a redirect.',
  })
  slug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Standfirst (sapo), plain text, up to ${LIMITS.lead} characters.`,
  })
  lead?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The body as HTML. It is sanitised (scripts, event handlers, javascript: URLs, styles and iframes are removed) and stored as blocks; photos in it (<figure><img><figcaption>) become images. Give `body` or `blocks`, not both.',
  })
  body?: string | null;

  @Field(() => [BlockInput], {
    nullable: true,
    description: `The body as blocks, up to ${LIMITS.blocks}.`,
  })
  blocks?: BlockInput[] | null;

  @Field(() => String, { nullable: true, description: 'Section: a category slug.' })
  category?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Tags, up to ${LIMITS.tags}: a tag slug, or a name ("Tội phạm mạng"); a tag that does not exist yet is created.`,
  })
  tags?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The byline: person slugs, in order.' })
  authors?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'People mentioned: person slugs.' })
  people?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Organisations mentioned: organisation slugs.',
  })
  organisations?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Events reported on: event slugs.' })
  events?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Places mentioned: place slugs.' })
  places?: string[] | null;

  @Field(() => [ImageInput], {
    nullable: true,
    description: `Photos, up to ${LIMITS.images}, in order.`,
  })
  images?: ImageInput[] | null;

  @Field(() => DateTime, {
    nullable: true,
    description: `Publication time: in the past, or up to ${LIMITS.scheduleDays} days ahead (scheduled).`,
  })
  publishedAt?: Date | null;

  @Field(() => ArticleStatus, {
    nullable: true,
    description:
      'DRAFT (the default for a new article) or PUBLISHED. Withdrawing is `withdrawArticle`.',
  })
  status?: ArticleStatus | null;
}

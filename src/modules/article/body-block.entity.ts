import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Image } from '../media/image.entity.js';
import type { Article } from './article.entity.js';

export enum BlockKind {
  PARAGRAPH = 'PARAGRAPH',
  HEADING = 'HEADING',
  IMAGE = 'IMAGE',
  QUOTE = 'QUOTE',
}

/** One block of an article's body, in order. Exposed as the `ArticleBlock` union. */
@Entity({ tableName: 'article_block' })
export class BodyBlock {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: 'Article', ref: true, deleteRule: 'cascade', index: true })
  article!: Ref<Article>;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => BlockKind })
  kind!: BlockKind;

  /** Plain text of a paragraph, heading or quote; never HTML (HTML is rendered on the way out). */
  @Property({ type: 'text', nullable: true })
  text?: string | null;

  @ManyToOne({ entity: 'Image', ref: true, nullable: true, index: true })
  image?: Ref<Image> | null;

  @Property({ type: 'text', nullable: true })
  attribution?: string | null;

  /**
   * Paragraphs written through the API: the paragraph as inline HTML (links, emphasis), already
   * sanitised (editorial/body-html.ts). Null for text-only blocks, rendered from `text`.
   */
  @Property({ type: 'text', nullable: true })
  html?: string | null;
}

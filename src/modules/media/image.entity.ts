import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Article } from '../article/article.entity.js';

@ObjectType({ description: 'A photo of an article with its caption (ảnh và chú thích).' })
@Entity({ tableName: 'image' })
export class Image {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: 'Article', ref: true, deleteRule: 'cascade', index: true })
  article!: Ref<Article>;

  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Address of the image file; empty where the source gives only the caption.',
  })
  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Caption shown under the photo (chú thích).',
  })
  @Property({ type: 'text', nullable: true })
  caption?: string | null;

  @Field(() => String, { nullable: true, description: 'Text alternative for screen readers.' })
  @Property({ type: 'text', nullable: true })
  alt?: string | null;

  @Field(() => String, { nullable: true, description: 'Photographer or source, when stated.' })
  @Property({ type: 'text', nullable: true })
  credit?: string | null;

  @Field(() => Int, { nullable: true, description: 'Width in pixels, when known.' })
  @Property({ type: 'integer', nullable: true })
  width?: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels, when known.' })
  @Property({ type: 'integer', nullable: true })
  height?: number | null;
}

// Checks an ArticleInput before anything is read or written, naming the field at fault
// (`extensions.field`: "title", "tags[2]", "images[0].url"). Lookups (does this slug exist?) are
// the service's, inside its transaction.
import { badInput } from '../../platform/errors.js';
import { slugify } from '../../text/vietnamese.js';
import { ArticleStatus } from '../article/article.entity.js';
import { BlockKind } from '../article/body-block.entity.js';
import { LIMITS, type ArticleInput, type ImageInput } from './article.input.js';
import { htmlToBlocks, type BlockDraft, type ImageDraft } from './body-html.js';

export const fieldError = (field: string, message: string) => badInput(message, { field });

/** The input, checked and trimmed; `undefined` = not given (keep), null = clear. */
export type ArticleDraft = {
  title?: string;
  slug?: string;
  lead?: string | null;
  /** The new body, when body or blocks was given. */
  blocks?: BlockDraft[];
  /** The new photos not placed in the body, when images was given. */
  images?: ImageDraft[];
  category?: string | null;
  tags?: string[];
  links: Partial<Record<LinkField, string[]>>;
  publishedAt?: Date | null;
  status?: ArticleStatus.DRAFT | ArticleStatus.PUBLISHED;
};

export const linkFields = ['authors', 'people', 'organisations', 'events', 'places'] as const;
export type LinkField = (typeof linkFields)[number];

function text(
  field: string,
  value: string | null | undefined,
  max: number,
  required = false,
): string | null | undefined {
  if (value === undefined) return undefined;
  const v = value === null ? '' : value.trim();
  if (!v) {
    if (required) throw fieldError(field, `\`${field}\` must not be empty.`);
    return null;
  }
  if (v.length > max)
    throw fieldError(
      field,
      `\`${field}\` is ${v.length} characters long; at most ${max} are allowed.`,
    );
  return v;
}

function list(
  field: string,
  values: string[] | null | undefined,
  max: number,
  each: number = LIMITS.slug,
): string[] | undefined {
  if (values === undefined) return undefined;
  const given = values ?? [];
  if (given.length > max)
    throw fieldError(
      field,
      `\`${field}\` has ${given.length} entries; at most ${max} are allowed.`,
    );
  const seen = new Set<string>();
  const out: string[] = [];
  given.forEach((v, i) => {
    const t = text(`${field}[${i}]`, v, each, true)!;
    if (!seen.has(t)) out.push(t);
    seen.add(t);
  });
  return out;
}

function httpUrl(field: string, value: string | null | undefined): string | null {
  const v = text(field, value, LIMITS.url);
  if (!v) return null;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw fieldError(field, `\`${field}\` is not a URL. Give an absolute http(s) address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw fieldError(field, `\`${field}\` must be an http or https address.`);
  return url.href;
}

function pixels(field: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (value < 1 || value > 100_000)
    throw fieldError(field, `\`${field}\` must be between 1 and 100000 pixels.`);
  return value;
}

function image(field: string, i: ImageInput): ImageDraft {
  const draft = {
    url: httpUrl(`${field}.url`, i.url),
    caption: text(`${field}.caption`, i.caption, LIMITS.imageText) ?? null,
    alt: text(`${field}.alt`, i.alt, LIMITS.imageText) ?? null,
    credit: text(`${field}.credit`, i.credit, LIMITS.imageText) ?? null,
    width: pixels(`${field}.width`, i.width),
    height: pixels(`${field}.height`, i.height),
  };
  if (!draft.url && !draft.caption)
    throw fieldError(field, `\`${field}\` needs a url or a caption.`);
  return draft;
}

/** A publication time: after 1900, and at most LIMITS.scheduleDays ahead (`field` names it in the error). */
export function checkPublicationTime(
  value: Date | null | undefined,
  field = 'publishedAt',
  now = new Date(),
): Date | null | undefined {
  if (value == null) return value;
  const latest = now.getTime() + LIMITS.scheduleDays * 86_400_000;
  if (value.getUTCFullYear() < 1900 || value.getTime() > latest) {
    throw fieldError(
      field,
      `\`${field}\` must be after 1900 and at most ${LIMITS.scheduleDays} days from now.`,
    );
  }
  return value;
}

/** Body from HTML or from blocks; photos the blocks place are taken out of `images`. */
function bodyOf(
  input: ArticleInput,
  images: ImageDraft[] | undefined,
): { blocks?: BlockDraft[]; images?: ImageDraft[] } {
  if (input.body != null && input.blocks != null)
    throw fieldError('body', 'Give `body` (HTML) or `blocks`, not both.');
  if (input.body != null) {
    if (input.body.length > LIMITS.body)
      throw fieldError(
        'body',
        `\`body\` is ${input.body.length} characters long; at most ${LIMITS.body} are allowed.`,
      );
    const blocks = htmlToBlocks(input.body);
    if (blocks.length > LIMITS.blocks)
      throw fieldError(
        'body',
        `\`body\` makes ${blocks.length} blocks; at most ${LIMITS.blocks} are allowed.`,
      );
    return { blocks, images };
  }
  if (input.blocks == null) {
    // `body: null` or `blocks: null` clears the body.
    return 'body' in input || 'blocks' in input ? { blocks: [], images } : { images };
  }
  if (input.blocks.length > LIMITS.blocks)
    throw fieldError(
      'blocks',
      `\`blocks\` has ${input.blocks.length} entries; at most ${LIMITS.blocks} are allowed.`,
    );
  const placed = new Set<number>();
  const blocks = input.blocks.map((b, i): BlockDraft => {
    const field = `blocks[${i}]`;
    if (b.kind === BlockKind.IMAGE) {
      const at = b.image;
      if (at == null || !images || at < 0 || at >= images.length) {
        throw fieldError(
          `${field}.image`,
          `\`${field}.image\` must be the index of a photo in \`images\` (0..${(images?.length ?? 0) - 1}).`,
        );
      }
      placed.add(at);
      return { kind: b.kind, text: '', html: null, attribution: null, image: images[at] };
    }
    const t = text(`${field}.text`, b.text, LIMITS.blockText, true)!;
    const attribution =
      b.kind === BlockKind.QUOTE
        ? (text(`${field}.attribution`, b.attribution, LIMITS.imageText) ?? null)
        : null;
    return { kind: b.kind, text: t, html: null, attribution, image: null };
  });
  return { blocks, images: images?.filter((_, i) => !placed.has(i)) };
}

export function checkArticleInput(
  input: ArticleInput,
  mode: 'create' | 'update',
  now = new Date(),
): ArticleDraft {
  const title = text(
    'title',
    input.title,
    LIMITS.title,
    mode === 'create' || input.title !== undefined,
  );
  let slug: string | undefined;
  if (input.slug != null) {
    slug = slugify(input.slug, LIMITS.slug);
    if (!slug) throw fieldError('slug', '`slug` has no letters or digits.');
  }
  if (mode === 'create' && !slugify(title ?? ''))
    throw fieldError('title', '`title` needs letters or digits to make a slug from.');
  if (input.images != null && input.images.length > LIMITS.images) {
    throw fieldError(
      'images',
      `\`images\` has ${input.images.length} entries; at most ${LIMITS.images} are allowed.`,
    );
  }
  const images =
    input.images === undefined
      ? undefined
      : (input.images ?? []).map((i, n) => image(`images[${n}]`, i));
  const body = bodyOf(input, images);
  if (input.status === ArticleStatus.WITHDRAWN)
    throw fieldError(
      'status',
      'To withdraw an article use `withdrawArticle`, which records the reason.',
    );
  const links: ArticleDraft['links'] = {};
  for (const f of linkFields) {
    const l = list(f, input[f], LIMITS.links);
    if (l) links[f] = l;
  }
  return {
    title: title ?? undefined,
    slug,
    lead: text('lead', input.lead, LIMITS.lead),
    ...body,
    category:
      input.category === undefined
        ? undefined
        : (text('category', input.category, LIMITS.slug) ?? null),
    tags: list('tags', input.tags, LIMITS.tags, LIMITS.tagName),
    links,
    publishedAt: checkPublicationTime(input.publishedAt, 'publishedAt', now),
    status: input.status ?? undefined,
  } as ArticleDraft;
}

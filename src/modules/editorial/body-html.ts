// Article bodies sent as HTML: sanitised by sanitize-html (a whitelist; script, event handlers,
// javascript: URLs, styles and every iframe are dropped), then cut into the blocks the API stores
// and serves: paragraphs (which keep their links and emphasis as sanitised inline HTML),
// subheadings, quotes and photos.
import sanitizeHtml from 'sanitize-html';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { BlockKind } from '../article/body-block.entity.js';
import { escapeHtml } from '../../text/html.js';

/** Inline markup a paragraph may keep. */
const inlineTags = ['a', 'strong', 'b', 'em', 'i', 'u', 'sub', 'sup', 'br'];

const inline: sanitizeHtml.IOptions = {
  allowedTags: inlineTags,
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

const body: sanitizeHtml.IOptions = {
  ...inline,
  allowedTags: [
    ...inlineTags,
    'p',
    'div',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'footer',
    'cite',
    'figure',
    'figcaption',
    'img',
    'ul',
    'ol',
    'li',
  ],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'width', 'height', 'title'] },
  allowedSchemesByTag: { img: ['http', 'https'] },
  // Their content is not text either: drop it with the tag.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'template',
    'svg',
    'math',
  ],
};

export type ImageDraft = {
  url: string | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  width: number | null;
  height: number | null;
};
export type BlockDraft = {
  kind: BlockKind;
  text: string;
  html: string | null;
  attribution: string | null;
  image: ImageDraft | null;
};

/** The body as the sanitiser leaves it: what a reader's browser could safely be given. */
export const sanitizeBody = (html: string) => sanitizeHtml(html, body);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (nodes: ChildNode | ChildNode[]) => squash(DomUtils.textContent(nodes));
const isElement = (n: ChildNode): n is Element => n.type === 'tag';
const intOf = (v: string | undefined) => (v && /^\d{1,5}$/.test(v) ? Number(v) : null);

function paragraph(nodes: ChildNode[]): BlockDraft | null {
  const text = textOf(nodes);
  if (!text) return null;
  const markup = squash(sanitizeHtml(DomUtils.getOuterHTML(nodes), inline));
  // Plain text needs no HTML of its own: it is rendered escaped from `text`.
  const html = markup === escapeHtml(text) ? null : markup;
  return { kind: BlockKind.PARAGRAPH, text, html, attribution: null, image: null };
}

function figure(el: Element): BlockDraft | null {
  const img = el.name === 'img' ? el : DomUtils.findOne((n) => n.name === 'img', el.children);
  const captionEl = DomUtils.findOne((n) => n.name === 'figcaption', el.children);
  const caption = captionEl ? textOf(captionEl) || null : null;
  const url = img?.attribs.src?.trim() || null;
  if (!url && !caption) return null;
  const alt = img?.attribs.alt !== undefined ? squash(img.attribs.alt) : null;
  return {
    kind: BlockKind.IMAGE,
    text: '',
    html: null,
    attribution: null,
    image: {
      url,
      alt,
      caption,
      credit: null,
      width: intOf(img?.attribs.width),
      height: intOf(img?.attribs.height),
    },
  };
}

function quote(el: Element): BlockDraft | null {
  const by = DomUtils.findOne((n) => n.name === 'footer' || n.name === 'cite', el.children);
  const said = el.children.filter(
    (n) => n !== by && !(isElement(n) && DomUtils.findOne((m) => m === by, n.children)),
  );
  const text = textOf(said);
  if (!text) return null;
  return {
    kind: BlockKind.QUOTE,
    text,
    html: null,
    attribution: by ? textOf(by).replace(/^[—–-]\s*/, '') || null : null,
    image: null,
  };
}

/** Sanitises `html` and cuts it into blocks, in reading order. */
export function htmlToBlocks(html: string): BlockDraft[] {
  const doc = parseDocument(sanitizeBody(html));
  const blocks: BlockDraft[] = [];
  let loose: ChildNode[] = [];
  const push = (b: BlockDraft | null) => b && blocks.push(b);
  const flush = () => {
    push(paragraph(loose));
    loose = [];
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (!isElement(node) || inlineTags.includes(node.name)) {
        if (isElement(node) && node.name === 'br' && loose.length) flush();
        else loose.push(node);
        continue;
      }
      flush();
      if (node.name === 'p' || node.name === 'li') push(paragraph(node.children));
      else if (/^h[1-6]$/.test(node.name)) {
        const text = textOf(node);
        if (text)
          push({ kind: BlockKind.HEADING, text, html: null, attribution: null, image: null });
      } else if (node.name === 'blockquote') push(quote(node));
      else if (node.name === 'figure' || node.name === 'img') push(figure(node));
      else walk(node.children); // div, ul, ol, stray footer/figcaption: their content counts
    }
  };
  walk(doc.children);
  flush();
  return blocks;
}

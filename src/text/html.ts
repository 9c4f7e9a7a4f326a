// Article bodies are stored as plain-text blocks and rendered here, so HTML output is safe by
// construction: every piece of text is escaped, and only these tags are ever emitted.
import { BlockKind } from '../modules/article/body-block.entity.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => entities[c]);

export type RenderBlock = {
  kind: BlockKind;
  text?: string | null;
  /** A paragraph's sanitised inline HTML (editorial/body-html.ts); else `text` is escaped. */
  html?: string | null;
  attribution?: string | null;
  image?: { url?: string | null; alt?: string | null; caption?: string | null } | null;
};

export function blocksToHtml(blocks: RenderBlock[]): string {
  return blocks
    .map((b) => {
      const text = escapeHtml(b.text ?? '');
      switch (b.kind) {
        case BlockKind.PARAGRAPH:
          return `<p>${b.html ?? text}</p>`;
        case BlockKind.HEADING:
          return `<h2>${text}</h2>`;
        case BlockKind.QUOTE: {
          const by = b.attribution ? `<footer>${escapeHtml(b.attribution)}</footer>` : '';
          return `<blockquote><p>${text}</p>${by}</blockquote>`;
        }
        case BlockKind.IMAGE: {
          const img = b.image;
          if (!img) return '';
          const tag = img.url ? `<img src="${escapeHtml(img.url)}" alt="${escapeHtml(img.alt ?? '')}">` : '';
          const caption = img.caption ? `<figcaption>${escapeHtml(img.caption)}</figcaption>` : '';
          return `<figure>${tag}${caption}</figure>`;
        }
      }
    })
    .filter(Boolean)
    .join('\n');
}

/** Paragraphs, headings and quotes separated by blank lines; photos are left out. */
export function blocksToText(blocks: RenderBlock[]): string {
  return blocks
    .filter((b) => b.kind !== BlockKind.IMAGE && b.text)
    .map((b) => (b.kind === BlockKind.QUOTE && b.attribution ? `“${b.text}” — ${b.attribution}` : b.text))
    .join('\n\n');
}

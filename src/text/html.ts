// Article bodies are stored as plain-text blocks and rendered here, so HTML output is safe by
// construction: every piece of text is escaped, and only these tags are ever emitted.

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => entities[c]);

/** The kinds of body block (the entity's BlockKind, whose values these are: text stays a leaf). */
export type RenderKind = 'PARAGRAPH' | 'HEADING' | 'IMAGE' | 'QUOTE';

export type RenderBlock = {
  kind: RenderKind;
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
        case 'PARAGRAPH':
          return `<p>${b.html ?? text}</p>`;
        case 'HEADING':
          return `<h2>${text}</h2>`;
        case 'QUOTE': {
          const by = b.attribution ? `<footer>${escapeHtml(b.attribution)}</footer>` : '';
          return `<blockquote><p>${text}</p>${by}</blockquote>`;
        }
        case 'IMAGE': {
          const img = b.image;
          if (!img) return '';
          const tag = img.url
            ? `<img src="${escapeHtml(img.url)}" alt="${escapeHtml(img.alt ?? '')}">`
            : '';
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
    .filter((b) => b.kind !== 'IMAGE' && b.text)
    .map((b) => (b.kind === 'QUOTE' && b.attribution ? `“${b.text}” — ${b.attribution}` : b.text))
    .join('\n\n');
}

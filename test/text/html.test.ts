import { describe, expect, it } from 'vitest';
import { BlockKind } from '../../src/modules/article/body-block.entity.js';
import { blocksToHtml, blocksToText } from '../../src/text/html.js';

const blocks = [
  { kind: BlockKind.HEADING, text: 'Bối cảnh' },
  { kind: BlockKind.PARAGRAPH, text: 'Đoạn <b>một</b> & "hai"' },
  {
    kind: BlockKind.IMAGE,
    image: { url: 'https://example.test/a.jpg', alt: 'Ảnh "đẹp"', caption: 'Chú thích <i>' },
  },
  { kind: BlockKind.IMAGE, image: { url: null, alt: null, caption: 'Chỉ có chú thích' } },
  { kind: BlockKind.QUOTE, text: 'Trích dẫn', attribution: 'Người nói' },
];

describe('article body rendering', () => {
  it('renders HTML with every piece of text escaped and only known tags', () => {
    expect(blocksToHtml(blocks)).toBe(
      [
        '<h2>Bối cảnh</h2>',
        '<p>Đoạn &lt;b&gt;một&lt;/b&gt; &amp; &quot;hai&quot;</p>',
        '<figure><img src="https://example.test/a.jpg" alt="Ảnh &quot;đẹp&quot;"><figcaption>Chú thích &lt;i&gt;</figcaption></figure>',
        '<figure><figcaption>Chỉ có chú thích</figcaption></figure>',
        '<blockquote><p>Trích dẫn</p><footer>Người nói</footer></blockquote>',
      ].join('\n'),
    );
  });

  it('renders plain text without photos, paragraphs separated by blank lines', () => {
    expect(blocksToText(blocks)).toBe(
      'Bối cảnh\n\nĐoạn <b>một</b> & "hai"\n\n“Trích dẫn” — Người nói',
    );
  });
});

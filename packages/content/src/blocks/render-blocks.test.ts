import { describe, expect, it } from 'vitest';
import type { Block } from '../model/types.js';
import { renderBlocks } from './render-blocks.js';
import { mediaAsset } from '../test-support/media-asset.js';

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });
const paragraph = (...children: unknown[]): Block => ({ type: 'paragraph', children });

describe('renderBlocks', () => {
  it('renders headings, lists, quotes, code and marks', () => {
    const html = renderBlocks([
      { type: 'heading', level: 1, children: [text('Mục lớn')] },
      { type: 'heading', level: 3, children: [text('Mục nhỏ')] },
      paragraph(text('đậm', { bold: true }), text(' nghiêng', { italic: true }), text(' mã', { code: true })),
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('Một')] },
          { type: 'list-item', children: [text('Hai'), { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('Hai a')] }] }] },
        ],
      },
      { type: 'quote', children: [text('Trích dẫn')] },
      { type: 'code', children: [text('a < b')] },
    ]);
    expect(html).toBe(
      [
        '<h2>Mục lớn</h2>',
        '<h3>Mục nhỏ</h3>',
        '<p><strong>đậm</strong><em> nghiêng</em><code> mã</code></p>',
        '<ol><li>Một</li><li>Hai<ul><li>Hai a</li></ul></li></ol>',
        '<blockquote><p>Trích dẫn</p></blockquote>',
        '<pre><code>a &lt; b</code></pre>',
      ].join('\n'),
    );
  });

  it('escapes every piece of text', () => {
    const html = renderBlocks([paragraph(text('<script>alert(1)</script> & "quotes" \'too\''))]);
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;</p>');
  });

  it('keeps safe links and shows unsafe ones as their text (the cases are in safe-link.test.ts)', () => {
    const links = [
      'https://hoilhpn.example.vn/a?b=1&c=2',
      '/tin-tuc/',
      'mailto:hoi@example.vn',
      'tel:0912000101',
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '//evil.example/x',
      '/\\evil.example/x',
      '/%2f%2fevil.example',
      '#muc-1',
    ];
    const html = renderBlocks([paragraph(...links.map((url) => ({ type: 'link', url, children: [text('x')] })))]);
    expect(html).toBe(
      '<p><a href="https://hoilhpn.example.vn/a?b=1&amp;c=2" rel="noopener noreferrer">x</a><a href="/tin-tuc/">x</a><a href="mailto:hoi@example.vn">x</a><a href="tel:0912000101">x</a>xxxxxxxxx</p>',
    );
  });

  it('marks links to other sites, not to its own, with rel="noopener noreferrer", also inside lists, headings and quotes', () => {
    const link = (url: string) => ({ type: 'link', url, children: [text('x')] });
    const html = renderBlocks(
      [
        paragraph(link('https://phunu.example.vn/tin-tuc/'), link('https://evil.example/')),
        { type: 'heading', level: 2, children: [link('https://evil.example/h')] },
        { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [link('/\\evil.example/li'), link('https://evil.example/li')] }] },
        { type: 'quote', children: [link('HTTPS://PHUNU.EXAMPLE.VN/q')] },
      ],
      { siteUrl: 'https://phunu.example.vn' },
    );
    expect(html).toBe(
      [
        '<p><a href="https://phunu.example.vn/tin-tuc/">x</a><a href="https://evil.example/" rel="noopener noreferrer">x</a></p>',
        '<h2><a href="https://evil.example/h" rel="noopener noreferrer">x</a></h2>',
        '<ul><li>x<a href="https://evil.example/li" rel="noopener noreferrer">x</a></li></ul>',
        '<blockquote><p><a href="https://phunu.example.vn/q">x</a></p></blockquote>',
      ].join('\n'),
    );
  });

  it('survives hostile and malformed input', () => {
    const hostile = [
      { type: 'heading', level: '"><script>', children: [text('h')] },
      { type: 'paragraph', children: 'not an array' },
      { type: 'paragraph', children: [null, 42, { type: 'text', text: 7 }, { type: 'unknown', children: [text('nested')] }] },
      { type: 'image', image: { src: 'javascript:alert(1)"onerror="x', alt: '"><script>', width: null, height: null, variants: [] } },
      { type: '<script>', children: [text('lạ')] },
      { type: 'list', children: [null, { type: 'list-item', children: [text('ok')] }] },
    ] as unknown as Block[];
    const html = renderBlocks(hostile);
    expect(html).not.toMatch(/<script|onerror="x/);
    expect(html).toContain('<h2>h</h2>');
    expect(html).toContain('<p>nested</p>');
    expect(html).toContain('<p>lạ</p>');
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;"');
  });

  it('renders images with srcset, size and caption', () => {
    const image = mediaAsset({ src: '/media/a.1.png', width: 1200, height: 800, variants: [{ src: '/media/s.2.png', width: 500, height: 333, webp: null }] });
    const html = renderBlocks([{ type: 'image', image: { ...image, caption: 'Chú thích <b>' } } as unknown as Block]);
    expect(html).toBe(
      '<figure><img src="/media/a.1.png" alt="Ảnh" width="1200" height="800" srcset="/media/s.2.png 500w, /media/a.1.png 1200w" sizes="(min-width: 48rem) 48rem, 100vw" loading="lazy" decoding="async"><figcaption>Chú thích &lt;b&gt;</figcaption></figure>',
    );
  });
});

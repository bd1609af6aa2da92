import type { Block, MediaAsset } from '../model/types.js';
import { srcsetOf } from './image-sources.js';
import { escapeHtml } from './escape-html.js';
import { safeLink } from './safe-link.js';

type Node = Record<string, unknown>;

export interface RenderOptions {
  /** Index of the paragraph a figure follows is handled by the page; this renders block images. */
  imageSizes?: string;
  /** The site's public address: http(s) links elsewhere get rel="noopener noreferrer" (all of them without it). */
  siteUrl?: string | URL;
}

function renderText(node: Node): string {
  let html = escapeHtml(typeof node.text === 'string' ? node.text : '').replace(/\n/g, '<br>');
  if (!html) return '';
  if (node.code) html = `<code>${html}</code>`;
  if (node.bold) html = `<strong>${html}</strong>`;
  if (node.italic) html = `<em>${html}</em>`;
  if (node.underline) html = `<u>${html}</u>`;
  if (node.strikethrough) html = `<s>${html}</s>`;
  return html;
}

function renderInline(children: unknown, options: RenderOptions): string {
  if (!Array.isArray(children)) return '';
  return children
    .map((child) => {
      if (!child || typeof child !== 'object') return '';
      const node = child as Node;
      if (node.type === 'link') {
        const inner = renderInline(node.children, options);
        const link = safeLink(node.url, options.siteUrl);
        if (!link) return inner;
        return `<a href="${escapeHtml(link.href)}"${link.external ? ' rel="noopener noreferrer"' : ''}>${inner}</a>`;
      }
      if (node.type === 'text' || typeof node.text === 'string') return renderText(node);
      return renderInline(node.children, options);
    })
    .join('');
}

export function renderImage(image: MediaAsset, caption: string | null, sizes = '(min-width: 48rem) 48rem, 100vw'): string {
  const srcset = srcsetOf(image);
  const webp = srcsetOf(image, 'webp');
  const dimensions = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const sizing = srcset ? ` srcset="${escapeHtml(srcset)}" sizes="${escapeHtml(sizes)}"` : '';
  const img = `<img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}"${dimensions}${sizing} loading="lazy" decoding="async">`;
  const picture = webp ? `<picture><source type="image/webp" srcset="${escapeHtml(webp)}" sizes="${escapeHtml(sizes)}">${img}</picture>` : img;
  return caption ? `<figure>${picture}<figcaption>${escapeHtml(caption)}</figcaption></figure>` : `<figure>${picture}</figure>`;
}

function renderList(node: Node, options: RenderOptions): string {
  const tag = node.format === 'ordered' ? 'ol' : 'ul';
  const items = Array.isArray(node.children) ? (node.children as Node[]) : [];
  const inner = items
    .map((item) => {
      if (item?.type === 'list') return `<li>${renderList(item, options)}</li>`;
      const nested = Array.isArray(item?.children) ? (item.children as Node[]) : [];
      const text = renderInline(
        nested.filter((child) => child?.type !== 'list'),
        options,
      );
      const sublists = nested
        .filter((child) => child?.type === 'list')
        .map((list) => renderList(list, options))
        .join('');
      return `<li>${text}${sublists}</li>`;
    })
    .join('');
  return `<${tag}>${inner}</${tag}>`;
}

/** One block as HTML; everything from the CMS is escaped and unsafe links are shown as text (see safe-link.ts). */
export function renderBlock(block: Block, options: RenderOptions = {}): string {
  switch (block.type) {
    case 'paragraph': {
      const inner = renderInline(block.children, options);
      return inner ? `<p>${inner}</p>` : '';
    }
    case 'heading': {
      // h1 is the page title: body headings start at h2.
      const level = Math.min(6, Math.max(2, Number(block.level) || 2));
      return `<h${level}>${renderInline(block.children, options)}</h${level}>`;
    }
    case 'list':
      return renderList(block, options);
    case 'quote':
      return `<blockquote><p>${renderInline(block.children, options)}</p></blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(Array.isArray(block.children) ? (block.children as Node[]).map((child) => String(child?.text ?? '')).join('') : '')}</code></pre>`;
    case 'image': {
      const image = block.image as MediaAsset | undefined;
      if (!image || typeof image.src !== 'string') return '';
      const caption = typeof (block.image as { caption?: unknown }).caption === 'string' ? (block.image as { caption: string }).caption : null;
      return renderImage(image, caption, options.imageSizes);
    }
    default: {
      const inner = renderInline(block.children, options);
      return inner ? `<p>${inner}</p>` : '';
    }
  }
}

export function renderBlocks(blocks: readonly Block[], options: RenderOptions = {}): string {
  return blocks.map((block) => renderBlock(block, options)).join('\n');
}

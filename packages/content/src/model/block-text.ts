import type { Block } from './types.js';

/** The plain text of Strapi blocks, paragraph by paragraph (for search and descriptions). */
export function blockText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const { text, children } = node as { text?: unknown; children?: unknown };
    if (typeof text === 'string') parts.push(text);
    if (Array.isArray(children)) children.forEach(walk);
  };
  for (const block of blocks) {
    walk(block);
    parts.push('\n');
  }
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

export function asBlocks(value: unknown): Block[] {
  return Array.isArray(value) ? (value.filter((block) => block && typeof block === 'object' && typeof block.type === 'string') as Block[]) : [];
}

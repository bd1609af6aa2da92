import { routes } from '../routes.js';
import type { Tag } from '../types.js';
import type { RawNode } from './raw.js';

export function mapTag(node: RawNode<'tags'>): Tag {
  return { id: node.documentId, name: node.name, slug: node.slug, url: routes.tag(node.slug) };
}

export const tagOrder = (a: Tag, b: Tag) => a.name.localeCompare(b.name, 'vi');

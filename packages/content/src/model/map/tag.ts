import { routes } from '../routes.js';
import type { Tag } from '../types.js';
import { pageAddress } from './entry-page.js';
import type { RawNode } from './raw.js';

export function mapTag(node: RawNode<'tags'>): Tag {
  return { ...pageAddress(node, routes.tag), name: node.name };
}

export const tagOrder = (a: Tag, b: Tag) => a.name.localeCompare(b.name, 'vi');

import { routes } from '../routes.js';
import type { Category } from '../types.js';
import { pageAddress } from './entry-page.js';
import type { RawNode } from './raw.js';

export function mapCategory(node: RawNode<'categories'>): Category {
  return {
    ...pageAddress(node, routes.category),
    name: node.name,
    description: node.description ?? '',
    order: node.order ?? 0,
  };
}

/** The editors' order, then by name. */
export const categoryOrder = (a: Category, b: Category) => a.order - b.order || a.name.localeCompare(b.name, 'vi');

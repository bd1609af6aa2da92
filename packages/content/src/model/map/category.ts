import { routes } from '../routes.js';
import type { Category } from '../types.js';
import type { RawNode } from './raw.js';

export function mapCategory(node: RawNode<'categories'>): Category {
  return {
    id: node.documentId,
    name: node.name,
    slug: node.slug,
    description: node.description ?? '',
    order: node.order ?? 0,
    url: routes.category(node.slug),
  };
}

/** The editors' order, then by name. */
export const categoryOrder = (a: Category, b: Category) => a.order - b.order || a.name.localeCompare(b.name, 'vi');

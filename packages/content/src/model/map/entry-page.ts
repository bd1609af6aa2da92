import type { EntryPage, PageAddress } from '../types.js';

/** An entry's page: its documentId as the site's id, its slug, and the path `route` gives that slug (routes.ts). */
export function pageAddress(node: { documentId: string; slug: string }, route: (slug: string) => string): PageAddress {
  return { id: node.documentId, slug: node.slug, url: route(node.slug) };
}

/** The page of an entry with a title (most have one; cadres and categories have names instead). */
export function entryPage(node: { documentId: string; title: string; slug: string }, route: (slug: string) => string): EntryPage {
  return { ...pageAddress(node, route), title: node.title };
}

import { safeLink } from '@hoilhpn/content';

export interface UnsafeLink {
  /** Where in the entry: attribute names and list indexes, as the admin's form knows them. */
  path: (string | number)[];
  url: string;
}

interface Attribute {
  type: string;
  component?: string;
  repeatable?: boolean;
  components?: string[];
}

type Schema = Record<string, Attribute>;
type ComponentSchema = (uid: string) => Schema | undefined;

/** The component whose `url` editors type (menu and social links). */
const LINK_COMPONENT = 'shared.link';

/**
 * Every link in `data` that the site would refuse to render (see safeLink in
 * @hoilhpn/content): rich-text link nodes and link components, at any depth of
 * components and dynamic zones. Attributes absent from `data` are skipped,
 * since an update may carry only some fields.
 */
export function findUnsafeLinks(data: unknown, schema: Schema, componentSchema: ComponentSchema, path: (string | number)[] = []): UnsafeLink[] {
  if (data === null || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const found: UnsafeLink[] = [];
  for (const [name, attribute] of Object.entries(schema)) {
    const value = record[name];
    if (value === undefined || value === null) continue;
    const here = [...path, name];
    if (attribute.type === 'blocks') found.push(...unsafeInBlocks(value, here));
    else if (attribute.type === 'component' && attribute.component) {
      const items = attribute.repeatable && Array.isArray(value) ? value : [value];
      items.forEach((item, index) =>
        found.push(...unsafeInComponent(item, attribute.component!, componentSchema, attribute.repeatable ? [...here, index] : here)),
      );
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      value.forEach((item, index) => {
        const uid = (item as { __component?: string } | null)?.__component;
        if (uid) found.push(...unsafeInComponent(item, uid, componentSchema, [...here, index]));
      });
    }
  }
  return found;
}

function unsafeInComponent(item: unknown, uid: string, componentSchema: ComponentSchema, path: (string | number)[]): UnsafeLink[] {
  if (item === null || typeof item !== 'object') return [];
  const url = (item as { url?: unknown }).url;
  if (uid === LINK_COMPONENT && typeof url === 'string' && safeLink(url) === null) return [{ path: [...path, 'url'], url }];
  const schema = componentSchema(uid);
  return schema ? findUnsafeLinks(item, schema, componentSchema, path) : [];
}

function unsafeInBlocks(nodes: unknown, path: (string | number)[]): UnsafeLink[] {
  if (!Array.isArray(nodes)) return [];
  const found: UnsafeLink[] = [];
  for (const node of nodes) {
    if (node === null || typeof node !== 'object') continue;
    const { type, url, children } = node as { type?: unknown; url?: unknown; children?: unknown };
    if (type === 'link' && safeLink(url) === null) found.push({ path, url: String(url ?? '') });
    found.push(...unsafeInBlocks(children, path));
  }
  return found;
}

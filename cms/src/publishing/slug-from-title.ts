import type { Core } from '@strapi/strapi';
import { slugify } from '@hoilhpn/vietnamese';

interface UidAttribute {
  type: 'uid';
  targetField?: string;
}

/** The slug the admin puts in a new entry's form before any title is typed: the model name, maybe numbered. */
export function isPlaceholderSlug(slug: unknown, modelName: string): boolean {
  if (typeof slug !== 'string') return false;
  const base = slugify(modelName);
  return slug === base || new RegExp(`^${base}-\\d+$`).test(slug);
}

/**
 * Strapi 5's edit form fills a new entry's slug once, from the still empty
 * form ("article", "article-1", …), and never follows the title. Left alone,
 * every article an editor writes would live at /tin-tuc/article-7/. On
 * create, a placeholder slug is replaced by one made from the title with the
 * site's own Vietnamese folding ("Phụ nữ" → "phu-nu"), numbered if taken. A
 * slug the editor typed is kept, and an existing entry's slug never changes
 * here, so published URLs stay put.
 */
export function slugFromTitleOnCreate(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'create' || !context.uid.startsWith('api::')) return next();
    const model = strapi.getModel(context.uid) as { modelName: string; attributes: Record<string, { type: string }> };
    const params = context.params as { data?: Record<string, unknown> };
    const data = params.data;
    if (!data) return next();
    for (const [field, attribute] of Object.entries(model.attributes)) {
      if (attribute.type !== 'uid') continue;
      const { targetField } = attribute as UidAttribute;
      const source = targetField ? data[targetField] : undefined;
      if (typeof source !== 'string' || !slugify(source)) continue;
      if (data[field] !== undefined && data[field] !== '' && !isPlaceholderSlug(data[field], model.modelName)) continue;
      data[field] = await uniqueSlug(strapi, context.uid, field, slugify(source));
    }
    return next();
  });
}

/** `base`, or `base-2`, `base-3`, … when it is taken by another entry of the type. */
export async function uniqueSlug(strapi: Core.Strapi, uid: string, field: string, base: string): Promise<string> {
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    const taken = await strapi.db.query(uid as 'api::article.article').findOne({ where: { [field]: candidate }, select: ['id'] });
    if (!taken) return candidate;
  }
}

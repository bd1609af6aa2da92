import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findUnsafeLinks } from './unsafe-links';

const WRITE_ACTIONS = new Set(['create', 'update']);

/**
 * The site shows a refused link as plain text (safeLink, @hoilhpn/content),
 * but the editor should learn at once that the link will not work, not after
 * publishing. A save with a link other than http(s), mailto, tel or a path on
 * the site ("/\evil.example", "//evil.example", "javascript:") is refused,
 * naming the field and the link, and nothing is stored.
 */
export function refuseUnsafeLinks(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action) || !context.uid.startsWith('api::')) return next();
    const data = (context.params as { data?: unknown } | undefined)?.data;
    const model = strapi.getModel(context.uid) as { attributes: Record<string, any> };
    const unsafe = findUnsafeLinks(
      data,
      model.attributes,
      (uid) => (strapi.components as unknown as Record<string, { attributes: Record<string, any> }>)[uid]?.attributes,
    );
    if (unsafe.length > 0) {
      const message = unsafe.map(({ path, url }) => `Liên kết "${url}" ở trường "${path.join('.')}" không dùng được`).join('; ');
      throw new errors.ValidationError(
        `${message}. Chỉ nhận địa chỉ http:// hoặc https://, mailto:, tel: và đường dẫn trong trang bắt đầu bằng một dấu "/" (ví dụ /tin-tuc/).`,
        {
          errors: unsafe.map(({ path, url }) => ({
            path: path.map(String),
            message: `Liên kết "${url}" không dùng được: chỉ nhận http(s)://, mailto:, tel: hoặc đường dẫn bắt đầu bằng "/".`,
            name: 'ValidationError',
          })),
        },
      );
    }
    return next();
  });
}

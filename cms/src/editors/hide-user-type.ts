import type { Core } from '@strapi/strapi';

const USER_TYPE = 'plugin::users-permissions.user';

/**
 * The site has no reader accounts (sign-up is off), so the users-permissions
 * "User" type is noise in the editors' content manager. Strapi's own switch
 * for that is pluginOptions['content-manager'].visible, read per request.
 */
export function hideUserTypeFromContentManager(strapi: Core.Strapi): void {
  const contentType = strapi.contentTypes[USER_TYPE] as unknown as { pluginOptions?: Record<string, Record<string, unknown>> } | undefined;
  if (!contentType) return;
  contentType.pluginOptions = { ...contentType.pluginOptions, 'content-manager': { ...contentType.pluginOptions?.['content-manager'], visible: false } };
}

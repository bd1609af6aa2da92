import type { Core } from '@strapi/strapi';

const FILE_UID = 'plugin::upload.file';

/**
 * GraphQL's `uploadFile`, `uploadFiles` and `uploadFiles_connection` list every
 * uploaded file, including a photo attached only to an embargoed draft, and a
 * file's `related` field leads from a published image to the draft entries
 * that share it. Readers and the site build get media only through the
 * published entries that use them, so both go. (REST /api/upload is closed in
 * src/middlewares/read-only-public-api.ts.)
 */
export function closeMediaLibraryInGraphql(strapi: Core.Strapi): void {
  const file = strapi.plugin('graphql').service('extension').shadowCRUD(FILE_UID);
  file.disableQueries();
  file.field('related').disable();
}

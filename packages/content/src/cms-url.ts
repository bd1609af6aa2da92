/**
 * The CMS's address when CMS_URL is not set: Strapi's port on this machine,
 * where `npm start` runs it. Its own module so the rebuild service can take it
 * without loading the content client.
 */
export const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';

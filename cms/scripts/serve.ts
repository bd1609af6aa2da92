// Starts the CMS API (no admin panel build) on the configured database, seeds it when empty, and
// prints one line `CMS_READY {"url":…,"token":…}` once it answers: for tests and scripts that need a
// running CMS with the site build token (and the preview server's token).
import { pathToFileURL } from 'node:url';
import { ensurePreviewToken, ensureSiteBuildToken } from '../src/public-api/read-tokens';
import { withWebhooksPaused } from '../src/rebuild/rebuild-webhook';
import { isDatabaseEmpty, seedDemoContent } from '../src/seed/seed-demo-content';
import { uploadFromMemory, type FileInMemory, type StrapiUploads, type UploadedFile } from '../src/uploads/upload-from-memory';
import { CMS_DIR } from './lib/environment.mjs';
import { createCms } from './lib/with-strapi';

/**
 * A CMS_SETUP_MODULE's default export. Besides Strapi it gets the CMS's own way to put a file into the media library,
 * the one the demo seed uses, so fixtures and the benchmark store files as the CMS does.
 */
type CmsSetupModule = (strapi: unknown, tools: { uploadFromMemory(file: FileInMemory): Promise<UploadedFile> }) => Promise<void>;

async function main() {
  const strapi = await (await createCms()).start();
  await withWebhooksPaused(
    strapi,
    async () => {
      if (await isDatabaseEmpty(strapi)) await seedDemoContent(strapi, CMS_DIR);
      // Tests add their own fixtures (images, hostile rich text, an editor account) through the real services.
      if (process.env.CMS_SETUP_MODULE) {
        const setup = (await import(pathToFileURL(process.env.CMS_SETUP_MODULE).href)) as { default: CmsSetupModule };
        await setup.default(strapi, { uploadFromMemory: (file) => uploadFromMemory(strapi as unknown as StrapiUploads, file) });
      }
    },
    () => false,
  );
  const { accessKey } = await ensureSiteBuildToken(strapi);
  const { accessKey: previewToken } = await ensurePreviewToken(strapi);
  const port = strapi.config.get('server.port');
  console.log(`CMS_READY ${JSON.stringify({ url: `http://127.0.0.1:${port}`, token: accessKey, previewToken })}`);
  const stop = async () => {
    await strapi.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  const details = (error as { details?: unknown }).details;
  console.error(`CMS failed to start: ${error instanceof Error ? error.stack : String(error)}${details ? `\n${JSON.stringify(details)}` : ''}`);
  process.exit(1);
});

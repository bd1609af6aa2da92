// pnpm --dir cms token: prints the site build's read-only API token, creating it the first time.
import { ensureSiteBuildToken, SITE_BUILD_TOKEN_NAME } from '../src/public-api/site-build-token';
import { withStrapi } from './lib/with-strapi';

withStrapi(async (strapi) => {
  const { accessKey, created } = await ensureSiteBuildToken(strapi);
  console.error(`${created ? 'Created' : 'Existing'} read-only API token "${SITE_BUILD_TOKEN_NAME}":`);
  console.log(accessKey);
}).catch((error) => {
  console.error(`Token failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

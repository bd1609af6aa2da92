// pnpm --dir cms api-token [preview]: prints the site build's read-only API token ("site-build"),
// or with `preview` the preview server's ("site-preview", which also reads drafts), creating it the first time.
// (Not "token": `pnpm token` is handed to npm's own token command.)
import { ensureReadToken, PREVIEW_TOKEN_NAME, SITE_BUILD_TOKEN_NAME } from '../src/public-api/read-tokens';
import { withStrapi } from './lib/with-strapi';

const which = process.argv[2] ?? 'site';
if (which !== 'site' && which !== 'preview') {
  console.error(`Unknown token "${which}": use \`pnpm --dir cms api-token\` (site build) or \`pnpm --dir cms api-token preview\` (preview server).`);
  process.exit(1);
}
const name = which === 'preview' ? PREVIEW_TOKEN_NAME : SITE_BUILD_TOKEN_NAME;

withStrapi(async (strapi) => {
  const { accessKey, created } = await ensureReadToken(strapi, name);
  console.error(`${created ? 'Created' : 'Existing'} read-only API token "${name}":`);
  console.log(accessKey);
}).catch((error) => {
  console.error(`Token failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

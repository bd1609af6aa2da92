// `pnpm --dir packages/rebuild run screenshots`: the editors' screenshots in
// cms/docs/, taken from a fresh CMS with the demo content, its admin in
// Vietnamese, a live site beside it (the "Trên trang" panel), in Chromium.
// SCREENSHOTS_DIR writes them elsewhere (the test of this command does).
import path from 'node:path';
import { launchChromium } from '../../../../site/e2e/harness/browser.js';
import { ensureAdminBuild } from '../harness/admin-build.js';
import { publishFirstRelease, REPO, startLiveStack } from '../harness/live-stack.js';
import { takeEditorScreenshots } from './editor-screenshots.js';

const outDir = path.resolve(process.env.SCREENSHOTS_DIR ?? path.join(REPO, 'cms', 'docs'));
ensureAdminBuild();
const stack = await startLiveStack({ setupModule: path.join(import.meta.dirname, '..', 'fixtures', 'newsroom-staff.ts') });
try {
  await publishFirstRelease(stack);
  const browser = await launchChromium();
  try {
    for (const file of await takeEditorScreenshots(browser, stack.cms.url, outDir)) console.log(`screenshots: ${path.relative(process.cwd(), file) || file}`);
  } finally {
    await browser.close();
  }
} finally {
  await stack.stop();
}

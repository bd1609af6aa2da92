// `pnpm --dir packages/rebuild run screenshots`: the editors' screenshots in
// cms/docs/ and the readers' in site/docs/, taken from a fresh CMS with the
// demo content, its admin in Vietnamese, a live site beside it (the "Trên
// trang" panel), in Chromium. SCREENSHOTS_DIR writes both sets elsewhere, in
// its cms/ and site/ folders (the test of this command does).
import path from 'node:path';
import { launchChromium } from '@hoilhpn/testing/browser';
import { ensureAdminBuild } from '../harness/admin-build.js';
import { publishFirstRelease, REPO, startLiveStack } from '../harness/live-stack.js';
import { takeEditorScreenshots } from './editor-screenshots.js';
import { takeReaderScreenshots } from './reader-screenshots.js';

const base = process.env.SCREENSHOTS_DIR ? path.resolve(process.env.SCREENSHOTS_DIR) : undefined;
const editorsDir = base ? path.join(base, 'cms') : path.join(REPO, 'cms', 'docs');
const readersDir = base ? path.join(base, 'site') : path.join(REPO, 'site', 'docs');
ensureAdminBuild();
const stack = await startLiveStack({ setupModule: path.join(import.meta.dirname, '..', 'fixtures', 'newsroom-staff.ts') });
try {
  await publishFirstRelease(stack);
  const browser = await launchChromium();
  try {
    const files = [...(await takeEditorScreenshots(browser, stack.cms.url, editorsDir)), ...(await takeReaderScreenshots(browser, stack.site, readersDir))];
    for (const file of files) console.log(`screenshots: ${path.relative(process.cwd(), file) || file}`);
  } finally {
    await browser.close();
  }
} finally {
  await stack.stop();
}

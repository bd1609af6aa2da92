import { hasChromium } from '../../../../site/e2e/harness/browser.js';
import { ensureAdminBuild } from '../harness/admin-build.js';

export default function setup(): void {
  if (hasChromium) ensureAdminBuild();
}

import { buildPreviewApp } from '@hoilhpn/testing/cms-process';
import { hasChromium } from '@hoilhpn/testing/browser';
import { ensureAdminBuild } from '../harness/admin-build.js';

export default async function setup(): Promise<void> {
  if (!hasChromium) return;
  ensureAdminBuild();
  const preview = await buildPreviewApp();
  if (preview.code !== 0) throw new Error(`preview renderer build failed:\n${preview.stdout}\n${preview.stderr}`);
}

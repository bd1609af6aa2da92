import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPreviewApp, buildSite, startCms, type RunningCms } from '@hoilhpn/testing/cms-process';

declare module 'vitest' {
  export interface ProvidedContext {
    site: { cmsUrl: string; token: string; previewToken: string; outDir: string; workDir: string; buildOutput: string };
  }
}

/** One real CMS with fixtures and one site build, shared by every e2e file. */
export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-site-e2e-'));
  let cms: RunningCms | undefined;
  try {
    cms = await startCms({
      databaseFile: path.join(workDir, 'cms.db'),
      setupModule: path.resolve(__dirname, '..', 'fixtures', 'cms-fixtures.ts'),
    });
    const outDir = path.join(workDir, 'dist');
    const build = await buildSite({ CMS_URL: cms.url, CMS_TOKEN: cms.token, SITE_OUT_DIR: outDir, SITE_URL: 'https://phunu.example.vn' });
    const buildOutput = `${build.stdout}\n${build.stderr}`;
    if (build.code !== 0) throw new Error(`site build failed:\n${buildOutput}`);
    const previewBuild = await buildPreviewApp();
    if (previewBuild.code !== 0) throw new Error(`preview app build failed:\n${previewBuild.stdout}\n${previewBuild.stderr}`);
    console.log(`e2e: CMS ${cms.url}, site built into ${outDir}`);
    project.provide('site', { cmsUrl: cms.url, token: cms.token, previewToken: cms.previewToken, outDir, workDir, buildOutput });
  } catch (error) {
    await cms?.stop();
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    await cms?.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
}

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ensureSiteBuildToken } from './site-build-token';

/** Hands the site build token to the local tooling through a file only its owner can read. */
export async function writeSiteBuildTokenFile(strapi: Core.Strapi, file: string): Promise<void> {
  const { accessKey } = await ensureSiteBuildToken(strapi);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${accessKey}\n`, { mode: 0o600 });
}

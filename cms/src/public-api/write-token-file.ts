import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ensureReadToken, type PREVIEW_TOKEN_NAME, type SITE_BUILD_TOKEN_NAME } from './read-tokens';

/** Hands a token to the local tooling (`npm start`) through a file only its owner can read. */
export async function writeTokenFile(strapi: Core.Strapi, name: typeof SITE_BUILD_TOKEN_NAME | typeof PREVIEW_TOKEN_NAME, file: string): Promise<void> {
  const { accessKey } = await ensureReadToken(strapi, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${accessKey}\n`, { mode: 0o600 });
}

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from './paths.js';

/** The secrets Strapi needs, from the CMS's own list (the one it checks in production and generates in development). */
export const STRAPI_SECRET_NAMES: readonly string[] = JSON.parse(readFileSync(path.join(CMS_DIR, 'src', 'environment', 'strapi-secrets.json'), 'utf8'));

const secret = () => randomBytes(24).toString('base64');

/** Every Strapi secret, fresh for this run: no test depends on a developer's cms/.env or on another run's sessions. */
export function testSecrets(): Record<string, string> {
  return Object.fromEntries(STRAPI_SECRET_NAMES.map((name) => [name, name === 'APP_KEYS' ? `${secret()},${secret()}` : secret()]));
}

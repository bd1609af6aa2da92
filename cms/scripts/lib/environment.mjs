// Plain JavaScript: it runs before anything is compiled.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENV_FILE = path.join(CMS_DIR, '.env');

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

/* Strapi must never call home: telemetry, update checks and license pings stay off. */
export const OFFLINE_ENV = {
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_LICENSE_PING: 'true',
  STRAPI_DISABLE_REMOTE_DATA_TRANSFER: 'true',
  BROWSER: 'none',
};

function secret() {
  return randomBytes(32).toString('base64');
}

function readEnvFile() {
  if (!existsSync(ENV_FILE)) return {};
  const values = {};
  for (const line of readFileSync(ENV_FILE, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (match) values[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

/**
 * Outside production, the first run writes fresh random secrets to cms/.env
 * (ignored by git) and later runs reuse them, so sessions and API tokens
 * survive restarts. Production gets no such help: config/server.ts refuses
 * to start without real secrets. Returns the names it generated.
 */
export function ensureDevelopmentSecrets(environment = process.env) {
  if (environment.NODE_ENV === 'production') return [];
  const stored = readEnvFile();
  const missing = SECRETS.filter((name) => !environment[name] && !stored[name]);
  if (missing.length === 0) return [];
  const lines = missing.map((name) =>
    name === 'APP_KEYS' ? `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}` : `${name}=${secret()}`,
  );
  const previous = existsSync(ENV_FILE) ? readFileSync(ENV_FILE, 'utf8') : '# Generated on first run; keep it private and out of git.\n';
  writeFileSync(ENV_FILE, `${previous.replace(/\n?$/, '\n')}${lines.join('\n')}\n`, { mode: 0o600 });
  return missing;
}

export function applyOfflineEnvironment(environment = process.env) {
  for (const [name, value] of Object.entries(OFFLINE_ENV)) environment[name] ??= value;
}

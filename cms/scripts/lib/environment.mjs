// Plain JavaScript: it runs before anything is compiled.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// One list for this script, the compiled CMS (src/environment/required-secrets.ts) and the test harness (@hoilhpn/testing).
const SECRETS = createRequire(import.meta.url)('../../src/environment/strapi-secrets.json');

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

/** The file Strapi's dotenv reads: ENV_PATH when set, else cms/.env (every command runs with cms/ as its working directory). */
export function envFilePath(environment = process.env) {
  return environment.ENV_PATH ? path.resolve(environment.ENV_PATH) : path.join(CMS_DIR, '.env');
}

function readEnvFile(file) {
  if (!existsSync(file)) return {};
  const values = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
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
 *
 * The secrets also go straight into `environment`: Strapi reads .env once, when
 * @strapi/core is first imported, and a one-shot command (seed, token, the
 * importer) imports it before this runs, so on a fresh clone it would start
 * without them ("App keys are required").
 */
export function ensureDevelopmentSecrets(environment = process.env) {
  if (environment.NODE_ENV === 'production') return [];
  const file = envFilePath(environment);
  const stored = readEnvFile(file);
  const missing = SECRETS.filter((name) => !environment[name] && !stored[name]);
  const generated = Object.fromEntries(missing.map((name) => [name, name === 'APP_KEYS' ? [secret(), secret(), secret(), secret()].join(',') : secret()]));
  if (missing.length > 0) {
    const previous = existsSync(file) ? readFileSync(file, 'utf8') : '# Generated on first run; keep it private and out of git.\n';
    const lines = missing.map((name) => `${name}=${generated[name]}`);
    writeFileSync(file, `${previous.replace(/\n?$/, '\n')}${lines.join('\n')}\n`, { mode: 0o600 });
  }
  for (const name of SECRETS) environment[name] ||= stored[name] || generated[name];
  return missing;
}

export function applyOfflineEnvironment(environment = process.env) {
  for (const [name, value] of Object.entries(OFFLINE_ENV)) environment[name] ??= value;
}

#!/usr/bin/env node
// Runs the Strapi CLI with secrets in place and every call home switched off.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { applyOfflineEnvironment, CMS_DIR, ensureDevelopmentSecrets } from './lib/environment.mjs';

const args = process.argv.slice(2);
// Building the admin needs no secrets, and a Docker image must not carry any.
if (args[0] !== 'build') {
  const generated = ensureDevelopmentSecrets();
  if (generated.length > 0) console.log(`cms: generated ${generated.join(', ')} in cms/.env (first run)`);
}
applyOfflineEnvironment();

if (args[0] === 'develop' || args[0] === 'start') process.env.SEED_IF_EMPTY ??= 'true';

const require = createRequire(import.meta.url);
// bin/ is not in @strapi/strapi's "exports": find it beside the package's package.json.
const packageJson = require.resolve('@strapi/strapi/package.json', { paths: [CMS_DIR] });
const cli = path.join(path.dirname(packageJson), 'bin', 'strapi.js');
const child = spawn(process.execPath, [cli, ...args], { cwd: CMS_DIR, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

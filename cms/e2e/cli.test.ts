import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@hoilhpn/testing/free-port';
import { testSecrets } from '@hoilhpn/testing/secrets';
import { CMS_DIR, startTestServer } from './harness/strapi-server';

/* The CMS started as a user starts it, in production mode, on its own SQLite files. The commands README prints: documented-commands.test.ts. */

let dir: string;

beforeAll(async () => {
  await startTestServer(); // compiles dist/ once for everyone
  dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ENV_PATH: path.join(dir, 'no.env'), ...extra };
  return env;
}

function run(args: string[], env: NodeJS.ProcessEnv, cwd = CMS_DIR, timeoutMs = 120_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe.runIf(process.env.TEST_DATABASE !== 'postgres')('command line', () => {
  it('production refuses to start without secrets and names each one', async () => {
    const result = await run(
      ['scripts/strapi.mjs', 'start'],
      baseEnv({ NODE_ENV: 'production', DATABASE_FILENAME: path.join(dir, 'prod.db'), JWT_SECRET: 'toBeModified' }),
    );
    expect(result.code).not.toBe(0);
    const output = result.stdout + result.stderr;
    for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY']) {
      expect(output).toContain(`${name} (missing)`);
    }
    expect(output).toContain('JWT_SECRET (example value)');
  });

  it('production serves GraphQL without playground or introspection, and refuses without stack traces', async () => {
    const port = await freePort();
    const env = baseEnv({ ...testSecrets(), NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), DATABASE_FILENAME: path.join(dir, 'prod.db') });
    const child = spawn(process.execPath, ['scripts/strapi.mjs', 'start'], { cwd: CMS_DIR, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline) {
        const ok = await fetch(`${url}/_health`).then(
          (response) => response.status === 204,
          () => false,
        );
        if (ok) break;
        if (child.exitCode !== null) throw new Error(`production server exited: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const introspection = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      expect(introspection.status).toBe(400);
      expect(JSON.stringify(await introspection.json())).toMatch(/introspection is not allowed/i);

      const landing = await (await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).text();
      expect(landing).toContain('Read-only GraphQL endpoint');
      expect(landing).not.toMatch(/https?:\/\//);

      const query = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { title } }' }),
      });
      expect(query.status).toBe(200);
      expect(await query.json()).toEqual({ data: { articles: expect.any(Array) } });

      // Refusals and bad requests: the status README gives, the reason, never the server's stack or where its files are.
      const noStack = (body: string) => {
        expect(body).not.toMatch(/stacktrace|\n\s+at |node_modules|\.[cm]?[jt]s:\d+|file:\/\//i);
        expect(body).not.toContain(path.dirname(CMS_DIR));
      };
      for (const [graphqlQuery, status, code] of [
        ['{ articles(status: DRAFT) { title } }', 403, 'FORBIDDEN'],
        ['{ articles(publicationFilter: MODIFIED) { title } }', 403, 'FORBIDDEN'],
        // Writes, as public-api-safety.test.ts expects them in development: content mutations are not in the schema, the rest are refused.
        ['mutation { createArticle(data: { title: "x" }) { documentId } }', 400, 'GRAPHQL_VALIDATION_FAILED'],
        ['mutation { register(input: { username: "x", email: "x@example.com", password: "Passw0rd!" }) { jwt } }', 403, 'FORBIDDEN'],
        ['{ articles { title ', 400, 'GRAPHQL_PARSE_FAILED'],
        ['{ articles { nope } }', 400, 'GRAPHQL_VALIDATION_FAILED'],
      ] as const) {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: graphqlQuery }),
        });
        const body = await response.text();
        expect(response.status, graphqlQuery).toBe(status);
        expect(JSON.parse(body).errors[0].extensions.code, graphqlQuery).toBe(code);
        noStack(body);
      }
      for (const [restPath, status] of [
        ['/api/articles?status=draft', 403],
        ['/api/articles?publicationFilter=modified', 403],
        ['/api/articles?filters[nope][$eq]=1', 400],
        ['/API/upload/files', 404],
      ] as const) {
        const response = await fetch(`${url}${restPath}`);
        expect(response.status, restPath).toBe(status);
        noStack(await response.text());
      }
    } finally {
      child.kill('SIGTERM');
    }
  });
});

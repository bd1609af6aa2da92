import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, freePort } from '@hoilhpn/testing/cms-process';

const { cmsUrl, token, workDir } = inject('site');

/** A live site that a failed build must leave exactly as it was. */
function liveSite(name: string): { dir: string; sentinel: string } {
  const dir = path.join(workDir, name);
  mkdirSync(dir, { recursive: true });
  const sentinel = path.join(dir, 'index.html');
  writeFileSync(sentinel, '<p>the live site</p>');
  return { dir, sentinel };
}

/** Forwards to the real CMS, counting GraphQL requests and optionally rewriting answers. */
async function proxy(rewrite?: (body: any) => any) {
  const counter = { requests: 0 };
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.url === '/graphql') counter.requests += 1;
    const upstream = await fetch(`${cmsUrl}${request.url}`, {
      method: request.method,
      headers: { 'content-type': request.headers['content-type'] ?? 'application/json', authorization: request.headers.authorization ?? '' },
      body: request.method === 'GET' ? undefined : Buffer.concat(chunks),
    });
    const contentType = upstream.headers.get('content-type') ?? '';
    if (rewrite && request.url === '/graphql' && contentType.includes('json')) {
      const body = rewrite(await upstream.json());
      response.writeHead(upstream.status, { 'content-type': contentType }).end(JSON.stringify(body));
      return;
    }
    response.writeHead(upstream.status, { 'content-type': contentType }).end(Buffer.from(await upstream.arrayBuffer()));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, counter, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('a build that cannot trust its data publishes nothing', () => {
  it('fails with a clear message when the CMS is down, after retrying, and leaves the live site alone', async () => {
    const { dir, sentinel } = liveSite('live-down');
    const port = await freePort();
    const result = await buildSite({ CMS_URL: `http://127.0.0.1:${port}`, CMS_TOKEN: token, SITE_OUT_DIR: dir, CMS_FETCH_RETRIES: '2' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/build failed, .* left as it was/);
    expect(result.stderr).toMatch(new RegExp(`http://127\\.0\\.0\\.1:${port}/graphql is unreachable after 3 attempts \\(ECONNREFUSED\\)`));
    expect(result.stdout).toMatch(/attempt 1 failed .* retrying/);
    expect(readFileSync(sentinel, 'utf8')).toBe('<p>the live site</p>');
  });

  it('clears the staging folders and pending snapshots of a build that was killed, and keeps those of a build still running', async () => {
    const { dir } = liveSite('live-abandoned');
    // A process that has certainly exited, so its pid names no running build.
    const deadPid = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    const snapshot = `${dir}.content-snapshot.json`;
    const abandoned = [`${dir}.staging-1700000000000-${deadPid}`, `${dir}.staging-1700000000000-${deadPid}.search`];
    const running = `${dir}.staging-1700000000000-${process.pid}`;
    for (const folder of [...abandoned, running]) mkdirSync(path.join(folder, 'tin-tuc'), { recursive: true });
    const abandonedSnapshot = `${snapshot}.pending-1700000000000-${deadPid}`;
    const runningSnapshot = `${snapshot}.pending-1700000000000-${process.pid}`;
    for (const file of [abandonedSnapshot, runningSnapshot]) writeFileSync(file, '{}');
    const port = await freePort();
    const result = await buildSite({
      CMS_URL: `http://127.0.0.1:${port}`,
      CMS_TOKEN: token,
      SITE_OUT_DIR: dir,
      SITE_CONTENT_SNAPSHOT: snapshot,
      CMS_FETCH_RETRIES: '0',
    });
    expect(result.code).toBe(1);
    for (const folder of abandoned) expect(existsSync(folder), folder).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(abandonedSnapshot)).toBe(false);
    expect(existsSync(runningSnapshot)).toBe(true);
    expect(result.stdout).toContain(`removed ${path.basename(abandoned[0]!)}, left by a build that was stopped`);
  });

  it('fails when the CMS refuses the token', async () => {
    const { dir, sentinel } = liveSite('live-token');
    const result = await buildSite({ CMS_URL: cmsUrl, CMS_TOKEN: 'not-the-token', SITE_OUT_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refused the token \(HTTP 401/);
    expect(result.stderr).toContain('pnpm --dir cms api-token');
    expect(readFileSync(sentinel, 'utf8')).toBe('<p>the live site</p>');
  });

  it('fails when the CMS returns fewer entries than it reports', async () => {
    const { dir, sentinel } = liveSite('live-short');
    const short = await proxy((body) => {
      const page = body?.data?.page;
      if (page?.nodes?.length > 1 && page.nodes[0].fullName) page.nodes = page.nodes.slice(1);
      return body;
    });
    try {
      const result = await buildSite({ CMS_URL: short.url, CMS_TOKEN: token, SITE_OUT_DIR: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/CMS cadres: the CMS reports 10 entries but returned 9/);
      expect(readFileSync(sentinel, 'utf8')).toBe('<p>the live site</p>');
    } finally {
      await short.close();
    }
  });

  it('fetches everything once per build: one request per list page, not per page of the site', async () => {
    const counting = await proxy();
    try {
      const dir = path.join(workDir, 'counted');
      const env = { CMS_URL: counting.url, CMS_TOKEN: token, SITE_OUT_DIR: dir, SITE_CONTENT_SNAPSHOT: path.join(workDir, 'counted-snapshot.json') };
      const result = await buildSite(env);
      expect(result.code, result.stderr).toBe(0);
      // No snapshot yet: the change record's position, the CMS identity, 9 lists of under 100 entries,
      // the site settings and the introduction: 13 requests for 60+ pages.
      expect(counting.counter.requests).toBe(13);
      // From that snapshot, with nothing changed: the identity and the change record, nothing else.
      counting.counter.requests = 0;
      const again = await buildSite(env);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('content: nothing changed since the last build');
      expect(counting.counter.requests).toBe(2);
    } finally {
      await counting.close();
    }
  });
});

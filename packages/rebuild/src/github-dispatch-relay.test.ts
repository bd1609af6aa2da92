import http, { type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createControlServer, SECRET_HEADER } from './control-server.js';
import { GithubDispatchRelay } from './github-dispatch-relay.js';

const SECRET = 'relay-secret-for-tests-0123456789';
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stands in for api.github.com (unreachable here): records what a dispatch sends and answers like GitHub. */
async function githubStandIn(status = 204) {
  const calls: { url: string; headers: IncomingHttpHeaders; body: any }[] = [];
  const url = await listen(
    http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        calls.push({ url: request.url ?? '', headers: request.headers, body: JSON.parse(body) });
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(status === 204 ? undefined : '{"message":"Bad credentials"}');
      });
    }),
  );
  return { url, calls };
}

const webhook = (control: string, secret = SECRET) =>
  fetch(`${control}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SECRET_HEADER]: secret },
    body: '{"event":"entry.publish","model":"article","entry":null}',
  });

describe('GitHub repository_dispatch relay', () => {
  it('turns a burst of CMS webhooks into one dispatch GitHub accepts', async () => {
    const github = await githubStandIn();
    const relay = new GithubDispatchRelay({ repository: 'hoi-lhpn/portal', token: 'ghp_test', apiUrl: github.url, debounceMs: 100 });
    const control = await listen(createControlServer(relay, { secret: SECRET }));
    for (let index = 0; index < 5; index += 1) expect((await webhook(control)).status).toBe(202);
    await relay.scheduler.idle();
    expect(github.calls).toHaveLength(1);
    const [call] = github.calls;
    expect(call!.url).toBe('/repos/hoi-lhpn/portal/dispatches');
    expect(call!.headers.authorization).toBe('Bearer ghp_test');
    expect(call!.headers.accept).toBe('application/vnd.github+json');
    expect(call!.body).toEqual({ event_type: 'cms-content-changed', client_payload: { reason: expect.stringContaining('entry.publish'), force: false } });
    expect(await relay.status()).toMatchObject({ dispatchesSent: 1, lastDispatch: { result: 'sent' }, eventsReceived: 5 });
  });

  it('refuses a wrong secret with 401 and dispatches nothing; has no rollback', async () => {
    const github = await githubStandIn();
    const relay = new GithubDispatchRelay({ repository: 'hoi-lhpn/portal', token: 'ghp_test', apiUrl: github.url, debounceMs: 50 });
    const control = await listen(createControlServer(relay, { secret: SECRET }));
    expect((await webhook(control, 'wrong-secret')).status).toBe(401);
    const rollback = await fetch(`${control}/rollback`, { method: 'POST', headers: { [SECRET_HEADER]: SECRET } });
    expect(rollback.status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(github.calls).toHaveLength(0);
  });

  it('reports what GitHub said when it refuses', async () => {
    const github = await githubStandIn(401);
    const relay = new GithubDispatchRelay({ repository: 'hoi-lhpn/portal', token: 'expired', apiUrl: github.url, debounceMs: 10 });
    relay.notify('test');
    await relay.scheduler.idle();
    expect(relay.lastDispatch).toMatchObject({ result: 'failed', error: expect.stringContaining('GitHub answered 401: {"message":"Bad credentials"}') });
  });

  it('wants owner/name for the repository', () => {
    expect(() => new GithubDispatchRelay({ repository: 'portal', token: 't', debounceMs: 1 })).toThrow(/GITHUB_REPOSITORY must be owner\/name/);
  });
});

describe('readRelayConfig', () => {
  it('names every missing setting at once', async () => {
    const { readRelayConfig } = await import('./config.js');
    expect(() => readRelayConfig({ SITE_REBUILD_SECRET: 'short', GITHUB_REPOSITORY: 'portal' })).toThrow(
      /SITE_REBUILD_SECRET \(at least 16.*GITHUB_REPOSITORY \(owner\/name.*got "portal"\).*GITHUB_TOKEN/,
    );
    expect(readRelayConfig({ SITE_REBUILD_SECRET: SECRET, GITHUB_REPOSITORY: 'hoi-lhpn/portal', GITHUB_TOKEN: 't' })).toMatchObject({
      apiUrl: 'https://api.github.com',
      controlPort: 4322,
      debounceMs: 1500,
    });
  });
});

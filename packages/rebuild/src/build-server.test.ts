import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildServer } from './build-server.js';

/*
 * A real process speaking the build server's protocol (site/scripts/build-server.mjs):
 * it counts its builds in memory, writes SITE_OUT_DIR/count, prints a line per
 * build, waits for a gate file when GATED is set, and asks to be restarted
 * while the file RESTART exists (as the real one does when the site's code changed).
 */
const FAKE_SERVER = `
const fs = require('node:fs');
const path = require('node:path');
let builds = 0;
process.on('message', (message) => {
  if (message.type !== 'build') return;
  if (fs.existsSync(process.env.RESTART)) return process.send({ type: 'restart', id: message.id });
  const finish = () => {
    builds += 1;
    fs.mkdirSync(message.env.SITE_OUT_DIR, { recursive: true });
    fs.writeFileSync(path.join(message.env.SITE_OUT_DIR, 'count'), String(builds) + ' ' + process.pid + ' ' + (message.env.SITE_PREVIOUS_RELEASE ?? '-'));
    console.log('built ' + builds);
    const ok = message.env.FAIL !== '1';
    // The real server's end mark (BUILD_DONE_MARK) comes before its answer; LATE makes the answer overtake the build's last line.
    if (message.env.LATE) {
      process.send({ type: 'done', id: message.id, ok });
      return setTimeout(() => process.stdout.write('late line\\n\\u001ebuild-done ' + message.id + '\\n'), 100);
    }
    process.stdout.write('\\n\\u001ebuild-done ' + message.id + '\\n');
    process.send({ type: 'done', id: message.id, ok });
  };
  if (!process.env.GATED) return finish();
  const timer = setInterval(() => fs.existsSync(process.env.GATED) && (clearInterval(timer), finish()), 10);
});
process.on('disconnect', () => process.exit(0));
process.send({ type: 'ready' });
`;

const roots: string[] = [];
const servers: BuildServer[] = [];
afterEach(() => {
  servers.splice(0).forEach((server) => server.stop());
  roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true }));
});

function fakeServer(env: Record<string, string> = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-build-server-'));
  roots.push(root);
  const script = path.join(root, 'server.cjs');
  writeFileSync(script, FAKE_SERVER);
  const server = new BuildServer({ command: process.execPath, args: [script], cwd: root, env: { RESTART: path.join(root, 'restart'), ...env }, server: true });
  servers.push(server);
  return { root, server, count: (dir: string) => readFileSync(path.join(root, dir, 'count'), 'utf8').split(' ') };
}

describe('BuildServer', () => {
  it('runs build after build in one process that keeps its memory, with each build’s own environment and output', async () => {
    const { root, server, count } = fakeServer();
    const first = await server.run(path.join(root, 'r1'), { SITE_FULL_BUILD: '1' });
    const second = await server.run(path.join(root, 'r2'), { SITE_PREVIOUS_RELEASE: path.join(root, 'r1') });
    expect(first).toMatchObject({ ok: true, code: 0, signal: null });
    expect(first.output).toContain('built 1');
    // Only this build's lines.
    expect(second.output.trim()).toBe('built 2');
    const [builds1, pid1, previous1] = count('r1');
    const [builds2, pid2, previous2] = count('r2');
    expect([builds1, builds2]).toEqual(['1', '2']);
    expect(pid2).toBe(pid1);
    expect([previous1, previous2]).toEqual(['-', path.join(root, 'r1')]);
  });

  it("counts a build's last lines to it even when its answer arrives first", async () => {
    const { root, server } = fakeServer();
    const late = await server.run(path.join(root, 'r1'), { LATE: '1' });
    expect(late.output).toContain('late line');
    const next = await server.run(path.join(root, 'r2'), {});
    expect(next.output).not.toContain('late line');
    expect(next.output).not.toContain('build-done');
  });

  it('reports a failed build without stopping the server', async () => {
    const { root, server, count } = fakeServer();
    expect((await server.run(path.join(root, 'r1'), { FAIL: '1' })).ok).toBe(false);
    expect((await server.run(path.join(root, 'r2'), {})).ok).toBe(true);
    expect(count('r2')[1]).toBe(count('r1')[1]);
  });

  it('ends the build it runs when killed, and starts a new server for the next', async () => {
    const { root, server, count } = fakeServer({ GATED: 'gate' });
    let child: import('node:child_process').ChildProcess | undefined;
    const running = server.run(path.join(root, 'r1'), {}, (started) => (child = started));
    while (!child) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGKILL');
    expect(await running).toMatchObject({ ok: false, signal: 'SIGKILL' });
    expect(existsSync(path.join(root, 'r1', 'count'))).toBe(false);
    writeFileSync(path.join(root, 'gate'), '');
    expect((await server.run(path.join(root, 'r2'), {})).ok).toBe(true);
    expect(count('r2')[0]).toBe('1');
  });

  it('starts a new server when the running one asks to be restarted (the site code changed), once', async () => {
    const { root, server, count } = fakeServer();
    await server.run(path.join(root, 'r1'), {});
    writeFileSync(path.join(root, 'restart'), '');
    const refused = await server.run(path.join(root, 'r2'), {});
    expect(refused).toMatchObject({ ok: false, output: 'the build server asked to be restarted twice' });
    rmSync(path.join(root, 'restart'));
    await server.run(path.join(root, 'r3'), {});
    // A new process, which starts counting again.
    expect(count('r3')[0]).toBe('1');
    expect(count('r3')[1]).not.toBe(count('r1')[1]);
  });

  it('says why when the server cannot start', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-build-server-'));
    roots.push(root);
    const server = new BuildServer({ command: process.execPath, args: [path.join(root, 'missing.mjs')], cwd: root, env: {}, server: true });
    servers.push(server);
    const outcome = await server.run(path.join(root, 'r1'), {});
    expect(outcome.ok).toBe(false);
    expect(outcome.output).toMatch(/the build server stopped before it was ready \(exit code 1\).*missing\.mjs/s);
  });
});

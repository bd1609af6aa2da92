// @ts-check
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTree } from './test-support/file-tree.mjs';
import { fileOfRoute, linkUnchanged, planBuild, readPreviousManifest } from './incremental.mjs';
import { linkInto } from './link-tree.mjs';

const manifest = (/** @type {Record<string, string>} */ routes, { codeVersion = 'code-1', site = 'https://phunu.example.vn/' } = {}) => ({
  codeVersion,
  site,
  routes: Object.fromEntries(Object.entries(routes).map(([route, fingerprint]) => [route, { template: 'article', fingerprint }])),
});

const tree = (/** @type {Record<string, string>} */ files) => fileTree('incremental', files);

describe('planBuild', () => {
  it('renders new and changed routes, takes over the unchanged and names the gone', () => {
    const previous = manifest({ '/': 'h1', '/tin-tuc/a/': 'a1', '/tin-tuc/b/': 'b1', '/rss.xml': 'r1' });
    const current = manifest({ '/': 'h2', '/tin-tuc/a/': 'a1', '/tin-tuc/c/': 'c1', '/rss.xml': 'r1' });
    expect(planBuild(previous, current)).toEqual({
      kind: 'incremental',
      render: ['/', '/tin-tuc/c/'],
      reuse: ['/tin-tuc/a/', '/rss.xml'],
      deleted: ['/tin-tuc/b/'],
    });
  });

  it('builds in full when the code version or the public address changed', () => {
    const routes = { '/': 'h1' };
    expect(planBuild(manifest(routes), manifest(routes, { codeVersion: 'code-2' }))).toMatchObject({
      kind: 'full',
      reason: expect.stringContaining('code version'),
    });
    expect(planBuild(manifest(routes), manifest(routes, { site: 'https://other.example.vn/' }))).toMatchObject({
      kind: 'full',
      reason: expect.stringContaining('public address'),
    });
  });
});

describe('fileOfRoute', () => {
  it('gives the file the static build writes for a route path', () => {
    expect(fileOfRoute('/')).toBe('index.html');
    expect(fileOfRoute('/tin-tuc/trang/2/')).toBe('tin-tuc/trang/2/index.html');
    expect(fileOfRoute('/rss.xml')).toBe('rss.xml');
    expect(fileOfRoute('/404.html')).toBe('404.html');
  });
});

describe('readPreviousManifest', () => {
  it('says why a previous release cannot be built from', async () => {
    expect((await readPreviousManifest(tree({ 'index.html': '' }))).reason).toMatch(/has no route-manifest\.json/);
    expect((await readPreviousManifest(tree({ 'route-manifest.json': '{' }))).reason).toMatch(/route-manifest\.json cannot be read/);
  });
});

describe('linkUnchanged', () => {
  it('hard-links the unchanged files only: not the changed, the gone, the search index, media or build info', async () => {
    const previous = tree({
      'index.html': 'home',
      'tin-tuc/a/index.html': 'a',
      'tin-tuc/b/index.html': 'b',
      'tin-tuc/c/index.html': 'c',
      'favicon.svg': 'icon',
      'pagefind/shards.json': 'old index',
      'media/x.png': 'png',
      'build-info.json': '{}',
      'route-manifest.json': '{}',
    });
    const staging = tree({});
    await linkUnchanged(previous, staging, { kind: 'incremental', render: ['/tin-tuc/b/'], reuse: ['/', '/tin-tuc/a/'], deleted: ['/tin-tuc/c/'] });
    expect(statSync(path.join(staging, 'tin-tuc/a/index.html')).ino).toBe(statSync(path.join(previous, 'tin-tuc/a/index.html')).ino);
    expect(statSync(path.join(staging, 'index.html')).ino).toBe(statSync(path.join(previous, 'index.html')).ino);
    expect(readFileSync(path.join(staging, 'favicon.svg'), 'utf8')).toBe('icon');
    for (const gone of ['tin-tuc/b/index.html', 'tin-tuc/c/index.html', 'pagefind/shards.json', 'media/x.png', 'build-info.json', 'route-manifest.json']) {
      expect(() => statSync(path.join(staging, gone)), gone).toThrow();
    }
    // A gone route leaves no empty folder behind (the full build has none); the previous release is untouched.
    expect(() => statSync(path.join(staging, 'tin-tuc/c'))).toThrow();
    expect(readdirSync(path.join(staging, 'tin-tuc')).sort()).toEqual(['a']);
    expect(readFileSync(path.join(previous, 'tin-tuc/c/index.html'), 'utf8')).toBe('c');
  });
});

describe('linkInto', () => {
  it('links folders and files whole, with cp or one by one, and leaves the sources as they were', async () => {
    const from = tree({ 'a/b/c.txt': 'c', 'a/d.txt': 'd', 'e.txt': 'e' });
    const into = tree({});
    await linkInto([path.join(from, 'a'), path.join(from, 'e.txt')], path.join(into, 'x'));
    expect(statSync(path.join(into, 'x/a/b/c.txt')).ino).toBe(statSync(path.join(from, 'a/b/c.txt')).ino);
    expect(readFileSync(path.join(into, 'x/a/d.txt'), 'utf8')).toBe('d');
    expect(statSync(path.join(into, 'x/e.txt')).ino).toBe(statSync(path.join(from, 'e.txt')).ino);
    // Without cp on PATH the slow way gives the same tree.
    const slow = tree({});
    const pathBefore = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await linkInto([path.join(from, 'a')], slow);
    } finally {
      process.env.PATH = pathBefore;
    }
    expect(statSync(path.join(slow, 'a/b/c.txt')).ino).toBe(statSync(path.join(from, 'a/b/c.txt')).ino);
    await linkInto([], path.join(into, 'nothing'));
  });
});

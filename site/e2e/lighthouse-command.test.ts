import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { hasChromium } from '@hoilhpn/testing/browser';
import { readmeCommand } from '@hoilhpn/testing/readme-command';

const { outDir } = inject('site');
const REPO = path.resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-lighthouse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const documentedCommand = () => readmeCommand(/^pnpm .*\brun lighthouse$/);

describe.runIf(hasChromium)('the Lighthouse command', () => {
  // Scores depend on the machine's speed: the test checks the command measures, not what it measures.
  it("scores a built site's pages in Chromium and prints the table the README shows", async () => {
    const command = documentedCommand();
    const json = path.join(work, 'scores.json');
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn('bash', ['-c', command], {
        cwd: REPO,
        env: { ...process.env, SITE_OUT_DIR: outDir, LIGHTHOUSE_TEMPLATES: 'search,legalDocument', LIGHTHOUSE_JSON: json },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (exitCode) => resolve({ code: exitCode, output }));
    });
    expect(code, `${command}\n${output.slice(-3000)}`).toBe(0);
    expect(output).toContain('| page | path | performance | accessibility | best practices | SEO | CLS | LCP |');
    const rows = JSON.parse(readFileSync(json, 'utf8')) as { template: string; path: string; performance: number; accessibility: number; seo: number }[];
    expect(rows.map((row) => row.template).sort()).toEqual(['legalDocument', 'search']);
    for (const row of rows) {
      expect(output).toContain(`| ${row.template} | \`${row.path}\` | ${row.performance} |`);
      for (const score of [row.performance, row.accessibility, row.seo]) expect(score).toBeGreaterThan(0);
    }
  }, 300_000);

  it('says what is missing when the site is not built', async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn('bash', ['-c', documentedCommand()], { cwd: REPO, env: { ...process.env, SITE_OUT_DIR: work } });
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (exitCode) => resolve({ code: exitCode, output }));
    });
    expect(code).toBe(1);
    expect(output).toContain(`lighthouse: ${path.join(work, 'route-manifest.json')} is missing: build the site first`);
  });
});

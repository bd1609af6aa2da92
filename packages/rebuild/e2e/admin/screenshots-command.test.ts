import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium } from '@hoilhpn/testing/browser';
import { readmeCommand } from '@hoilhpn/testing/readme-command';
import { REPO } from '../harness/live-stack.js';
import { EDITOR_SCREENSHOTS } from './editor-screenshots.js';
import { READER_SCREENSHOTS } from './reader-screenshots.js';

const outDir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-screenshots-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.skipIf(!hasChromium)('the editors’ and readers’ screenshots (cms/docs, site/docs)', () => {
  it('are taken by the README’s command: the list, an article being edited and the media library in Vietnamese; the home page at 375 and 1280 px and the newer pages', async () => {
    const command = readmeCommand(/^pnpm .*\brun screenshots$/);
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn('bash', ['-c', command], { cwd: REPO, env: { ...process.env, SCREENSHOTS_DIR: outDir } });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (exitCode) => resolve({ code: exitCode, output }));
    });
    expect(code, `${command}\n${output.slice(-3000)}`).toBe(0);
    for (const screen of EDITOR_SCREENSHOTS) {
      const file = path.join(outDir, 'cms', screen.file);
      expect(output).toContain(screen.file);
      expect(pngSize(file)).toEqual({ width: 1600, height: 900 });
      // A blank or error page compresses to a few KB; a drawn admin screen does not.
      expect(readFileSync(file).byteLength, screen.file).toBeGreaterThan(30_000);
    }
    for (const screen of READER_SCREENSHOTS) {
      const file = path.join(outDir, 'site', screen.file);
      expect(output).toContain(screen.file);
      const { width, height } = pngSize(file);
      // Whole pages: as wide as the window, at least as tall.
      expect(width, screen.file).toBe(screen.width);
      expect(height, screen.file).toBeGreaterThanOrEqual(800);
      expect(readFileSync(file).byteLength, screen.file).toBeGreaterThan(30_000);
    }
  }, 600_000);
});

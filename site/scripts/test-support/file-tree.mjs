// @ts-check
// Tests of the build scripts: a temporary folder holding the given files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A new temporary folder named `hoilhpn-<name>-…` with `files` (relative path → text) in it.
 * @param {string} name
 * @param {Record<string, string>} files
 */
export function fileTree(name, files) {
  const root = mkdtempSync(path.join(os.tmpdir(), `hoilhpn-${name}-`));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_DIR } from './paths.js';

/**
 * Copies into `target` what a fresh clone of this checkout holds: every file
 * git knows or would add, as it stands in the working tree (so uncommitted
 * work is tested too), and nothing git ignores (no installed packages, builds,
 * databases or secrets a run left behind).
 */
export function copyWorkingTree(target: string): void {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_DIR, encoding: 'utf8' });
  for (const file of listed.split('\0').filter(Boolean)) {
    const source = path.join(REPO_DIR, file);
    // Deleted in the working tree but still in the index, or a folder (a submodule): not in a clone either.
    if (!existsSync(source) || !lstatSync(source).isFile()) continue;
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    copyFileSync(source, path.join(target, file));
  }
}

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { copyWorkingTree } from '@hoilhpn/testing/working-tree-copy';
import { CMS_DIR } from './strapi-server';

export const REPO_DIR = path.resolve(CMS_DIR, '..');

/*
 * A fresh clone as a newcomer has it after installing: every file git knows
 * (the working tree's, so uncommitted work is tested too), the installed
 * dependencies and built shared packages, and nothing a run leaves behind:
 * no cms/.env, no database, no compiled CMS. Installed folders are linked to
 * this checkout's, not copied.
 */
const LINKED = (root: string): string[] => [
  'node_modules',
  'cms/node_modules',
  'site/node_modules',
  ...readdirSync(path.join(root, 'packages')).flatMap((name) => [`packages/${name}/node_modules`, `packages/${name}/dist`]),
];

export function makeFreshClone(parent: string): string {
  const clone = path.join(parent, 'repo');
  copyWorkingTree(clone);
  for (const folder of LINKED(REPO_DIR)) {
    if (existsSync(path.join(REPO_DIR, folder))) symlinkSync(path.join(REPO_DIR, folder), path.join(clone, folder));
  }
  return clone;
}

/** What a run leaves in cms/: removing it makes the clone fresh again. */
export const CMS_RUN_STATE = ['.env', '.tmp', 'dist', '.strapi', 'database'];

export function resetFreshClone(clone: string): void {
  for (const entry of CMS_RUN_STATE) rmSync(path.join(clone, 'cms', entry), { recursive: true, force: true });
}

export interface ShellResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts one command line with bash, as a user types it, in its own process group; the group is killed on timeout. */
export function startShell(
  line: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): { pid: number | undefined; done: Promise<ShellResult> } {
  const child = spawn('bash', ['-c', line], { cwd: options.cwd, env: options.env, detached: true });
  const done = new Promise<ShellResult>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => killGroup(child.pid), options.timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  return { pid: child.pid, done };
}

export function runShell(line: string, options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<ShellResult> {
  return startShell(line, options).done;
}

export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_DIR } from './paths.js';

/**
 * The first command README.md prints in inline code that matches `pattern`,
 * so a test runs exactly what a reader would type.
 */
export function readmeCommand(pattern: RegExp, readme = readFileSync(path.join(REPO_DIR, 'README.md'), 'utf8')): string {
  const command = readme
    .split('\n')
    .flatMap((line) => [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]!))
    .find((text) => pattern.test(text));
  if (!command) throw new Error(`README.md prints no command matching ${pattern}`);
  return command;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startBanner } from '../../../packages/tooling/bin/banner.mjs';
import { CMS_DIR } from './strapi-server';

const REPO_DIR = path.resolve(CMS_DIR, '..');

/** The pnpm version package.json pins ("packageManager": "pnpm@x.y.z"), which README tells users to run through npx. */
export const PINNED_PNPM = (() => {
  const { packageManager } = JSON.parse(readFileSync(path.join(REPO_DIR, 'package.json'), 'utf8')) as { packageManager?: string };
  const match = /^pnpm@(\d+\.\d+\.\d+)$/.exec(packageManager ?? '');
  if (!match) throw new Error(`package.json: "packageManager" is "${packageManager}", expected "pnpm@x.y.z"`);
  return match[1]!;
})();

export interface DocumentedCommand {
  /** As printed, with `npx pnpm@<pinned>` written as `pnpm`: the same command for a user without pnpm on PATH. */
  command: string;
  /** Where it is printed: "README.md:57" or "npm start banner". */
  where: string;
}

/* A pnpm command in the cms or site package; also inside $(…), after VAR=value prefixes, through npx. */
const PNPM_COMMAND = /(?:^|[\s(])(?:npx\s+)?pnpm(?:@[\d.]+)?\s+--dir\s+(?:cms|site)\b/;
const NPX_PNPM = /\bnpx\s+pnpm@([\d.]+)(?=\s)/g;

function asPnpm(command: string, where: string): string {
  return command.replace(NPX_PNPM, (_, version: string) => {
    if (version !== PINNED_PNPM) throw new Error(`${where}: prints npx pnpm@${version}, but package.json pins pnpm@${PINNED_PNPM}`);
    return 'pnpm';
  });
}

/** Every `pnpm --dir cms|site …` command README.md prints, in code blocks and in inline code. */
export function readmeCommands(readme = readFileSync(path.join(REPO_DIR, 'README.md'), 'utf8')): DocumentedCommand[] {
  const commands: DocumentedCommand[] = [];
  let fenced = false;
  readme.split('\n').forEach((line, index) => {
    const where = `README.md:${index + 1}`;
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return;
    }
    const candidates = fenced
      ? [line.replace(/\s+#\s.*$/, '')] // a shell comment is not part of the command
      : [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
    for (const candidate of candidates) {
      if (PNPM_COMMAND.test(candidate)) commands.push({ command: asPnpm(candidate.trim(), where), where });
    }
  });
  return commands;
}

/** The commands `npm start` prints when it is ready, from the banner itself. */
export function bannerCommands(): DocumentedCommand[] {
  return startBanner({ port: '1337', sitePort: '4321', controlPort: '4322', previewPort: '4323' })
    .map((line) => /(?:npx\s+)?pnpm(?:@[\d.]+)?\s+--dir\s+(?:cms|site)\b.*$/.exec(line)?.[0].trim())
    .filter((command): command is string => command !== undefined)
    .map((command) => ({ command: asPnpm(command, 'npm start banner'), where: 'npm start banner' }));
}

/** `pnpm …` as a user without pnpm on PATH types it: `npx pnpm@<pinned> …`. */
export function throughNpx(command: string): string {
  return command.replace(/(^|\$\(|\s)pnpm(?=\s)/g, `$1npx pnpm@${PINNED_PNPM}`);
}

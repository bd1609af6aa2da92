import { spawn, type ChildProcess } from 'node:child_process';

export interface BuildCommand {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The command is a build server (site/scripts/build-server.mjs, run by BuildServer): one process for many builds. */
  server?: boolean;
}

export interface BuildOutcome {
  ok: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines the build printed, for the status endpoint and the log. */
  output: string;
}

const KEEP_OUTPUT = 8_000;

/**
 * What the site build (site/scripts/build.mjs) is told about the release it
 * may build from: the live one, so only the routes that changed are rendered;
 * none when a full build was asked for or nothing is live yet.
 */
export function releaseEnv({ full, liveDir }: { full: boolean; liveDir: string | null }): Record<string, string> {
  if (full) return { SITE_FULL_BUILD: '1' };
  return liveDir ? { SITE_PREVIOUS_RELEASE: liveDir } : {};
}

/** Runs one site build as a child process, into `outDir`; `onStart` gets the process so it can be killed. */
export function runBuild(
  command: BuildCommand,
  outDir: string,
  onStart?: (child: ChildProcess) => void,
  env: Record<string, string> = {},
): Promise<BuildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command.command, command.args, {
      cwd: command.cwd,
      env: { ...command.env, SITE_PREVIOUS_RELEASE: undefined, SITE_FULL_BUILD: undefined, ...env, SITE_OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onStart?.(child);
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-KEEP_OUTPUT);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ ok: false, code: null, signal: null, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => resolve({ ok: code === 0, code, signal, output }));
  });
}

import { spawn, type ChildProcess } from 'node:child_process';

export interface BuildCommand {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface BuildOutcome {
  ok: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines the build printed, for the status endpoint and the log. */
  output: string;
}

const KEEP_OUTPUT = 8_000;

/** Runs one site build as a child process, into `outDir`; `onStart` gets the process so it can be killed. */
export function runBuild(command: BuildCommand, outDir: string, onStart?: (child: ChildProcess) => void): Promise<BuildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command.command, command.args, {
      cwd: command.cwd,
      env: { ...command.env, SITE_OUT_DIR: outDir },
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

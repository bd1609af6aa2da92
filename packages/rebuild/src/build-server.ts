import { fork, type ChildProcess } from 'node:child_process';
import type { BuildCommand, BuildOutcome } from './run-build.js';

const KEEP_OUTPUT = 8_000;
/**
 * Printed by the server on stdout after each build ("\x1ebuild-done <id>"):
 * the IPC answer and the output travel apart, and this says where a build's
 * output ends, so none of it is counted to the next build.
 */
export const BUILD_DONE_MARK = '\u001ebuild-done ';

type ServerMessage = { type: 'ready' } | { type: 'done'; id: number; ok: boolean } | { type: 'restart'; id: number };

/**
 * The site build kept running between builds (site/scripts/build-server.mjs):
 * what one build computed (the content snapshot, the manifest, the routing
 * code, the renderer) stays in memory for the next, so a publish does not
 * start Node and read the whole archive again. Killing it (a rollback, a
 * stop) ends the build it runs; the next build starts a new one, cold.
 */
export class BuildServer {
  #child: ChildProcess | null = null;
  #ready: Promise<ChildProcess> | null = null;
  #nextId = 1;
  /** What the server printed since the current build started (it is read always, so a full pipe never blocks it). */
  #output = '';
  /** Ids whose end mark came through stdout, and a wake-up for the build waiting on one. */
  #ended = new Set<number>();
  #onEnded: (() => void) | null = null;

  constructor(private readonly command: BuildCommand) {}

  /** Runs one build into `outDir`; `onStart` gets the server process so it can be killed. */
  async run(outDir: string, env: Record<string, string>, onStart?: (child: ChildProcess) => void): Promise<BuildOutcome> {
    for (let attempt = 0; ; attempt += 1) {
      const child = await this.#start().catch((error: Error) => error);
      if (child instanceof Error) return { ok: false, code: null, signal: null, output: child.message };
      onStart?.(child);
      const outcome = await this.#build(child, { ...env, SITE_OUT_DIR: outDir });
      // The site's code changed since the server started: a new one loads it.
      if (outcome === 'restart' && attempt === 0) {
        this.stop();
        continue;
      }
      return outcome === 'restart' ? { ok: false, code: null, signal: null, output: 'the build server asked to be restarted twice' } : outcome;
    }
  }

  /** Stops the server (and the build it runs, if any). */
  stop(): void {
    const child = this.#child;
    this.#child = null;
    this.#ready = null;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }

  #start(): Promise<ChildProcess> {
    if (this.#ready && this.#child && this.#child.exitCode === null && this.#child.signalCode === null) return this.#ready;
    const [script, ...args] = this.command.args;
    const child = fork(script!, args, {
      cwd: this.command.cwd,
      env: { ...this.command.env, SITE_PREVIOUS_RELEASE: undefined, SITE_FULL_BUILD: undefined, SITE_OUT_DIR: undefined },
      execPath: this.command.command,
      // Not the parent's own flags (a loader such as tsx, an inspector port).
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.#child = child;
    this.#output = '';
    let pending = '';
    const keep = (chunk: Buffer) => {
      this.#output = (this.#output + chunk.toString('utf8')).slice(-KEEP_OUTPUT);
    };
    // Lines of stdout: an end mark is taken out, the rest kept.
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith(BUILD_DONE_MARK)) {
          this.#ended.add(Number(line.slice(BUILD_DONE_MARK.length)));
          this.#onEnded?.();
        } else keep(Buffer.from(`${line}\n`));
      }
    });
    child.stderr!.on('data', keep);
    this.#ready = new Promise<ChildProcess>((resolve, reject) => {
      const onMessage = (message: ServerMessage) => {
        if (message.type !== 'ready') return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(child);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
        reject(new Error(`the build server stopped before it was ready (${signal ?? `exit code ${code}`}): ${this.#output.trim()}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.once('error', (error) => reject(error));
    });
    this.#busy(child);
    return this.#ready;
  }

  #build(child: ChildProcess, env: Record<string, string>): Promise<BuildOutcome | 'restart'> {
    const id = this.#nextId++;
    this.#busy(child);
    this.#output = '';
    return new Promise((resolve) => {
      const finish = (result: BuildOutcome | 'restart') => {
        this.#onEnded = null;
        child.off('message', onMessage);
        child.off('close', onExit);
        this.#idle(child);
        resolve(result);
      };
      const onMessage = (message: ServerMessage) => {
        if (message.type === 'done' && message.id === id) {
          // The answer can overtake the build's last lines: wait for its end mark on stdout.
          const outcome = { ok: message.ok, code: message.ok ? 0 : 1, signal: null, output: '' };
          const whenEnded = () => {
            if (!this.#ended.delete(id)) return;
            this.#onEnded = null;
            finish({ ...outcome, output: this.#output });
          };
          this.#onEnded = whenEnded;
          whenEnded();
        }
        if (message.type === 'restart' && message.id === id) finish('restart');
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => finish({ ok: false, code, signal, output: this.#output });
      child.on('message', onMessage);
      // 'close', not 'exit': what it printed last is read by then.
      child.once('close', onExit);
      child.send({ type: 'build', id, env });
    });
  }

  /* While it builds, the server holds this process open; between builds it must not (a finished test or command exits). */
  #busy(child: ChildProcess): void {
    child.ref();
    child.channel?.ref();
    for (const stream of [child.stdout, child.stderr]) (stream as unknown as { ref?: () => void } | null)?.ref?.();
  }

  #idle(child: ChildProcess): void {
    child.unref();
    child.channel?.unref();
    for (const stream of [child.stdout, child.stderr]) (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
}

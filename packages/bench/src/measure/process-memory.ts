import { readdirSync, readFileSync } from 'node:fs';

/*
 * Peak memory of a process and everything it starts (Astro's esbuild, the
 * Pagefind binary, tsx's child), read from /proc while it runs: the sum of
 * the tree's resident sets at each sample, and each process's own high-water
 * mark (VmHWM), which catches peaks between samples.
 */

/** "VmRSS:   123 kB" → bytes; null when the line is missing (a process just exiting). */
export function statusField(status: string, field: 'VmRSS' | 'VmHWM'): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** The parent pid from /proc/<pid>/stat (the command name in parentheses may hold spaces). */
export function parentPid(stat: string): number | null {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(afterName[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

/** `root` and its descendants, given every process's parent. */
export function descendants(root: number, parents: Map<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function readProc(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    const ppid = stat ? parentPid(stat) : null;
    if (ppid !== null) parents.set(Number(name), ppid);
  }
  return parents;
}

export interface MemoryPeak {
  /** Largest sum of resident memory over the whole process tree at one sample. */
  treeBytes: number;
  /** Largest high-water mark of any single process in the tree. */
  largestProcessBytes: number;
  /** The figure to report: whichever is larger. */
  peakBytes: number;
}

/** Samples a process tree every `intervalMs` until stopped. Linux only; elsewhere it reports zeros. */
export class ProcessTreeSampler {
  private treeBytes = 0;
  private largestProcessBytes = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly supported: boolean;

  constructor(
    private readonly rootPid: number,
    private readonly intervalMs = 100,
  ) {
    this.supported = process.platform === 'linux';
  }

  start(): this {
    if (this.supported) {
      this.sample();
      this.timer = setInterval(() => this.sample(), this.intervalMs);
    }
    return this;
  }

  /** One reading now (also called on a timer). */
  sample(): void {
    if (!this.supported) return;
    let sum = 0;
    for (const pid of descendants(this.rootPid, processParents())) {
      const status = readProc(`/proc/${pid}/status`);
      if (!status) continue;
      sum += statusField(status, 'VmRSS') ?? 0;
      this.largestProcessBytes = Math.max(this.largestProcessBytes, statusField(status, 'VmHWM') ?? 0);
    }
    this.treeBytes = Math.max(this.treeBytes, sum);
  }

  /** The peak so far, without stopping. */
  peak(): MemoryPeak {
    return { treeBytes: this.treeBytes, largestProcessBytes: this.largestProcessBytes, peakBytes: Math.max(this.treeBytes, this.largestProcessBytes) };
  }

  stop(): MemoryPeak {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return this.peak();
  }
}

export interface BuildRequest {
  reason: string;
  force?: boolean;
  /** Render every route, not only those changed since the live release. */
  full?: boolean;
}

export interface SchedulerOptions {
  /** Quiet time after the last event before a build starts. */
  debounceMs: number;
  build: (request: BuildRequest) => Promise<void>;
  onError?: (error: unknown) => void;
}

/**
 * Turns any number of "content changed" events into as few builds as
 * possible: events within the debounce window share one build, and events
 * during a build lead to exactly one more build after it. Two builds never run
 * at once.
 */
export class BuildScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private pending: BuildRequest | null = null;
  private waiting: BuildRequest | null = null;
  eventsReceived = 0;

  constructor(private readonly options: SchedulerOptions) {}

  get isBuilding(): boolean {
    return this.running !== null;
  }

  /** What is queued: events waiting for the debounce, and whether a build follows the current one. */
  get queue(): { waiting: boolean; afterCurrent: boolean } {
    return { waiting: this.waiting !== null, afterCurrent: this.pending !== null };
  }

  request(request: BuildRequest): void {
    this.eventsReceived += 1;
    if (this.running) {
      this.pending = merge(this.pending, request);
      return;
    }
    this.waiting = merge(this.waiting, request);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.start(), this.options.debounceMs);
  }

  /** Forgets the requests not yet started (a rollback outranks them); returns whether there were any. The running build goes on. */
  dropQueued(): boolean {
    const dropped = this.waiting !== null || this.pending !== null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.waiting = null;
    this.pending = null;
    return dropped;
  }

  /** Resolves when nothing is building or waiting (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running || this.timer) {
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }

  private start(): void {
    this.timer = null;
    const request = this.waiting ?? { reason: 'unknown' };
    this.waiting = null;
    this.running = this.options
      .build(request)
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        this.running = null;
        if (this.pending) {
          const next = this.pending;
          this.pending = null;
          this.waiting = next;
          this.timer = setTimeout(() => this.start(), this.options.debounceMs);
        }
      });
  }
}

function merge(current: BuildRequest | null, next: BuildRequest): BuildRequest {
  if (!current) return next;
  return { reason: current.reason, force: Boolean(current.force || next.force), full: Boolean(current.full || next.full) };
}

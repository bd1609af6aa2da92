import { BuildScheduler, type BuildRequest } from './build-scheduler.js';

export const DISPATCH_EVENT_TYPE = 'cms-content-changed';

export interface GithubDispatchOptions {
  /** owner/name of the repository whose workflow builds the site. */
  repository: string;
  /** A token allowed to create repository dispatch events (contents: write). */
  token: string;
  apiUrl?: string;
  debounceMs: number;
  log?: (message: string) => void;
}

export interface LastDispatch {
  at: string;
  reason: string;
  result: 'sent' | 'failed';
  error?: string;
}

/**
 * Strapi's webhooks cannot send the body GitHub's repository_dispatch API
 * wants ({"event_type": …}), so the CMS calls this relay instead; it checks
 * the secret like the rebuild service, coalesces bursts with the same
 * scheduler, and sends one dispatch per burst. The workflow's concurrency
 * group coalesces further on GitHub's side.
 */
export class GithubDispatchRelay {
  readonly scheduler: BuildScheduler;
  lastDispatch: LastDispatch | null = null;
  dispatchesSent = 0;
  private readonly endpoint: string;

  constructor(private readonly options: GithubDispatchOptions) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(options.repository)) throw new Error(`GITHUB_REPOSITORY must be owner/name, got "${options.repository}"`);
    this.endpoint = `${(options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '')}/repos/${options.repository}/dispatches`;
    this.scheduler = new BuildScheduler({ debounceMs: options.debounceMs, build: (request) => this.dispatch(request) });
  }

  notify(reason: string, force = false): void {
    this.scheduler.request({ reason, force });
  }

  async status() {
    return {
      mode: 'github-dispatch',
      repository: this.options.repository,
      eventType: DISPATCH_EVENT_TYPE,
      lastDispatch: this.lastDispatch,
      dispatchesSent: this.dispatchesSent,
      sending: this.scheduler.isBuilding,
      queue: this.scheduler.queue,
      eventsReceived: this.scheduler.eventsReceived,
    };
  }

  private async dispatch(request: BuildRequest): Promise<void> {
    const at = new Date().toISOString();
    try {
      const response = await fetch(this.endpoint, {
        method: 'POST',
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.options.token}`,
          'content-type': 'application/json',
          'user-agent': 'hoilhpn-rebuild-relay',
          'x-github-api-version': '2022-11-28',
        },
        body: JSON.stringify({ event_type: DISPATCH_EVENT_TYPE, client_payload: { reason: request.reason, force: Boolean(request.force) } }),
        signal: AbortSignal.timeout(30_000),
      });
      if (response.status !== 204) throw new Error(`GitHub answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
      this.dispatchesSent += 1;
      this.lastDispatch = { at, reason: request.reason, result: 'sent' };
      this.options.log?.(`relay: dispatched ${DISPATCH_EVENT_TYPE} to ${this.options.repository} (${request.reason})`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.lastDispatch = { at, reason: request.reason, result: 'failed', error: message };
      this.options.log?.(`relay: dispatch to ${this.options.repository} failed: ${message}`);
    }
  }
}

export interface RetryOptions {
  retries: number;
  baseDelayMs: number;
  /** Called before each new attempt; tests and logs see the backoff. */
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` until it succeeds, `isRetryable` says no, or retries run out (exponential backoff). */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  isRetryable: (error: unknown) => boolean,
  { retries, baseDelayMs, onRetry }: RetryOptions,
): Promise<T> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= retries || !isRetryable(error)) throw error;
      const delayMs = baseDelayMs * 2 ** tries;
      onRetry?.(tries + 1, delayMs, error);
      await sleep(delayMs);
    }
  }
}

/*
 * What must be undone even when the benchmark is interrupted (Ctrl-C, a kill):
 * a PostgreSQL database, uploaded files, temporary folders. Each run registers
 * its cleanup and unregisters it once done; on a signal, main.ts runs what is left.
 */

type Cleanup = () => Promise<void> | void;

const pending = new Set<Cleanup>();

/** Registers `cleanup`; the returned function runs it (once) and unregisters it. */
export function registerCleanup(cleanup: Cleanup): () => Promise<void> {
  pending.add(cleanup);
  return async () => {
    if (!pending.delete(cleanup)) return;
    await cleanup();
  };
}

/** Runs every registered cleanup, each even if another fails. */
export async function runPendingCleanups(): Promise<void> {
  const cleanups = [...pending];
  pending.clear();
  for (const cleanup of cleanups) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`bench: cleanup failed: ${(error as Error).message}`);
    }
  }
}

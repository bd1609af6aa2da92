/**
 * Whether a process is alive on this host (a negative pid asks about its
 * process group: any member alive). Signal 0 checks without signalling.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

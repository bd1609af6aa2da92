// @ts-check
/**
 * Whether a process with this id is alive: folders named after a build's pid are left alone while it runs.
 * @param {number} pid
 */
export function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

import { describe, expect, it } from 'vitest';
import { descendants, parentPid, statusField } from './process-memory.js';

describe('reading /proc', () => {
  const status = 'Name:\tnode\nVmPeak:\t 1200 kB\nVmHWM:\t  524288 kB\nVmRSS:\t  262144 kB\n';

  it('reads resident and high-water memory in bytes', () => {
    expect(statusField(status, 'VmRSS')).toBe(262_144 * 1024);
    expect(statusField(status, 'VmHWM')).toBe(524_288 * 1024);
    expect(statusField('Name:\tzombie\n', 'VmRSS')).toBeNull();
  });

  it('finds the parent pid even when the command name holds spaces and parentheses', () => {
    expect(parentPid('4242 (node (worker) x) S 4200 4242 4200 0 -1')).toBe(4200);
  });

  it('collects a process and all its descendants, nothing else', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ]);
    expect(descendants(10, parents).sort()).toEqual([10, 11, 12, 13]);
  });
});

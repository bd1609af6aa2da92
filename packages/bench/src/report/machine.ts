import os from 'node:os';
import type { Machine } from './bench-result.js';

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryBytes: os.totalmem(),
    node: process.versions.node,
    os: `${os.type()} ${os.release()}`,
  };
}

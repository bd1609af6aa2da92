import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REQUIRED_FILES, type BuildInfo } from '../build-info.js';

/** Writes a release into `dir`: every file a release must have (placeholder content) and this build-info.json. */
export function writeRelease(dir: string, info: BuildInfo): void {
  for (const file of REQUIRED_FILES) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x');
  }
  writeFileSync(path.join(dir, 'build-info.json'), JSON.stringify(info));
}

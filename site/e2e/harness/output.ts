import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export function listFiles(dir: string, predicate: (file: string) => boolean = () => true): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full, predicate));
    else if (predicate(full)) files.push(full);
  }
  return files;
}

export function readPage(outDir: string, urlPath: string): string {
  const file = path.join(outDir, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  return readFileSync(file, 'utf8');
}

/** True when a site-relative URL resolves to a file in the build, as a static server would serve it. */
export function resolvesInBuild(outDir: string, urlPath: string): boolean {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  const target = path.join(outDir, clean);
  if (!existsSync(target)) return false;
  return statSync(target).isDirectory() ? existsSync(path.join(target, 'index.html')) : true;
}

/** Every file of both releases but build-info.json: the ones only one has, and those whose bytes differ. */
export function compareReleases(a: string, b: string) {
  const files = (dir: string) =>
    new Set(
      listFiles(dir)
        .map((file) => path.relative(dir, file))
        .filter((file) => file !== 'build-info.json'),
    );
  const inA = files(a);
  const inB = files(b);
  const onlyA = [...inA].filter((file) => !inB.has(file));
  const onlyB = [...inB].filter((file) => !inA.has(file));
  const differing = [...inA].filter((file) => inB.has(file) && !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))));
  return { compared: [...inA].filter((file) => inB.has(file)).length, onlyA, onlyB, differing };
}

import { existsSync, readlinkSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_INFO_FILE, type BuildInfo } from './build-info.js';
import { removeTree } from './remove-tree.js';

/** The live site was switched back by hand: it stays so until a newer release goes live. */
export interface RolledBack {
  at: string;
  from: string;
  to: string;
}

/**
 * Releases live in <root>/releases/<id>/; <root>/live is a symlink to the one
 * readers get. Switching is a rename of a fresh symlink over the old one, which
 * is atomic: a reader sees the old release or the new one, never a mix.
 */
export class ReleaseStore {
  readonly releasesDir: string;
  readonly liveLink: string;
  private readonly rolledBackFile: string;

  constructor(readonly root: string) {
    this.releasesDir = path.join(root, 'releases');
    this.liveLink = path.join(root, 'live');
    this.rolledBackFile = path.join(root, 'rolled-back.json');
  }

  async init(): Promise<void> {
    await mkdir(this.releasesDir, { recursive: true });
  }

  /** A new, not yet existing folder for the next build (the build creates it). */
  newReleaseDir(now = new Date()): { id: string; dir: string } {
    const id = now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.(\d{3})Z$/, '$1Z');
    let unique = id;
    for (let suffix = 1; existsSync(path.join(this.releasesDir, unique)); suffix += 1) unique = `${id}-${suffix}`;
    return { id: unique, dir: path.join(this.releasesDir, unique) };
  }

  /** The id of the live release, or null before the first one. */
  liveId(): string | null {
    try {
      return path.basename(readlinkSync(this.liveLink));
    } catch {
      return null;
    }
  }

  /** The folder to serve right now (resolved per request by the static server). */
  liveDir(): string | null {
    const id = this.liveId();
    return id ? path.join(this.releasesDir, id) : null;
  }

  async list(): Promise<string[]> {
    const entries = await readdir(this.releasesDir, { withFileTypes: true }).catch(() => []);
    return entries
      .filter((entry) => entry.isDirectory() && !entry.name.includes('.staging-') && !entry.name.includes('.old-'))
      .map((entry) => entry.name)
      .sort();
  }

  async activate(id: string): Promise<void> {
    const target = path.join('releases', id);
    if (!existsSync(path.join(this.root, target))) throw new Error(`release ${id} does not exist`);
    const temporary = `${this.liveLink}.${process.pid}.${Date.now()}`;
    await symlink(target, temporary);
    await rename(temporary, this.liveLink);
  }

  async buildInfo(id: string): Promise<BuildInfo | null> {
    try {
      return JSON.parse(await readFile(path.join(this.releasesDir, id, BUILD_INFO_FILE), 'utf8')) as BuildInfo;
    } catch {
      return null;
    }
  }

  /** Removes all but the newest `keep` releases; never the live one. */
  async prune(keep: number): Promise<string[]> {
    const live = this.liveId();
    const releases = await this.list();
    const removable = releases.slice(0, Math.max(0, releases.length - keep)).filter((id) => id !== live);
    for (const id of removable) {
      // Out of the list at once (".old-" names are never releases), removed in another process.
      const aside = path.join(this.releasesDir, `${id}.old-${Date.now()}`);
      await rename(path.join(this.releasesDir, id), aside);
      await removeTree(aside);
    }
    return removable;
  }

  /** Switches live to the release before the current one; returns its id. */
  async rollback(): Promise<string> {
    const live = this.liveId();
    const releases = await this.list();
    const index = live ? releases.indexOf(live) : -1;
    const previous = index > 0 ? releases[index - 1] : undefined;
    if (!previous) throw new Error(live ? `no release older than ${live} to roll back to` : 'no live release');
    await this.activate(previous);
    return previous;
  }

  /** The rollback in force, kept beside the live link so it outlives a restart of the service. */
  async readRolledBack(): Promise<RolledBack | null> {
    try {
      return JSON.parse(await readFile(this.rolledBackFile, 'utf8')) as RolledBack;
    } catch {
      return null;
    }
  }

  /** Records a rollback (replaced atomically), or clears it with null. */
  async writeRolledBack(value: RolledBack | null): Promise<void> {
    if (!value) return rm(this.rolledBackFile, { force: true });
    const temporary = `${this.rolledBackFile}.${process.pid}.${Date.now()}`;
    await writeFile(temporary, `${JSON.stringify(value)}\n`);
    await rename(temporary, this.rolledBackFile);
  }

  /** Leftovers of builds that were killed midway. */
  async removeIncomplete(): Promise<void> {
    const entries = await readdir(this.releasesDir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.includes('.staging-') || entry.name.includes('.old-')) await rm(path.join(this.releasesDir, entry.name), { recursive: true, force: true });
    }
  }
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';

// From import.meta.url: the same from src/ (tsx, vitest) and from dist/, both one level below the package.
export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CMS_DIR = path.join(REPO_DIR, 'cms');
export const SITE_DIR = path.join(REPO_DIR, 'site');

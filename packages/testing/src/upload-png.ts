import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The slice of Strapi this uses: its upload service (code inside the CMS passes its real instance). */
export interface StrapiUploads<File> {
  plugin(name: 'upload'): { service(name: 'upload'): { upload(params: Record<string, unknown>): Promise<File[]> } };
}

/**
 * Puts a PNG held in memory into the media library through Strapi's own
 * upload service, as an editor's upload does: from a file in a temporary
 * folder, removed once Strapi has stored it. Throws when Strapi stores nothing.
 */
export async function uploadPng<File>(
  strapi: StrapiUploads<File>,
  name: string,
  bytes: Buffer,
  fileInfo: { alternativeText?: string; caption?: string },
): Promise<File> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-upload-'));
  try {
    const filepath = path.join(dir, name);
    writeFileSync(filepath, bytes);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, ...fileInfo } },
        files: { filepath, originalFilename: name, mimetype: 'image/png', size: bytes.length },
      });
    if (!file) throw new Error(`Strapi's upload service stored nothing for ${name}`);
    return file;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

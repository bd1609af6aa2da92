import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A file as Strapi's upload service stores it: what seeds and fixtures read back. */
export interface UploadedFile {
  id: number;
  url: string;
  formats?: Record<string, { url: string }> | null;
}

export interface FileInMemory {
  /** The file's name in the media library, with its extension. */
  name: string;
  mime: string;
  bytes: Buffer;
  fileInfo?: { alternativeText?: string; caption?: string };
}

/** The slice of Strapi this uses: its upload service. */
export interface StrapiUploads {
  plugin(name: 'upload'): { service(name: 'upload'): { upload(params: Record<string, unknown>): Promise<UploadedFile[]> } };
}

/**
 * Puts bytes held in memory into the media library through Strapi's own upload
 * service, with the same checks as an editor's upload. The service reads files,
 * so the bytes go to a temporary folder, removed once Strapi has stored them.
 * Throws when Strapi stores nothing.
 */
export async function uploadFromMemory(strapi: StrapiUploads, { name, mime, bytes, fileInfo = {} }: FileInMemory): Promise<UploadedFile> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hoilhpn-upload-'));
  try {
    const filepath = path.join(dir, name);
    writeFileSync(filepath, bytes);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, ...fileInfo } },
        files: { filepath, originalFilename: name, mimetype: mime, size: bytes.length },
      });
    if (!file) throw new Error(`Strapi's upload service stored nothing for ${name}`);
    return file;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

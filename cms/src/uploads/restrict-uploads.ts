import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { type AllowedKind, isImageKind } from './allowed-uploads';
import { type Screening, screenUpload } from './screen-upload';
import { shrinkLargeImage } from './shrink-image';

/** A file as Strapi's body parser (formidable) hands it over; scripts and fixtures pass the same shape. */
interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

type Action = (this: unknown, ctx: { request: { files?: { files?: IncomingFile | IncomingFile[] } } }) => Promise<unknown>;

interface UploadService {
  upload(input: { data: unknown; files: IncomingFile | IncomingFile[] }, opts?: unknown): Promise<unknown>;
  replace(id: unknown, input: { data: unknown; file: IncomingFile }, opts?: unknown): Promise<unknown>;
}

/**
 * Every upload is screened (./screen-upload) before Strapi stores anything,
 * at two doors: the admin's upload actions screen first, because Strapi's own
 * `security` check runs at the start of them and would otherwise refuse in
 * English; the upload service screens whatever they did not see (uploads from
 * a URL, the content API, scripts). The service also shrinks very large
 * images before Strapi makes its formats from them.
 */
export function restrictUploads(strapi: Core.Strapi): void {
  strapi.get('controllers').extend('plugin::upload.admin-upload', (controller: Record<string, Action>) => {
    const screenedFirst = (action: Action): Action =>
      async function (this: unknown, ctx) {
        await admit(asList(ctx.request.files?.files));
        return action.call(this, ctx);
      };
    return {
      ...controller,
      uploadFiles: screenedFirst(controller.uploadFiles),
      uploadFile: screenedFirst(controller.uploadFile),
      replaceFile: screenedFirst(controller.replaceFile),
    };
  });

  strapi.get('services').extend('plugin::upload.upload', (service: UploadService) => ({
    ...service,
    async upload(input: Parameters<UploadService['upload']>[0], opts?: unknown) {
      const files = asList(input.files);
      const kinds = await admit(files);
      return withLargeImagesShrunk(files, kinds, (ready) => service.upload({ ...input, files: Array.isArray(input.files) ? ready : ready[0] }, opts));
    },
    async replace(id: unknown, input: Parameters<UploadService['replace']>[1], opts?: unknown) {
      const kinds = await admit([input.file]);
      return withLargeImagesShrunk([input.file], kinds, ([ready]) => service.replace(id, { ...input, file: ready }, opts));
    },
  }));
}

function asList(files: IncomingFile | IncomingFile[] | undefined): IncomingFile[] {
  if (!files) return [];
  return Array.isArray(files) ? files : [files];
}

// Files the admin's action screened already reach the service as the same objects: screened once (an image is decoded to check it).
const admitted = new WeakMap<IncomingFile, AllowedKind>();

/** Refuses the whole request, naming every refused file, or records the type the content showed instead of the browser's. */
async function admit(files: IncomingFile[]): Promise<AllowedKind[]> {
  const screenings = await Promise.all(
    files.map((file): Promise<Screening> | Screening => {
      if (!file?.filepath) throw new errors.ValidationError('Yêu cầu tải lên có một tệp không có nội dung.');
      const known = admitted.get(file);
      if (known) return { accepted: true, kind: known };
      return screenUpload({ filepath: file.filepath, name: file.originalFilename || path.basename(file.filepath) });
    }),
  );
  const kinds: AllowedKind[] = [];
  const refusals: { file: string; message: string; tooLarge: boolean }[] = [];
  screenings.forEach((screening, index) => {
    if (screening.accepted) kinds.push(screening.kind);
    else refusals.push({ file: files[index].originalFilename ?? '', message: screening.message, tooLarge: screening.tooLarge });
  });
  if (refusals.length > 0) {
    const message = refusals.map((refusal) => refusal.message).join(' ');
    const details = { refused: refusals.map(({ file, message: reason }) => ({ file, reason })) };
    throw refusals.every((refusal) => refusal.tooLarge) ? new errors.PayloadTooLargeError(message, details) : new errors.ValidationError(message, details);
  }
  files.forEach((file, index) => {
    file.mimetype = kinds[index].mime;
    admitted.set(file, kinds[index]);
  });
  return kinds;
}

/** Hands Strapi scaled-down copies of the images that need it, and removes the copies afterwards. */
async function withLargeImagesShrunk<T>(files: IncomingFile[], kinds: AllowedKind[], use: (ready: IncomingFile[]) => Promise<T>): Promise<T> {
  if (!kinds.some(isImageKind)) return use(files);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hoilhpn-shrink-'));
  try {
    const ready = await Promise.all(
      files.map(async (file, index) => {
        const kind = kinds[index];
        if (!isImageKind(kind)) return file;
        const copyPath = path.join(dir, `${index}${kind.extensions[0]}`);
        const shrunk = await shrinkLargeImage(file.filepath, kind.format, copyPath);
        return shrunk ? { ...file, filepath: copyPath, size: shrunk.size } : file;
      }),
    );
    return await use(ready);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

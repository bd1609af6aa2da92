import { open } from 'node:fs/promises';

/** Reads any part of a file: container formats keep their table of contents at the end or in a chain of sectors. */
export interface RandomAccess {
  size: number;
  /** Up to `length` bytes from `position`; fewer at the end of the file. */
  read(position: number, length: number): Promise<Buffer>;
}

export function bufferAccess(bytes: Buffer): RandomAccess {
  return {
    size: bytes.length,
    async read(position, length) {
      return bytes.subarray(position, Math.min(bytes.length, position + length));
    },
  };
}

export async function withFileAccess<T>(filepath: string, use: (file: RandomAccess) => Promise<T>): Promise<T> {
  const handle = await open(filepath, 'r');
  try {
    const { size } = await handle.stat();
    return await use({
      size,
      async read(position, length) {
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
        if (buffer.length === 0) return buffer;
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        return buffer.subarray(0, bytesRead);
      },
    });
  } finally {
    await handle.close();
  }
}

import type { RandomAccess } from './random-access';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;

/**
 * The names of the entries of a ZIP file, read from its central directory
 * (the archive's own table of contents at the end, which every reader uses;
 * the local headers at the front can be padded or repeated). Undefined when
 * the file is not a ZIP this can read: damaged, or ZIP64, which no Office
 * document under the upload limit needs.
 */
export async function zipEntryNames(file: RandomAccess): Promise<string[] | undefined> {
  const tailLength = Math.min(file.size, END_RECORD_LENGTH + MAX_COMMENT_LENGTH);
  const tail = await file.read(file.size - tailLength, tailLength);
  let end = -1;
  for (let at = tail.length - END_RECORD_LENGTH; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff || directoryOffset + directorySize > file.size) return undefined;
  const directory = await file.read(directoryOffset, directorySize);
  const names: string[] = [];
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_FILE_HEADER) return undefined;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    if (at + 46 + nameLength > directory.length) return undefined;
    names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * The content of the archive's first entry when it is stored uncompressed:
 * OpenDocument files must begin with an entry "mimetype" stored this way, so
 * that their type can be read from the first bytes.
 */
export function firstStoredEntry(head: Buffer): { name: string; content: string } | undefined {
  if (head.length < 30 || head.readUInt32LE(0) !== LOCAL_FILE_HEADER) return undefined;
  const method = head.readUInt16LE(8);
  const size = head.readUInt32LE(18);
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  const start = 30 + nameLength + extraLength;
  if (method !== 0 || start + size > head.length) return undefined;
  return { name: head.toString('utf8', 30, 30 + nameLength), content: head.toString('utf8', start, start + size) };
}

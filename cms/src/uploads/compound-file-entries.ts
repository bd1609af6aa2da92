import type { RandomAccess } from './random-access';

/** The first bytes of every OLE2 "compound file": old Office (.doc, .xls, .ppt), but also installers (.msi) and Outlook messages. */
export const COMPOUND_FILE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const HEADER_LENGTH = 512;
const ENTRY_LENGTH = 128;
const HEADER_DIFAT_ENTRIES = 109;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
/** The directory entries that carry a name: storages (1), streams (2) and the root storage (5); 0 is an unused slot. */
const NAMED_ENTRY_TYPES = new Set([1, 2, 5]);
// A directory sector holds 4 (or 32) entries; Office files have a few dozen.
const MAX_DIRECTORY_SECTORS = 4096;

/**
 * The names of the storages and streams inside a compound file ("WordDocument",
 * "Workbook", "_VBA_PROJECT", …), read by following the directory's sector
 * chain through the allocation table (MS-CFB). They, not the signature, say
 * whether the file is a Word document or an installer. Undefined when the
 * file is not a compound file this can read.
 */
export async function compoundFileEntryNames(file: RandomAccess): Promise<string[] | undefined> {
  const header = await file.read(0, HEADER_LENGTH);
  if (header.length < HEADER_LENGTH || !header.subarray(0, 8).equals(COMPOUND_FILE_SIGNATURE)) return undefined;
  const sectorShift = header.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return undefined;
  const sectorSize = 2 ** sectorShift;
  const entriesPerSector = sectorSize / 4;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const readEntry = async (position: number) => {
    const bytes = await file.read(position, 4);
    return bytes.length === 4 ? bytes.readUInt32LE(0) : undefined;
  };

  // Where the n-th sector of the allocation table is: the header lists the first 109, further "DIFAT" sectors the rest.
  const allocationSector = async (index: number): Promise<number | undefined> => {
    if (index < HEADER_DIFAT_ENTRIES) return header.readUInt32LE(0x4c + index * 4);
    let remaining = index - HEADER_DIFAT_ENTRIES;
    let difat: number | undefined = header.readUInt32LE(0x44);
    for (let hops = 0; difat !== undefined && difat <= MAX_REGULAR_SECTOR && hops < MAX_DIRECTORY_SECTORS; hops += 1) {
      if (remaining < entriesPerSector - 1) return readEntry(sectorOffset(difat) + remaining * 4);
      remaining -= entriesPerSector - 1;
      difat = await readEntry(sectorOffset(difat) + (entriesPerSector - 1) * 4);
    }
    return undefined;
  };
  const nextSector = async (sector: number): Promise<number | undefined> => {
    const table = await allocationSector(Math.floor(sector / entriesPerSector));
    if (table === undefined || table > MAX_REGULAR_SECTOR) return undefined;
    return readEntry(sectorOffset(table) + (sector % entriesPerSector) * 4);
  };

  const names: string[] = [];
  const visited = new Set<number>();
  let sector: number | undefined = header.readUInt32LE(0x30);
  while (sector !== END_OF_CHAIN) {
    if (sector === undefined || sector > MAX_REGULAR_SECTOR || visited.has(sector) || visited.size >= MAX_DIRECTORY_SECTORS) return undefined;
    visited.add(sector);
    const entries = await file.read(sectorOffset(sector), sectorSize);
    if (entries.length < sectorSize) return undefined;
    for (let at = 0; at < sectorSize; at += ENTRY_LENGTH) {
      const type = entries[at + 0x42];
      const nameLength = entries.readUInt16LE(at + 0x40);
      if (NAMED_ENTRY_TYPES.has(type) && nameLength >= 2 && nameLength <= 64) {
        names.push(entries.toString('utf16le', at, at + nameLength - 2));
      }
    }
    sector = await nextSector(sector);
  }
  return names;
}

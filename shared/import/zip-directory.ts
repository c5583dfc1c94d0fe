/**
 * The central directory of a zip file (APPNOTE.TXT 4.3.12–4.3.16), read without inflating
 * anything: what zip-guard.ts judges before a single byte is unpacked. Read by hand rather than
 * through fflate's unzipSync filter so that the entry count is known, and refused, before the
 * entries are walked, and so that names can be judged as the bytes they are.
 */
import { strFromU8 } from 'fflate';

export interface ZipEntry {
  /** The name as the directory spells it (UTF-8 when flagged, else read byte for byte). */
  name: string;
  nameBytes: Uint8Array;
  /** Compression method: 0 stored, 8 deflate; anything else is refused when read. */
  method: number;
  flags: number;
  /** Sizes as declared: the guard trusts them only to refuse early, never to stop inflating. */
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** The file is not a zip we can read; `detail` says why, in English, for the error message. */
export class DamagedZipError extends Error {}

const endOfDirectory = 0x06054b50;
const zip64Locator = 0x07064b50;
const zip64EndOfDirectory = 0x06064b50;
const directoryHeader = 0x02014b50;
const localHeader = 0x04034b50;
const localHeaderLength = 30;
const directoryHeaderLength = 46;
const endOfDirectoryLength = 22;
const maxCommentLength = 0xffff;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/** 64-bit little-endian as a Number: exact up to 2^53, far beyond any file we accept. */
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const last = bytes.length - endOfDirectoryLength;
  const first = Math.max(0, last - maxCommentLength);
  for (let at = last; at >= first; at--) {
    if (bytes[at] === 0x50 && u32(bytes, at) === endOfDirectory) return at;
  }
  throw new DamagedZipError('its zip directory is missing, so the file is cut short or not a zip file');
}

interface DirectoryLocation {
  count: number;
  offset: number;
  size: number;
}

function locateDirectory(bytes: Uint8Array): DirectoryLocation {
  const end = findEndOfDirectory(bytes);
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0) {
    throw new DamagedZipError('it is one part of a zip split over several files');
  }
  let count = u16(bytes, end + 10);
  let size = u32(bytes, end + 12);
  let offset = u32(bytes, end + 16);
  // Zip64 keeps the real values in its own record, pointed to by a locator just before this one.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && u32(bytes, locator) === zip64Locator) {
      const record = u64(bytes, locator + 8);
      if (record + 56 > bytes.length || u32(bytes, record) !== zip64EndOfDirectory) {
        throw new DamagedZipError('its zip64 directory record is missing');
      }
      count = u64(bytes, record + 32);
      size = u64(bytes, record + 40);
      offset = u64(bytes, record + 48);
    }
  }
  if (offset + size > bytes.length) throw new DamagedZipError('its zip directory points past the end of the file');
  return { count, offset, size };
}

/** Values the 32-bit fields mark as "see the zip64 extra field" (APPNOTE 4.5.3). */
function applyZip64Extra(entry: ZipEntry, extra: Uint8Array, rawOffset: number): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    const body = at + 4;
    if (id === 0x0001) {
      let field = body;
      const next = (): number => {
        if (field + 8 > body + length) throw new DamagedZipError(`the zip64 sizes of "${entry.name}" are cut short`);
        const value = u64(extra, field);
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (rawOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at = body + length;
  }
}

/**
 * The entries the central directory lists, in order. `maxEntries` is checked against the count
 * the directory declares before any entry is read, so a directory claiming millions of entries
 * costs nothing; `onCount` lets the caller refuse it with its own message.
 */
export function readZipDirectory(bytes: Uint8Array, onCount: (count: number) => void): ZipEntry[] {
  const { count, offset, size } = locateDirectory(bytes);
  onCount(count);
  if (count * directoryHeaderLength > size) {
    throw new DamagedZipError(`its zip directory is too short for the ${count} entries it declares`);
  }
  const entries: ZipEntry[] = [];
  const end = offset + size;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + directoryHeaderLength > end || u32(bytes, at) !== directoryHeader) {
      throw new DamagedZipError('its zip directory is damaged');
    }
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameStart = at + directoryHeaderLength;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > end) throw new DamagedZipError('its zip directory is damaged');
    const flags = u16(bytes, at + 8);
    const nameBytes = bytes.subarray(nameStart, extraStart);
    const rawOffset = u32(bytes, at + 42);
    const entry: ZipEntry = {
      // Bit 11: the name is UTF-8. Otherwise it is CP437, which for OOXML part names is ASCII.
      name: strFromU8(nameBytes, (flags & 0x800) === 0),
      nameBytes,
      method: u16(bytes, at + 10),
      flags,
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeaderOffset: rawOffset,
    };
    applyZip64Extra(entry, bytes.subarray(extraStart, extraStart + extraLength), rawOffset);
    entries.push(entry);
    at = next;
  }
  return entries;
}

/**
 * The compressed bytes of one entry: after its local header, as long as the directory says. The
 * local header's own sizes are ignored (they are zero when a data descriptor follows).
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + localHeaderLength > bytes.length || u32(bytes, at) !== localHeader) {
    throw new DamagedZipError(`the entry "${entry.name}" is missing from where the zip directory says it is`);
  }
  const start = at + localHeaderLength + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) {
    throw new DamagedZipError(`the entry "${entry.name}" is cut short`);
  }
  return bytes.subarray(start, start + entry.compressedSize);
}

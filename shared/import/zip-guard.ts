/**
 * The one way Kodebok unpacks a zip-based file (Word .docx, Excel .xlsx; later .qdpx). A file
 * must never take the app down, and a zip is the easiest way to try: a 300 KB file can unpack to
 * gigabytes ("zip bomb"), and the sizes a zip declares are only claims.
 *
 * So, before anything is inflated, the central directory is judged: the entry count, every
 * name (no absolute paths, "..", backslashes or control characters), and, for the entries that
 * will be read, their declared sizes against the limits (zip-limits.ts) and their compression
 * ratio. Then each entry is inflated in small steps with a running count that stops the moment
 * it passes the size the directory declared, so a file that under-declares is stopped as soon
 * as its lie shows, and no entry ever unpacks beyond the checked limits.
 *
 * Libraries that unzip on their own (mammoth inflates through jszip, which checks sizes only
 * afterwards) are handed a new zip of parts this guard has already inflated (docx.ts).
 */
import { Inflate } from 'fflate';
import { ImportError } from './result';
import { DamagedZipError, entryData, readZipDirectory, type ZipEntry } from './zip-directory';
import type { ZipLimits } from './zip-limits';

/** What the messages call the file and tell the user to do, and the limits for its kind. */
export interface ZipFormat {
  /** e.g. "a Word document". */
  noun: string;
  /** One sentence, e.g. "Open it in Word, save it again as .docx, and import the new file." */
  resave: string;
  limits: ZipLimits;
}

export interface GuardedZip {
  /** Every entry name, each already judged safe. */
  readonly names: readonly string[];
  /**
   * Inflates the named entries (names not in the zip are skipped). Refuses with an ImportError
   * before inflating anything when their declared sizes break a limit, and while inflating
   * when an entry unpacks to more than it declared.
   */
  read(names: readonly string[]): Map<string, Uint8Array>;
}

const MB = 1024 * 1024;

/**
 * Compressed bytes per inflate step. Deflate unpacks at most 1032 times what it is given, so a
 * step sized to what the entry may still grow can never overshoot by more than that: a bomb is
 * stopped after inflating about its declared size, not megabytes later. 1–64 KB keeps the steps
 * few for real files (a 47 MB document.xml inflates as fast as with fflate's unzipSync).
 */
function inflateStep(remaining: number): number {
  return Math.min(64 * 1024, Math.max(1024, Math.ceil(remaining / 1032)));
}

/** Thrown from inside the inflate callback to stop fflate at once. */
class Overflow extends Error {}

/** Whole megabytes from 10 MB up, one decimal below: "100", "2.5". */
function megabytes(bytes: number): number {
  const mb = bytes / MB;
  return mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10;
}

function sizeText(bytes: number): string {
  if (bytes >= MB) return `${megabytes(bytes)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/** A name as it can be shown on one line: control characters visible, long names shortened. */
function shownName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return visible.length > 80 ? `${visible.slice(0, 77)}…` : visible;
}

/** Why a name is refused, or null. Judged on the bytes, so no decoding hides a NUL or a "\". */
function unsafeName(entry: ZipEntry, limits: ZipLimits): string | null {
  const bytes = entry.nameBytes;
  if (bytes.length === 0) return 'an empty name';
  if (bytes.length > limits.maxNameBytes) return `a name longer than ${limits.maxNameBytes} bytes`;
  for (const b of bytes) {
    if (b < 0x20 || b === 0x7f) return 'a control character in its name';
    if (b === 0x5c) return 'a backslash in its name';
  }
  if (bytes[0] === 0x2f) return 'an absolute path';
  if (/^[A-Za-z]:/.test(entry.name)) return 'a drive letter';
  if (entry.name.split('/').includes('..')) return 'a ".." step out of its folder';
  return null;
}

export function openZip(bytes: Uint8Array, fileName: string, format: ZipFormat): GuardedZip {
  const { limits } = format;

  const damaged = (detail: string) =>
    new ImportError('malformed', `"${fileName}" could not be read as ${format.noun} (${detail}). ${format.resave}`, {
      code: 'zip-damaged',
      params: { file: fileName },
    });

  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, (count) => {
      if (count > limits.maxEntries) {
        throw new ImportError(
          'too-large',
          `"${fileName}" cannot be imported: it holds ${count} files inside, and Kodebok reads at most ${limits.maxEntries} from ${format.noun}. The file is damaged or not what its name says. ${format.resave}`,
          { code: 'zip-entries', params: { file: fileName, count, limit: limits.maxEntries } },
        );
      }
    });
  } catch (error) {
    if (error instanceof DamagedZipError) throw damaged(error.message);
    throw error;
  }

  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const why = unsafeName(entry, limits);
    if (why !== null) {
      const name = shownName(entry.name);
      throw new ImportError(
        'malformed',
        `"${fileName}" cannot be imported: it holds a file with ${why} ("${name}"). Word and Excel never write such names; the file is damaged or made to attack programs.`,
        { code: 'zip-entry-name', params: { file: fileName, name } },
      );
    }
    // Two entries with one name: which one a reader takes differs between libraries.
    if (byName.has(entry.name)) throw damaged(`it holds two files named "${shownName(entry.name)}"`);
    byName.set(entry.name, entry);
  }

  const tooLarge = (what: string, size: number, limit: number) =>
    new ImportError(
      'too-large',
      `"${fileName}" is too large to import: ${what} ${megabytes(size)} MB, and Kodebok reads at most ${megabytes(limit)} MB from ${format.noun}. Split it into smaller files and import those. (A small file that unpacks this large may also be damaged or made to overload programs.)`,
      { code: 'zip-too-large', params: { file: fileName, sizeMb: megabytes(size), limitMb: megabytes(limit) } },
    );

  /** Refuses on declared sizes alone: no byte is inflated for a file that admits to being a bomb. */
  function judgeDeclared(chosen: readonly ZipEntry[], inflatedSoFar: number): void {
    let total = inflatedSoFar;
    for (const entry of chosen) {
      if (entry.size > limits.maxEntryBytes) {
        throw tooLarge(`${entry.name} unpacks to`, entry.size, limits.maxEntryBytes);
      }
      total += entry.size;
    }
    if (total > limits.maxTotalBytes) {
      throw tooLarge('its parts unpack together to', total, limits.maxTotalBytes);
    }
    for (const entry of chosen) {
      const ratio = entry.size / Math.max(1, entry.compressedSize);
      if (entry.size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
        throw new ImportError(
          'too-large',
          `"${fileName}" cannot be imported: ${entry.name} unpacks to ${Math.round(ratio)} times its packed size. More than ${limits.maxRatio} times is the mark of a "zip bomb", a file made to fill the memory; Word and Excel files stay far below. ${format.resave}`,
          {
            code: 'zip-ratio',
            params: { file: fileName, part: entry.name, ratio: Math.round(ratio), limit: limits.maxRatio },
          },
        );
      }
    }
  }

  /** Inflates one entry into a buffer of its declared size, stopping the moment it would overflow. */
  function inflate(entry: ZipEntry): Uint8Array {
    if (entry.flags & 0x1) throw damaged(`${entry.name} is encrypted`);
    const data = entryData(bytes, entry);
    if (entry.method === 0) {
      if (data.length !== entry.size) throw damaged(`${entry.name} is stored with the wrong size`);
      return data;
    }
    if (entry.method !== 8) throw damaged(`${entry.name} is packed with a method other than deflate (${entry.method})`);
    const out = new Uint8Array(entry.size);
    let written = 0;
    const inflater = new Inflate((chunk) => {
      if (written + chunk.length > out.length) throw new Overflow();
      out.set(chunk, written);
      written += chunk.length;
    });
    try {
      let at = 0;
      do {
        const end = Math.min(data.length, at + inflateStep(out.length - written));
        inflater.push(data.subarray(at, end), end === data.length);
        at = end;
      } while (at < data.length);
    } catch (error) {
      if (error instanceof Overflow) {
        throw new ImportError(
          'malformed',
          `"${fileName}" cannot be imported: ${entry.name} unpacks to more than the ${sizeText(entry.size)} its zip directory declares. Only a damaged file, or one made to fill the memory, does that. ${format.resave}`,
          { code: 'zip-size-mismatch', params: { file: fileName, part: entry.name, declaredBytes: entry.size } },
        );
      }
      throw damaged(`${entry.name} cannot be unpacked: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (written !== entry.size) throw damaged(`${entry.name} unpacks to fewer bytes than its zip directory declares`);
    return out;
  }

  let inflated = 0;
  return {
    names: entries.map((e) => e.name),
    read(names) {
      const chosen = [...new Set(names)].flatMap((name) => byName.get(name) ?? []);
      judgeDeclared(chosen, inflated);
      const parts = new Map<string, Uint8Array>();
      for (const entry of chosen) {
        let data: Uint8Array;
        try {
          data = inflate(entry);
        } catch (error) {
          if (error instanceof DamagedZipError) throw damaged(error.message);
          throw error;
        }
        inflated += data.length;
        parts.set(entry.name, data);
      }
      return parts;
    },
  };
}

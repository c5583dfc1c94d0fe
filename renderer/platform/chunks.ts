import { maxBackupChunkBytes } from '../../shared/ipc/contract';

/**
 * Splits a file's pieces into IPC-sized chunks. Each chunk is a copy (`slice`), never a view
 * (`subarray`): structured clone sends a view's WHOLE underlying buffer, so a view into a 300 MB
 * piece would send 300 MB per chunk.
 */
export function* chunksOf(pieces: readonly Uint8Array[], maxBytes = maxBackupChunkBytes): Generator<Uint8Array> {
  for (const piece of pieces) {
    for (let offset = 0; offset < piece.byteLength; offset += maxBytes) {
      const end = Math.min(offset + maxBytes, piece.byteLength);
      const whole =
        offset === 0 && end === piece.byteLength && piece.byteOffset === 0 && piece.buffer.byteLength === end;
      yield whole ? piece : piece.slice(offset, end);
    }
  }
}

/** Reads a file of known size in chunks into one buffer; stops early if the file turned out shorter. */
export async function readInChunks(
  sizeBytes: number,
  read: (offset: number, length: number) => Promise<Uint8Array>,
  maxBytes = maxBackupChunkBytes,
): Promise<Uint8Array> {
  const bytes = new Uint8Array(sizeBytes);
  let offset = 0;
  while (offset < sizeBytes) {
    const chunk = await read(offset, Math.min(maxBytes, sizeBytes - offset));
    if (chunk.byteLength === 0) break;
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return offset === sizeBytes ? bytes : bytes.slice(0, offset);
}

import type { PickedFile } from '../../shared/ipc/contract';

/** Browser File objects (file input, drag and drop; both work in Electron too) → bytes. */
export async function readPickedFiles(files: File[]): Promise<PickedFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

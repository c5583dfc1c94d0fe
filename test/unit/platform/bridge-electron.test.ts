import { describe, expect, it, vi } from 'vitest';
import { cleanIpcError, createElectronBridge } from '../../../renderer/platform/bridge.electron';
import type { KodebokApi } from '../../../shared/ipc/contract';

describe('Electron bridge', () => {
  it('shows the main process message without Electron’s remote-method prefix', () => {
    const raw = new Error("Error invoking remote method 'kodebok:open-files': Error: intervju.txt is larger than 200 MB.");
    expect(cleanIpcError(raw).message).toBe('intervju.txt is larger than 200 MB.');
  });

  it('passes requests through to window.kodebok and cleans its errors', async () => {
    const api = {
      openFiles: vi.fn(async () => {
        throw new Error("Error invoking remote method 'kodebok:open-files': Error: Invalid request");
      }),
    } as unknown as KodebokApi;
    const bridge = createElectronBridge(api);
    await expect(bridge.openFiles({ multiple: true, filters: [] })).rejects.toThrow(/^Invalid request$/);
  });

  /** A main process that keeps what it is sent, as the file would. */
  function streamingApi() {
    const written: number[] = [];
    const sent: Uint8Array[] = [];
    const api = {
      beginBackup: vi.fn(async () => ({ writeId: 'w1' })),
      appendBackup: vi.fn(async ({ chunk }: { chunk: Uint8Array }) => {
        sent.push(chunk);
        written.push(...chunk);
      }),
      commitBackup: vi.fn(async () => ({ fileName: 'a.kodebok.json', folder: '/b' })),
      abortBackup: vi.fn(async () => undefined),
    };
    return { api, written, sent };
  }

  it('streams a backup as chunks no larger than the limit, each a copy of only its own bytes', async () => {
    const { api, written, sent } = streamingApi();
    const bridge = createElectronBridge(api as unknown as KodebokApi, { maxChunkBytes: 4 });
    const big = Uint8Array.from({ length: 10 }, (_, i) => i);
    const pieces = [Uint8Array.of(100), big, Uint8Array.of(200, 201)];
    await expect(bridge.writeBackup({ projectId: 'P1', projectName: 'Demo' }, pieces, { keep: 7 })).resolves.toEqual({
      fileName: 'a.kodebok.json',
      folder: '/b',
    });
    expect(api.beginBackup).toHaveBeenCalledWith({ projectId: 'P1', projectName: 'Demo' });
    expect(written).toEqual([100, ...big, 200, 201]);
    expect(sent.map((c) => c.byteLength)).toEqual([1, 4, 4, 2, 2]);
    // Structured clone would send a view's whole buffer: every chunk owns exactly its bytes.
    for (const chunk of sent) expect(chunk.buffer.byteLength).toBe(chunk.byteLength);
    expect(api.commitBackup).toHaveBeenCalledWith({ writeId: 'w1', keep: 7 });
    expect(api.abortBackup).not.toHaveBeenCalled();
  });

  it('aborts the backup in the main process when a chunk fails, and says why', async () => {
    const { api } = streamingApi();
    api.appendBackup.mockRejectedValueOnce(
      new Error("Error invoking remote method 'kodebok:backup-append': Error: Could not write the backup to /b: the disk is full."),
    );
    const bridge = createElectronBridge(api as unknown as KodebokApi);
    await expect(bridge.writeBackup({ projectId: 'P1', projectName: 'Demo' }, [Uint8Array.of(1)], { keep: 20 })).rejects.toThrow(
      /^Could not write the backup to \/b: the disk is full\.$/,
    );
    expect(api.abortBackup).toHaveBeenCalledWith({ writeId: 'w1' });
    expect(api.commitBackup).not.toHaveBeenCalled();
  });

  it('reads a stored backup back in chunks into one buffer', async () => {
    const file = Uint8Array.from({ length: 11 }, (_, i) => 65 + i);
    const api = {
      openStoredBackup: vi.fn(async () => ({ handle: 'h1', fileName: 'a.kodebok.json', sizeBytes: 11 })),
      readBackupChunk: vi.fn(async ({ offset, length }: { offset: number; length: number }) => file.slice(offset, offset + length)),
    };
    const bridge = createElectronBridge(api as unknown as KodebokApi, { maxChunkBytes: 4 });
    expect(await bridge.readStoredBackup('a.kodebok.json')).toEqual(file);
    expect(api.readBackupChunk.mock.calls.map(([r]) => [r.offset, r.length])).toEqual([
      [0, 4],
      [4, 4],
      [8, 3],
    ]);
  });
});

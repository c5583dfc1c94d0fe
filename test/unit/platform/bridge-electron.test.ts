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
      writeBackup: vi.fn(async () => ({ fileName: 'a.kodebok.json', folder: '/b' })),
      openFiles: vi.fn(async () => {
        throw new Error("Error invoking remote method 'kodebok:open-files': Error: Invalid request");
      }),
    } as unknown as KodebokApi;
    const bridge = createElectronBridge(api);
    await expect(bridge.writeBackup('Demo', '{}')).resolves.toEqual({ fileName: 'a.kodebok.json', folder: '/b' });
    expect(api.writeBackup).toHaveBeenCalledWith({ projectName: 'Demo', data: '{}' });
    await expect(bridge.openFiles({ multiple: true, filters: [] })).rejects.toThrow(/^Invalid request$/);
  });
});

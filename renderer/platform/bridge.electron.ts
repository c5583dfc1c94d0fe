import type { KodebokApi } from '../../shared/ipc/contract';
import type { PlatformBridge } from './bridge';

export function createElectronBridge(api: KodebokApi): PlatformBridge {
  return {
    kind: 'electron',
    appInfo: () => api.appInfo(),
    openFiles: (options) => api.openFiles(options),
    saveFile: (options) => api.saveFile(options),
    writeBackup: (projectName, data) => api.writeBackup({ projectName, data }),
    setLanguage: (language) => api.setLanguage(language),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}

import type { KodebokApi } from '../../shared/ipc/contract';
import type { PlatformBridge } from './bridge';
import { createElectronBridge } from './bridge.electron';
import { createWebBridge } from './bridge.web';

declare global {
  interface Window {
    kodebok?: KodebokApi;
  }
}

/** Electron when the preload exposed its API, the browser otherwise. */
export function detectPlatform(): PlatformBridge {
  return window.kodebok ? createElectronBridge(window.kodebok) : createWebBridge();
}

export type { PlatformBridge } from './bridge';

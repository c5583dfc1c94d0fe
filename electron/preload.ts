// Bundled to dist/electron/preload.cjs; runs sandboxed, so `electron` is its only import.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeKodebokApi } from './preload-api';

exposeKodebokApi(contextBridge, ipcRenderer);

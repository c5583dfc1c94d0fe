// Entry point of the main process (bundled to dist/electron/main.cjs). Only wiring: the real
// Electron modules go into startApp, which tests drive with fakes.
import fs from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { bundledPaths } from './app-url';
import { startApp } from './start';

startApp({
  electron: { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell },
  fs,
  stateFiles: { readFileSync, writeFileSync },
  paths: bundledPaths(__dirname),
  system: { platform: process.platform, release: os.release(), arch: process.arch },
}).catch((error: unknown) => {
  console.error('Kodebok could not start:', error);
  dialog.showErrorBox('Kodebok could not start', error instanceof Error ? error.message : String(error));
  app.quit();
});

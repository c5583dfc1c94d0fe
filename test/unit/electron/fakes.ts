// Small stand-ins for Electron objects. Each test file casts them to the Electron types it needs.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

export const rendererIndex = path.resolve('/opt/Kodebok/resources/app.asar/dist/renderer/index.html');
export const preloadPath = path.resolve('/opt/Kodebok/resources/app.asar/dist/electron/preload.cjs');
export const appPageUrl = pathToFileURL(rendererIndex).href;

type Listener = (...args: unknown[]) => unknown;

/** Records `on`/`once` listeners so a test can emit events by name. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });
  once = vi.fn((event: string, listener: Listener) => this.on(event, listener));
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
  has(event: string): boolean {
    return (this.listeners.get(event)?.length ?? 0) > 0;
  }
}

export class FakeWebContents extends FakeEmitter {
  constructor(readonly id = 1) {
    super();
  }
  send = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeWindow extends FakeEmitter {
  destroyed = false;
  minimized = false;
  readonly webContents: FakeWebContents;
  constructor(id = 1) {
    super();
    this.webContents = new FakeWebContents(id);
  }
  isDestroyed = vi.fn(() => this.destroyed);
  isMinimized = vi.fn(() => this.minimized);
  restore = vi.fn(() => {
    this.minimized = false;
  });
  show = vi.fn();
  focus = vi.fn();
  maximize = vi.fn();
  isMaximized = vi.fn(() => false);
  getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1300, height: 850 }));
  loadFile = vi.fn(async (_file: string) => undefined);
}

/** An invoke event from our window's top frame showing our page. */
export function trustedEvent(window: FakeWindow, url = `${appPageUrl}#/sources`) {
  return { sender: { id: window.webContents.id }, senderFrame: { parent: null, url } };
}

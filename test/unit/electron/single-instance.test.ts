import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../../electron/single-instance';
import { FakeEmitter, FakeWindow } from './fakes';

function fakeApp(gotLock: boolean) {
  const app = new FakeEmitter() as FakeEmitter & {
    requestSingleInstanceLock: ReturnType<typeof vi.fn>;
    quit: ReturnType<typeof vi.fn>;
  };
  app.requestSingleInstanceLock = vi.fn(() => gotLock);
  app.quit = vi.fn();
  return app;
}

describe('single instance', () => {
  it('quits when another instance holds the lock', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as unknown as App, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.has('second-instance')).toBe(false);
  });

  it('keeps running with the lock, and a second launch restores and focuses the window', () => {
    const app = fakeApp(true);
    const window = new FakeWindow();
    window.minimized = true;
    expect(claimSingleInstance(app as unknown as App, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['kodebok']);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('does not restore a window that is not minimised, and ignores a second launch with no window', () => {
    const app = fakeApp(true);
    const window = new FakeWindow();
    let current: FakeWindow | null = null;
    claimSingleInstance(app as unknown as App, () => current);
    expect(() => app.emit('second-instance')).not.toThrow();
    current = window;
    app.emit('second-instance');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

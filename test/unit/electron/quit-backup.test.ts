import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import { guardCloseForBackup, quitBackupTimeoutMs } from '../../../electron/quit-backup';
import { FakeWindow } from './fakes';

/** A window whose close() emits 'close' like Electron's, so the guard sees its own second close. */
function closableWindow() {
  const window = new FakeWindow(1);
  const closed = vi.fn();
  const close = vi.fn(() => {
    let prevented = false;
    window.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) closed();
  });
  Object.assign(window, { close });
  return { window, close, closed };
}

function setup(options: { quitting?: boolean } = {}) {
  const { window, close, closed } = closableWindow();
  const timers: { fn: () => void; ms: number }[] = [];
  const quit = vi.fn();
  const guard = guardCloseForBackup(window as unknown as BrowserWindow, {
    isQuitting: () => options.quitting ?? false,
    quit,
    setTimeout: (fn, ms) => timers.push({ fn, ms }),
    clearTimeout: vi.fn(),
  });
  /** The user closes the window (or the app closes it on quit). */
  const userCloses = () => {
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    return event;
  };
  return { window, close, closed, timers, quit, guard, userCloses };
}

describe('closing waits briefly for the final backup', () => {
  it('holds the window, asks the renderer for a backup, and closes when it is written', () => {
    const t = setup();
    const event = t.userCloses();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(t.window.webContents.send).toHaveBeenCalledWith(channels.quitBackupRequest);
    expect(t.closed).not.toHaveBeenCalled();

    t.guard.done();
    expect(t.close).toHaveBeenCalledTimes(1);
    expect(t.closed).toHaveBeenCalledTimes(1);
    // A late answer changes nothing.
    t.guard.done();
    expect(t.close).toHaveBeenCalledTimes(1);
  });

  it('closes anyway after a short timeout when the renderer does not answer (hung or crashed)', () => {
    const t = setup();
    t.userCloses();
    expect(t.timers).toHaveLength(1);
    expect(t.timers[0]!.ms).toBe(quitBackupTimeoutMs);
    expect(quitBackupTimeoutMs).toBeLessThanOrEqual(10_000);
    t.timers[0]!.fn();
    expect(t.closed).toHaveBeenCalledTimes(1);
  });

  it('asks only once however often the user clicks close while it waits', () => {
    const t = setup();
    t.userCloses();
    t.userCloses();
    expect(t.window.webContents.send).toHaveBeenCalledTimes(1);
    expect(t.timers).toHaveLength(1);
  });

  it('quits the app again when closing was part of quitting (macOS would otherwise keep running)', () => {
    const t = setup({ quitting: true });
    t.userCloses();
    t.guard.done();
    expect(t.quit).toHaveBeenCalledTimes(1);
    expect(t.close).not.toHaveBeenCalled();
  });

  it('closes at once when the renderer cannot be asked', () => {
    const t = setup();
    t.window.webContents.send.mockImplementation(() => {
      throw new Error('Render frame was disposed');
    });
    t.userCloses();
    expect(t.closed).toHaveBeenCalledTimes(1);
  });
});

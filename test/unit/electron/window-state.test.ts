import { describe, expect, it, vi } from 'vitest';
import {
  defaultWindowState,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  windowStateFile,
  type StateFiles,
} from '../../../electron/window-state';
import { FakeWindow } from './fakes';

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

function files(content: string | Error): StateFiles & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    readFileSync: vi.fn(() => {
      if (content instanceof Error) throw content;
      return content;
    }),
    writeFileSync: vi.fn((_file: string, data: string) => {
      written.push(data);
    }),
  };
}

describe('window state', () => {
  it('lives in userData', () => {
    expect(windowStateFile('/u')).toMatch(/^[\\/]u[\\/]window-state\.json$/);
  });

  it('uses 1280×800 when nothing was saved or the file is damaged', () => {
    expect(loadWindowState(files(new Error('ENOENT')), 'f', screen)).toEqual(defaultWindowState);
    expect(loadWindowState(files('{not json'), 'f', screen)).toEqual(defaultWindowState);
    expect(loadWindowState(files('{"width":"big","height":700}'), 'f', screen)).toEqual(defaultWindowState);
  });

  it('restores a saved position on a present display', () => {
    expect(loadWindowState(files('{"x":100,"y":80,"width":1400,"height":900,"maximized":true}'), 'f', screen)).toEqual({
      x: 100,
      y: 80,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('drops a position on a display that is no longer attached, and enforces the minimum size', () => {
    const state = loadWindowState(files('{"x":3000,"y":80,"width":500,"height":300}'), 'f', screen);
    expect(state).toEqual({ width: 900, height: 600, maximized: false });
  });

  it('saves the normal bounds and maximised flag when the window closes', () => {
    const window = new FakeWindow();
    window.isMaximized.mockReturnValue(true);
    const store = files('');
    trackWindowState(window, (state) => saveWindowState(store, 'f', state));
    window.emit('close');
    expect(JSON.parse(store.written[0]!)).toEqual({ x: 10, y: 20, width: 1300, height: 850, maximized: true });
  });

  it('does not throw when the state cannot be saved', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store: StateFiles = {
      readFileSync: vi.fn(),
      writeFileSync: vi.fn(() => {
        throw new Error('EROFS');
      }),
    };
    expect(() => saveWindowState(store, 'f', defaultWindowState)).not.toThrow();
    warn.mockRestore();
  });
});

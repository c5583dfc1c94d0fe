import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../shared/ipc/contract';
import { watchChildProcesses, watchRendererHealth, type WatchedWindow } from '../../../electron/renderer-health';
import { FakeEmitter, FakeWindow } from './fakes';

/** A message box the test answers (or Electron closes, when its signal aborts). */
interface OpenDialog {
  options: MessageBoxOptions;
  answer(response: number): Promise<void>;
}

function setup(options: { language?: Language } = {}) {
  const window = new FakeWindow();
  const webContents = Object.assign(window.webContents, { reload: vi.fn(), forcefullyCrashRenderer: vi.fn() });
  const dialogs: OpenDialog[] = [];
  const dialog = {
    showMessageBox: vi.fn((_parent: unknown, boxOptions: MessageBoxOptions) => {
      let resolve!: (value: MessageBoxReturnValue) => void;
      const result = new Promise<MessageBoxReturnValue>((r) => (resolve = r));
      // Electron closes the box when the signal aborts; the promise still settles.
      boxOptions.signal?.addEventListener('abort', () => resolve({ response: boxOptions.cancelId ?? 0, checkboxChecked: false }));
      dialogs.push({
        options: boxOptions,
        answer: async (response) => {
          resolve({ response, checkboxChecked: false });
          await result;
          await Promise.resolve();
        },
      });
      return result;
    }),
  };
  const quit = vi.fn();
  let time = 1_000_000;
  let language: Language = options.language ?? 'nb';
  const log = vi.fn();
  watchRendererHealth(window as unknown as WatchedWindow, {
    dialog: dialog as never,
    quit,
    language: () => language,
    now: () => time,
    log,
  });
  return {
    window,
    webContents,
    dialogs,
    quit,
    log,
    crash: (reason = 'crashed') => window.webContents.emit('render-process-gone', {}, { reason, exitCode: 139 }),
    later: (ms: number) => (time += ms),
    setLanguage: (next: Language) => (language = next),
  };
}

describe('when the window crashes', () => {
  it('says so in the user\'s language and reloads when asked', async () => {
    const { crash, dialogs, webContents, quit, log } = setup();
    crash();
    expect(dialogs).toHaveLength(1);
    const { options } = dialogs[0]!;
    expect(options.message).toBe('Kodebok-vinduet stoppet uventet.');
    expect(options.detail).toContain('hver endring lagres helt eller ikke i det hele tatt');
    expect(options.buttons).toEqual(['Last inn på nytt', 'Avslutt Kodebok']);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('crashed'));
    await dialogs[0]!.answer(0);
    expect(webContents.reload).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();
  });

  it('quits when the user chooses Quit', async () => {
    const { crash, dialogs, webContents, quit } = setup({ language: 'en' });
    crash();
    expect(dialogs[0]!.options.buttons).toEqual(['Reload', 'Quit Kodebok']);
    await dialogs[0]!.answer(1);
    expect(quit).toHaveBeenCalled();
    expect(webContents.reload).not.toHaveBeenCalled();
  });

  it('names running out of memory and suggests smaller imports', () => {
    const { crash, dialogs } = setup({ language: 'nn' });
    crash('oom');
    expect(dialogs[0]!.options.message).toBe('Kodebok-vindauget gjekk tom for minne og stoppa.');
    expect(dialogs[0]!.options.detail).toContain('færre eller mindre filer om gongen');
  });

  it('stays quiet when the renderer ends normally or the window is already gone', () => {
    const { crash, dialogs, window } = setup();
    crash('clean-exit');
    window.destroyed = true;
    crash('crashed');
    expect(dialogs).toHaveLength(0);
  });

  it('offers only Quit after the third crash in a minute, instead of reloading in a loop', async () => {
    const { crash, dialogs, webContents, quit, later } = setup();
    for (let i = 0; i < 2; i++) {
      crash();
      await dialogs.at(-1)!.answer(0);
      later(20_000);
    }
    crash();
    expect(dialogs).toHaveLength(3);
    const last = dialogs[2]!.options;
    expect(last.message).toBe('Kodebok-vinduet har stoppet 3 ganger på ett minutt.');
    expect(last.buttons).toEqual(['Avslutt Kodebok']);
    await dialogs[2]!.answer(0);
    expect(quit).toHaveBeenCalled();
    expect(webContents.reload).toHaveBeenCalledTimes(2);
  });

  it('still offers Reload when the crashes are spread over more than a minute', async () => {
    const { crash, dialogs, later } = setup();
    for (let i = 0; i < 3; i++) {
      crash();
      await dialogs.at(-1)!.answer(0);
      later(35_000);
    }
    expect(dialogs.map((d) => d.options.buttons)).toEqual([
      ['Last inn på nytt', 'Avslutt Kodebok'],
      ['Last inn på nytt', 'Avslutt Kodebok'],
      ['Last inn på nytt', 'Avslutt Kodebok'],
    ]);
  });
});

describe('when the window stops responding', () => {
  it('asks once whether to wait, and withdraws the question when the window answers again', async () => {
    const { window, dialogs, webContents } = setup({ language: 'en' });
    window.emit('unresponsive');
    window.emit('unresponsive');
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]!.options).toMatchObject({ message: 'Kodebok is not responding.', buttons: ['Wait', 'Reload'] });
    window.emit('responsive');
    expect(dialogs[0]!.options.signal!.aborted).toBe(true);
    // Even a click that raced the close does nothing now.
    await dialogs[0]!.answer(1);
    expect(webContents.reload).not.toHaveBeenCalled();
    expect(webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    // A later hang asks again.
    window.emit('unresponsive');
    expect(dialogs).toHaveLength(2);
  });

  it('reloads a hung window in a new renderer, without reporting that as a crash', async () => {
    const { window, dialogs, webContents, crash } = setup();
    window.emit('unresponsive');
    await dialogs[0]!.answer(1);
    expect(webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(webContents.reload).toHaveBeenCalledTimes(1);
    crash('killed');
    expect(dialogs).toHaveLength(1);
    // A real crash afterwards is reported as usual.
    crash('crashed');
    expect(dialogs).toHaveLength(2);
  });

  it('Wait leaves the window alone', async () => {
    const { window, dialogs, webContents } = setup();
    window.emit('unresponsive');
    await dialogs[0]!.answer(0);
    expect(webContents.reload).not.toHaveBeenCalled();
  });

  it('replaces the question by the crash dialog when the hung renderer crashes', () => {
    const { window, dialogs, crash } = setup();
    window.emit('unresponsive');
    crash();
    expect(dialogs[0]!.options.signal!.aborted).toBe(true);
    expect(dialogs[1]!.options.message).toBe('Kodebok-vinduet stoppet uventet.');
  });

  it('asks in the language the user has switched to', () => {
    const { window, dialogs, setLanguage } = setup();
    setLanguage('nn');
    window.emit('unresponsive');
    expect(dialogs[0]!.options.buttons).toEqual(['Vent', 'Last inn på nytt']);
    expect(dialogs[0]!.options.message).toBe('Kodebok svarar ikkje.');
  });
});

describe('helper processes', () => {
  it('logs a GPU or utility process that died, and leaves the app running', () => {
    const app = Object.assign(new FakeEmitter(), { quit: vi.fn() });
    const log = vi.fn();
    watchChildProcesses(app as never, log);
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 11 });
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'killed', exitCode: 9, name: 'Network Service' });
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'clean-exit', exitCode: 0, name: 'Audio Service' });
    expect(log.mock.calls.map(([message]) => message)).toEqual([
      expect.stringContaining('GPU process "unnamed" is gone (crashed, exit code 11)'),
      expect.stringContaining('Utility process "Network Service" is gone (killed, exit code 9)'),
    ]);
    expect(app.quit).not.toHaveBeenCalled();
  });
});

import type { BrowserWindow } from 'electron';
import { channels } from '../shared/ipc/contract';

/** How long closing waits for the renderer's final backup; closing must never hang on it. */
export const quitBackupTimeoutMs = 5000;

type GuardedWindow = Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'send'>;
};

export interface QuitBackupOptions {
  /** True once the app is quitting (app 'before-quit'), so closing ends with app.quit(). */
  isQuitting(): boolean;
  quit(): void;
  timeoutMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (timer: unknown) => void;
}

export interface QuitBackupGuard {
  /** The renderer says the final backup is written (or there was nothing to write). */
  done(): void;
}

/**
 * Holds the window open while the renderer writes a final backup. The first close is prevented
 * and the renderer asked; the window then closes when the renderer answers or the timeout passes,
 * whichever is first. If the app was quitting (Cmd+Q, File > Quit), it quits again; on macOS
 * closing the window alone would leave the app running.
 */
export function guardCloseForBackup(window: GuardedWindow, options: QuitBackupOptions): QuitBackupGuard {
  const schedule = options.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
  const cancel = options.clearTimeout ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: 'open' | 'waiting' | 'closing' = 'open';
  let timer: unknown = null;

  const finish = () => {
    if (state !== 'waiting') return;
    state = 'closing';
    if (timer !== null) cancel(timer);
    if (options.isQuitting()) options.quit();
    else if (!window.isDestroyed()) window.close();
  };

  window.on('close', (event: { preventDefault(): void }) => {
    if (state === 'closing') return;
    event.preventDefault();
    if (state === 'waiting') return;
    state = 'waiting';
    timer = schedule(finish, options.timeoutMs ?? quitBackupTimeoutMs);
    try {
      window.webContents.send(channels.quitBackupRequest);
    } catch {
      finish();
    }
  });

  return { done: finish };
}

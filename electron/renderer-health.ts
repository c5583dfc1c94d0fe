import type { App, BrowserWindow, Dialog, MessageBoxOptions, RenderProcessGoneDetails } from 'electron';
import type { Language } from '../shared/ipc/contract';
import { crashLabels } from './crash-labels';

/** So many crashes within {@link crashWindowMs} and reloading stops being offered: it would only loop. */
export const crashLimit = 3;
export const crashWindowMs = 60_000;
/** A renderer we killed ourselves (to reload a hung window) reports its end within this time. */
const ownKillMs = 10_000;

export type WatchedWindow = Pick<BrowserWindow, 'on' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'on' | 'reload' | 'forcefullyCrashRenderer'>;
};

export interface RendererHealthDependencies {
  dialog: Pick<Dialog, 'showMessageBox'>;
  quit: () => void;
  /** The language of the menu, which follows the renderer's. */
  language: () => Language;
  now?: () => number;
  log?: (message: string) => void;
}

/**
 * Keeps the window usable when its renderer crashes or hangs. A crash offers Reload (safe: every
 * change is one Dexie transaction, so the store holds the project as of the last finished step)
 * or Quit; the third crash within a minute offers only Quit instead of a reload loop. A hang offers
 * Wait or Reload, and the question goes away by itself when the window answers again.
 */
export function watchRendererHealth(window: WatchedWindow, deps: RendererHealthDependencies): void {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? ((message: string) => console.error(message));
  const labels = () => crashLabels[deps.language()];
  let crashes: number[] = [];
  let killedForReload: number | null = null;
  let hangQuestion: AbortController | null = null;

  const ask = (options: MessageBoxOptions) => deps.dialog.showMessageBox(window as BrowserWindow, options);
  const closeHangQuestion = () => {
    hangQuestion?.abort();
    hangQuestion = null;
  };

  window.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (window.isDestroyed() || details.reason === 'clean-exit') return;
    const at = now();
    if (killedForReload !== null && at - killedForReload < ownKillMs) {
      killedForReload = null;
      return;
    }
    log(`Kodebok: the window's renderer is gone (${details.reason}, exit code ${details.exitCode}).`);
    closeHangQuestion();
    crashes = [...crashes.filter((t) => at - t < crashWindowMs), at];
    const l = labels();
    if (crashes.length >= crashLimit) {
      void ask({
        type: 'error',
        title: l.crashedTitle,
        message: l.repeated.replace('{count}', String(crashes.length)),
        detail: l.repeatedDetail,
        buttons: [l.quit],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      }).then(() => deps.quit());
      return;
    }
    const outOfMemory = details.reason === 'oom';
    void ask({
      type: 'error',
      title: l.crashedTitle,
      message: outOfMemory ? l.outOfMemory : l.crashed,
      detail: outOfMemory ? `${l.projectSafe}\n\n${l.outOfMemoryHint}` : l.projectSafe,
      buttons: [l.reload, l.quit],
      defaultId: 0,
      // Escape reloads: a window without a renderer is of no use to anyone.
      cancelId: 0,
      noLink: true,
    }).then(({ response }) => {
      if (window.isDestroyed()) return;
      if (response === 1) deps.quit();
      else window.webContents.reload();
    });
  });

  window.on('unresponsive', () => {
    if (hangQuestion || window.isDestroyed()) return;
    const question = new AbortController();
    hangQuestion = question;
    const l = labels();
    void ask({
      type: 'warning',
      title: l.notRespondingTitle,
      message: l.notResponding,
      detail: l.notRespondingDetail,
      buttons: [l.wait, l.reload],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
      signal: question.signal,
    }).then(({ response }) => {
      // Answered by 'responsive' (the dialog was closed for the user) or by a crash meanwhile.
      if (question.signal.aborted || window.isDestroyed()) return;
      hangQuestion = null;
      if (response !== 1) return;
      // A hung renderer cannot reload itself: end its process, and the reload starts a new one.
      killedForReload = now();
      window.webContents.forcefullyCrashRenderer();
      window.webContents.reload();
    });
  });

  window.on('responsive', closeHangQuestion);
}

/**
 * Logs helper processes that die (GPU, network and other utility services). Chromium starts them
 * again by itself and the window keeps running, so there is nothing to ask the user; the parse and
 * search workers live inside the renderer and are supervised there.
 */
export function watchChildProcesses(app: Pick<App, 'on'>, log: (message: string) => void = (m) => console.warn(m)): void {
  app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const name = details.name ?? details.serviceName ?? 'unnamed';
    log(`Kodebok: ${details.type} process "${name}" is gone (${details.reason}, exit code ${details.exitCode}); Chromium starts it again when needed.`);
  });
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StaleHistoryError } from '../store/history/change';
import { useToast } from '../ui/Toasts';
import { useApp } from '../services/AppContext';
import { useStore } from '../store/StoreProvider';
import { onCommand } from '../services/menu-commands';

/** Text fields keep their own undo (typing); everything else undoes project steps. */
function focusHasOwnUndo(): boolean {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement)) return false;
  if (el.closest('[data-project-undo]')) return false;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el.isContentEditable;
}

/**
 * Edit ▸ Undo/Redo (and Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y in the browser build) for the open
 * project. Each undo says what it undid, so nobody loses track of their work.
 */
export function UndoCommands() {
  const { t } = useTranslation();
  const { settings, bridge } = useApp();
  const { historyFor } = useStore();
  const toast = useToast();
  const projectId = settings.currentProjectId;

  useEffect(() => {
    if (!projectId) return;
    const history = historyFor(projectId);
    const act = async (direction: 'undo' | 'redo') => {
      if (focusHasOwnUndo()) {
        document.execCommand(direction);
        return;
      }
      try {
        const step = direction === 'undo' ? await history.undo() : await history.redo();
        const label = step ? t(`history.${step.label.key}`, step.label.values ?? {}) : null;
        const message = label ? t(direction === 'undo' ? 'history.undone' : 'history.redone', { step: label }) : t(`history.nothingTo.${direction}`);
        toast({ message, timeoutMs: 4000 });
      } catch (error) {
        toast({ message: error instanceof StaleHistoryError ? t('history.stale') : t(direction === 'undo' ? 'history.failed' : 'history.failedRedo') });
      }
    };
    const offCommand = onCommand((c) => {
      if (c === 'undo' || c === 'redo') void act(c);
    });
    // The browser build has no native Edit menu; Electron's menu sends the commands itself.
    const onKey = (e: KeyboardEvent) => {
      if (bridge.kind !== 'web' || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const direction = key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' && !e.shiftKey ? 'redo' : null;
      if (!direction || focusHasOwnUndo()) return;
      e.preventDefault();
      void act(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offCommand();
      window.removeEventListener('keydown', onKey);
    };
  }, [projectId, historyFor, bridge, toast, t]);
  return null;
}

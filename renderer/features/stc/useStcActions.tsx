import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { History } from '../../store/history/history';
import { StcError, type Confirmable, type NeedsConfirmation } from '../../store/commands/stc';
import type { StcRows } from '../../store/queries/stc';
import { useApp } from '../../services/AppContext';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';
import { ConfirmQuotesDialog } from './ConfirmQuotesDialog';

export interface StcActions {
  history: History;
  /** Runs a command; a refusal is shown in words (stc.error.*), anything else reported. Undefined when it failed. */
  run: <T>(command: (history: History) => Promise<T>) => Promise<T | undefined>;
  /**
   * Runs a change that may take golden quotes with it: when the plan asks, a dialog lists the
   * quotes, and only a yes repeats the change with `confirmQuotes: true`.
   */
  confirmable: <T>(
    command: (history: History, confirmQuotes: boolean) => Promise<Confirmable<T>>,
    onDone?: (value: T) => void,
  ) => Promise<void>;
  /** The question, when one is open: render it once in the screen. */
  dialog: ReactNode;
}

export function useStcActions(projectId: string, rows: StcRows | undefined): StcActions {
  const { t } = useTranslation();
  const { historyFor } = useStore();
  const { reportError } = useApp();
  const toast = useToast();
  const history = historyFor(projectId);
  const [asking, setAsking] = useState<{ answer: NeedsConfirmation; yes: () => void } | null>(null);

  const run = useCallback(
    async <T,>(command: (history: History) => Promise<T>): Promise<T | undefined> => {
      try {
        return await command(history);
      } catch (error) {
        if (error instanceof StcError) toast({ message: t(`stc.error.${error.problem}`, error.values) });
        else reportError(error);
        return undefined;
      }
    },
    [history, t, toast, reportError],
  );

  const confirmable = useCallback(
    async <T,>(
      command: (history: History, confirmQuotes: boolean) => Promise<Confirmable<T>>,
      onDone?: (value: T) => void,
    ) => {
      const answer = await run((h) => command(h, false));
      if (!answer) return;
      if (answer.status === 'done') {
        onDone?.(answer.value);
        return;
      }
      setAsking({
        answer,
        yes: () => {
          setAsking(null);
          void run((h) => command(h, true)).then((again) => {
            if (again?.status === 'done') onDone?.(again.value);
          });
        },
      });
    },
    [run],
  );

  const dialog = useMemo(
    () =>
      asking && rows ? (
        <ConfirmQuotesDialog
          answer={asking.answer}
          rows={rows}
          onConfirm={asking.yes}
          onCancel={() => setAsking(null)}
        />
      ) : null,
    [asking, rows],
  );
  return useMemo(() => ({ history, run, confirmable, dialog }), [history, run, confirmable, dialog]);
}

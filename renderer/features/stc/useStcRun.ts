import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/model';
import { StcError, type Confirmable, type NeedsConfirmation, type StcCommand } from '../../store/commands/stc';
import { useApp } from '../../services/AppContext';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';

/** A change that asked first: what would go, and how to make it anyway. */
export interface PendingConfirmation {
  asked: NeedsConfirmation;
  proceed: () => Promise<void>;
}

/**
 * Runs STC commands for a screen: the project and the current coder filled in, a refusal
 * (StcError) shown as a translated notice, any other failure reported in words. A change that
 * would take golden quotes with it is held as `pending` until the user confirms or keeps them.
 */
export function useStcRun(projectId: Id) {
  const { t } = useTranslation();
  const { historyFor, coders } = useStore();
  const { reportError } = useApp();
  const toast = useToast();
  const [pending, setPending] = useState<PendingConfirmation | null>(null);

  const failed = useCallback(
    (error: unknown) => {
      if (error instanceof StcError) toast({ message: t(`stc.error.${error.problem}`, error.values) });
      else reportError(error);
    },
    [t, toast, reportError],
  );

  /** Runs a command; resolves to its value, or undefined when it was refused or failed (already shown). */
  const run = useCallback(
    async <I, T>(command: StcCommand<I, T>, input: Omit<I, 'authorId'> & Partial<Pick<I & { authorId: Id }, 'authorId'>>): Promise<T | undefined> => {
      try {
        const authorId = (await coders.currentCoder(projectId)).id;
        return await command(historyFor(projectId), { authorId, ...input, projectId } as unknown as I & { projectId: Id });
      } catch (error) {
        failed(error);
        return undefined;
      }
    },
    [coders, historyFor, projectId, failed],
  );

  /** Runs a change that may ask first; when it does, the dialog shows and a yes repeats it with `confirmQuotes`. */
  const runConfirmable = useCallback(
    async <I extends { confirmQuotes?: boolean }, T>(command: StcCommand<I, Confirmable<T>>, input: Omit<I, 'authorId'>): Promise<void> => {
      const result = await run(command, input);
      if (result?.status !== 'confirm') return;
      setPending({
        asked: result,
        proceed: async () => {
          setPending(null);
          await run(command, { ...input, confirmQuotes: true });
        },
      });
    },
    [run],
  );

  return { run, runConfirmable, pending, dismiss: () => setPending(null) };
}

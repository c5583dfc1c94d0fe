import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Range } from '../../../shared/ranges/range';
import { useApp } from '../../services/AppContext';
import { addMeaningUnit, StcError } from '../../store/commands/stc';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';

/**
 * Marks the coding workspace's selection as a meaning unit (STC step 2), one undo step; the same
 * passage marked twice stays one unit. Returns null until there is something to mark.
 */
export function useMarkMeaningUnit(args: {
  projectId: string;
  sourceId: string;
  coderId: string | null;
  target: Range | null;
}): (() => void) | null {
  const { projectId, sourceId, coderId, target } = args;
  const { t } = useTranslation();
  const { historyFor } = useStore();
  const { reportError } = useApp();
  const toast = useToast();
  const start = target?.start;
  const end = target?.end;
  const mark = useCallback(() => {
    if (!coderId || start === undefined || end === undefined) return;
    addMeaningUnit(historyFor(projectId), { projectId, sourceId, start, end, authorId: coderId }).then(
      () => toast({ message: t('stc.units.marked') }),
      (error: unknown) =>
        error instanceof StcError
          ? toast({ message: t(`stc.error.${error.problem}`, error.values) })
          : reportError(error),
    );
  }, [coderId, start, end, historyFor, projectId, sourceId, toast, t, reportError]);
  return coderId && start !== undefined && end !== undefined && end > start ? mark : null;
}

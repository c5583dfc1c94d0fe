import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Coder, Project } from '../../../shared/model';
import type { Range } from '../../../shared/ranges/range';
import { useApp } from '../../services/AppContext';
import { addCoding, recodeCoding, removeCodings, resizeCoding } from '../../store/commands/codings';
import { newId, nowIso } from '../../store/ids';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';
import { noteRecentCode, recentCodes } from './code-index';
import type { DocumentCodings } from './useDocumentCodings';

/** The coder whose codings this window makes (null until read). */
export function useCoder(projectId: string): Coder | null {
  const { reportError, settings } = useApp();
  const { coders } = useStore();
  const [coder, setCoder] = useState<Coder | null>(null);
  // Choosing another active coder (Coders panel) reads the coder again.
  const active = settings.activeCoders[projectId];
  useEffect(() => {
    coders.currentCoder(projectId).then(setCoder, reportError);
  }, [coders, projectId, reportError, active]);
  return coder;
}

/** The codes used last in this project, first in the palette; `note` puts one in front. */
export function useRecentCodes(projectId: string): [string[], (codeId: string) => void] {
  const [recent, setRecent] = useState(() => recentCodes(projectId));
  const note = useCallback((codeId: string) => setRecent(noteRecentCode(projectId, codeId)), [projectId]);
  return [recent, note];
}

export interface CodingActions {
  /** Codes the target passage: drawn at once, stored in the background (one step with its undo record). */
  apply: (code: Code) => Promise<void>;
  recode: (codingId: string, code: Code) => Promise<void>;
  resize: (codingId: string, start: number, end: number) => void;
  remove: (codingIds: string[]) => void;
}

/** The coding steps of the document view; failures are reported in words. */
export function useCodingActions(args: {
  project: Project;
  sourceId: string;
  coder: Coder | null;
  target: Range | null;
  codings: DocumentCodings;
  select: (codingId: string | null) => void;
  noteRecent: (codeId: string) => void;
}): CodingActions {
  const { project, sourceId, coder, target, codings, select, noteRecent } = args;
  const { t } = useTranslation();
  const { reportError } = useApp();
  const { historyFor } = useStore();
  const toast = useToast();
  const history = historyFor(project.id);
  const { show, settle, drop } = codings;

  const apply = useCallback(
    async (code: Code) => {
      if (!coder) return;
      if (!target) {
        toast({ message: t('coding.selectFirst') });
        return;
      }
      const input = { id: newId(), projectId: project.id, sourceId, codeId: code.id, coderId: coder.id, start: target.start, end: target.end };
      const now = nowIso();
      show({ ...input, authorId: coder.id, createdAt: now, updatedAt: now });
      select(input.id);
      noteRecent(code.id);
      try {
        const coding = await addCoding(history, { coding: input, codeName: code.name });
        settle(input.id);
        if (coding.id !== input.id) {
          // The very same coding existed already: show that one.
          drop(input.id);
          select(coding.id);
        }
      } catch (error) {
        drop(input.id);
        select(null);
        reportError(error);
      }
    },
    [coder, target, history, project.id, sourceId, toast, t, reportError, show, settle, drop, select, noteRecent],
  );

  const recode = useCallback(
    async (codingId: string, code: Code) => {
      await recodeCoding(history, { id: codingId, codeId: code.id, codeName: code.name }).catch(reportError);
      noteRecent(code.id);
    },
    [history, reportError, noteRecent],
  );

  const resize = useCallback(
    (codingId: string, start: number, end: number) => void resizeCoding(history, { id: codingId, start, end }).catch(reportError),
    [history, reportError],
  );

  const remove = useCallback((codingIds: string[]) => void removeCodings(history, { ids: codingIds }).catch(reportError), [history, reportError]);

  return { apply, recode, resize, remove };
}

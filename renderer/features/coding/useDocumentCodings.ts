import { useMemo } from 'react';
import type { Coding } from '../../../shared/model';
import { useSourceCodings } from '../../store/queries/source-document';
import { useOptimisticCodings } from './useOptimisticCodings';
import { useStableCodings } from './useStableCodings';

const noCodings: never[] = [];

export interface DocumentCodings {
  /** The stored codings and the ones drawn ahead of their write; unchanged ones keep their objects across re-reads. */
  codings: readonly Coding[];
  byId: ReadonlyMap<string, Coding>;
  /** Draws a coding at once, before its step is stored. */
  show: (c: Coding) => void;
  /** The step is stored: the stored row takes over. */
  settle: (id: string) => void;
  /** The step failed: the coding goes. */
  drop: (id: string) => void;
}

/** The codings of one source as the document view draws them. */
export function useDocumentCodings(sourceId: string): DocumentCodings {
  const optimistic = useOptimisticCodings(useSourceCodings(sourceId) ?? noCodings);
  // Unchanged codings keep their objects across re-reads, so a step redraws only what it changed.
  const codings = useStableCodings(optimistic.codings);
  const byId = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);
  const { show, settle, drop } = optimistic;
  return { codings, byId, show, settle, drop };
}

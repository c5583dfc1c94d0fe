import { useMemo, useState } from 'react';
import type { Coding } from '../../../shared/model';
import { useSourceCodings } from '../../store/queries/source-document';
import { nextSnapshot, noCodings, withAdded, type CodingsSnapshot } from './codings-snapshot';
import { useOptimisticCodings } from './useOptimisticCodings';

const none: never[] = [];

export interface DocumentCodings {
  /** The stored codings and the ones drawn ahead of their write; unchanged ones keep their objects across re-reads. */
  codings: readonly Coding[];
  byId: ReadonlyMap<string, Coding>;
  /** The same, with what changed since the snapshot before (see CodingsSnapshot). */
  snapshot: CodingsSnapshot;
  /** Draws a coding at once, before its step is stored. */
  show: (c: Coding) => void;
  /** The step is stored: the stored row takes over. */
  settle: (id: string) => void;
  /** The step failed: the coding goes. */
  drop: (id: string) => void;
}

interface Seen {
  stored: readonly Coding[];
  pending: readonly Coding[];
  snapshot: CodingsSnapshot;
}

/**
 * The codings of one source as the document view draws them. A coding shown ahead of its write is
 * added to the snapshot without looking at the others (the key press draws at once); a re-read
 * from the store is compared row by row, after the drawing, and usually changes nothing. The
 * codings are read once the text is shown (`textShown`): the text first, the highlights a moment later.
 */
export function useDocumentCodings(sourceId: string, textShown = true, onlyCoderId: string | null = null): DocumentCodings {
  const all = useSourceCodings(sourceId, textShown) ?? none;
  // Blind coding: only the active coder's codings are drawn, listed and counted.
  const stored = useMemo(() => (onlyCoderId === null ? all : all.filter((c) => c.coderId === onlyCoderId)), [all, onlyCoderId]);
  const { pending, show, settle, drop } = useOptimisticCodings(stored);
  const [seen, setSeen] = useState<Seen>({ stored: none, pending: none, snapshot: noCodings });
  let snapshot = seen.snapshot;
  if (seen.stored !== stored || seen.pending !== pending) {
    const appended = seen.stored === stored && pending.length > seen.pending.length && seen.pending.every((c, i) => pending[i] === c);
    if (appended) snapshot = withAdded(snapshot, pending.slice(seen.pending.length));
    else {
      const ids = new Set(stored.map((c) => c.id));
      const extra = pending.filter((c) => !ids.has(c.id));
      snapshot = nextSnapshot(snapshot, extra.length ? [...stored, ...extra] : stored);
    }
    // Derived from the previous render's state, the way React recommends for it (no effect, no extra frame).
    setSeen({ stored, pending, snapshot });
  }
  return { codings: snapshot.list, byId: snapshot.byId, snapshot, show, settle, drop };
}

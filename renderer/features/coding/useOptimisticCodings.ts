import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Coding } from '../../../shared/model';

/** How long a stored coding may still be drawn from the optimistic copy: the live query is far quicker. */
const settleMs = 1000;

const without = (pending: Coding[], gone: (c: Coding) => boolean) => (pending.some(gone) ? pending.filter((c) => !gone(c)) : pending);

/**
 * A new coding is drawn the moment it is made, before its transaction and the live query come
 * back (two frames later on a long transcript); once the stored codings hold it, the stored row
 * takes over. `settle` after the write lets the copy go even if an undo removed the row before
 * the live query ever showed it; `drop` takes it away at once (the write failed). A copy already
 * gone leaves the list as it was, so letting go re-renders nothing.
 */
export function useOptimisticCodings(stored: readonly Coding[]): {
  pending: Coding[];
  show: (c: Coding) => void;
  settle: (id: string) => void;
  drop: (id: string) => void;
} {
  const [pending, setPending] = useState<Coding[]>([]);
  // Once per read-back, not once per coding drawn.
  const storedIds = useMemo(() => new Set(stored.map((c) => c.id)), [stored]);
  useEffect(() => {
    if (pending.length === 0) return;
    setPending((p) => without(p, (c) => storedIds.has(c.id)));
  }, [storedIds, pending]);
  const show = useCallback((c: Coding) => setPending((p) => [...p, c]), []);
  const drop = useCallback((id: string) => setPending((p) => without(p, (c) => c.id === id)), []);
  const settle = useCallback((id: string) => void setTimeout(() => drop(id), settleMs), [drop]);
  return { pending, show, settle, drop };
}

import { useState } from 'react';
import type { Coding } from '../../../shared/model';
import { keepUnchangedRows } from './same-rows';

/** The codings with unchanged rows kept as the same objects across live-query re-reads (see keepUnchangedRows). */
export function useStableCodings(codings: readonly Coding[]): readonly Coding[] {
  const [kept, setKept] = useState({ from: codings, rows: codings });
  if (kept.from === codings) return kept.rows;
  // Derived from the previous render's state, the way React recommends for it (no effect, no extra frame).
  const rows = keepUnchangedRows(kept.rows, codings);
  setKept({ from: codings, rows });
  return rows;
}

import type { DragEvent } from 'react';
import type { Id } from '../../../../shared/model';

/** Meaning units dragged between the unsorted list and subgroups: their ids, as JSON. */
export const unitMime = 'application/x-kodebok-meaning-units';

export function startUnitDrag(e: DragEvent, ids: Id[]): void {
  e.dataTransfer.setData(unitMime, JSON.stringify(ids));
  e.dataTransfer.effectAllowed = 'move';
}

/** Props for a place meaning units can be dropped on. */
export function unitDropTarget(onDrop: (ids: Id[]) => void, setOver: (over: boolean) => void) {
  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(unitMime);
  return {
    onDragOver: (e: DragEvent) => {
      if (!accepts(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      setOver(false);
      if (!accepts(e)) return;
      e.preventDefault();
      try {
        const ids = JSON.parse(e.dataTransfer.getData(unitMime)) as unknown;
        if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) onDrop(ids);
      } catch {
        // Not ours: ignore.
      }
    },
  };
}

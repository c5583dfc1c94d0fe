import { useEffect, type RefObject } from 'react';

/** Opens a <dialog> as modal (focus trapped, Escape handled by the browser) while `open` is true. */
export function useModal(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [ref, open]);
}

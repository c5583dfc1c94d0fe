import { useRef } from 'react';
import { useModal } from './useModal';

/** A modal confirmation built on <dialog>: focus is trapped and Escape cancels, as users expect. */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  body?: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref, props.open);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      {/* Only while open: a closed dialog holds no second "confirm-title", and its autofocus does not
          run (and lay out the whole screen) when the screen mounts. */}
      {props.open && (
        <>
          <h2 id="confirm-title">{props.title}</h2>
          {props.body && <p>{props.body}</p>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={props.onCancel} autoFocus>
              {props.cancelLabel}
            </button>
            <button
              type="button"
              className={props.danger ? 'button button-danger' : 'button button-primary'}
              onClick={props.onConfirm}
            >
              {props.confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

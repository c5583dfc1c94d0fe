import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useModal } from '../../ui/useModal';

/**
 * A modal form on <dialog> (focus kept inside, Escape cancels) with its own heading id, so several
 * can live on one screen. The submit button is the form's default: Enter confirms.
 */
export function Dialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  busy?: boolean;
  wide?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useModal(ref, props.open);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onConfirm();
  };
  return (
    <dialog
      ref={ref}
      className={props.wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      {props.open && (
        <form onSubmit={submit}>
          <h2 id={titleId}>{props.title}</h2>
          {props.children}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={props.onCancel}>
              {props.cancelLabel}
            </button>
            <button type="submit" className={props.danger ? 'button button-danger' : 'button button-primary'} disabled={props.busy} aria-busy={props.busy}>
              {props.confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

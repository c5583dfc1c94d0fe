import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { editorStateOf } from '../../../shared/memos/content';
import type { RichText } from '../../../shared/stc/analytic-draft';
import { MemoEditor } from '../memos/MemoEditor';

/** Saves wait for a pause in typing (the command coalesces saves close together into one undo step). */
const saveDelayMs = 500;

type Status = 'idle' | 'pending' | 'saved' | 'failed';

/**
 * A condensate or analytic text: the memo editor (bold, italic, lists), saved as you write. A text
 * changed elsewhere (Edit ▸ Undo, "start from the condensates", another window) is shown once this
 * field has nothing unsaved. `onText` hears the plain text as it is typed (for a length guide).
 */
export function RichTextField(props: {
  label: string;
  stored: RichText;
  save: (text: RichText) => Promise<boolean>;
  onText?: (plainText: string) => void;
  placeholder?: string;
  /** Shown under the editor beside the save status (a length guide). */
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const { save, onText } = props;
  const statusId = useId();
  const [status, setStatus] = useState<Status>('idle');
  const [revision, setRevision] = useState(0);
  const pending = useRef<RichText | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef<Promise<void> | null>(null);
  const known = useRef(props.stored.content);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (saving.current) await saving.current;
    const text = pending.current;
    if (!text) return;
    pending.current = null;
    known.current = text.content;
    const run = save(text).then((ok) => setStatus(ok ? (pending.current ? 'pending' : 'saved') : 'failed'));
    saving.current = run;
    await run;
    saving.current = null;
  }, [save]);

  const changed = useCallback(
    (text: RichText) => {
      pending.current = { content: text.content, plainText: text.plainText };
      onText?.(text.plainText);
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), saveDelayMs);
    },
    [flush, onText],
  );

  // Leaving (another subgroup, another screen, closing the window) saves what is typed.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const stored = props.stored.content;
  const storedText = props.stored.plainText;
  useEffect(() => {
    if (stored !== known.current && pending.current === null && saving.current === null) {
      known.current = stored;
      setRevision((r) => r + 1);
      // What is shown now is the stored text: a length guide counts that, not what was typed before.
      onText?.(storedText);
    }
  }, [stored, storedText, onText]);

  return (
    <div className="stc-rich">
      <MemoEditor
        key={revision}
        label={props.label}
        initialState={editorStateOf(props.stored)}
        onChange={changed}
        onBlur={() => void flush()}
        describedBy={statusId}
        placeholder={props.placeholder}
      />
      <div className="stc-rich-foot small">
        <span id={statusId} className="muted" aria-live="polite">
          {status === 'pending' ? t('memos.saving') : status === 'failed' ? t('memos.failed') : status === 'saved' ? t('stc.saved') : ''}
        </span>
        {props.footer}
      </div>
    </div>
  );
}

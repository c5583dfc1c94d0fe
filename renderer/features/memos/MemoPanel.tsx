import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemoTarget } from '../../../shared/model';
import { useApp } from '../../services/AppContext';
import { saveMemo, type MemoContent } from '../../store/commands/memos';
import { editorStateOf } from '../../../shared/memos/content';
import { useMemoWithAuthor } from '../../store/queries/memos';
import { useStore } from '../../store/StoreProvider';
import { formatDateTime } from '../../i18n/format';
import { MemoEditor } from './MemoEditor';

/** Saves wait for a pause in typing; all saves of one memo close together are one undo step. */
const saveDelayMs = 500;

type Status = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/**
 * The memo on a project, source, code or coding: a rich-text editor that saves as you write,
 * with who wrote it and when it last changed. Drop it anywhere:
 * `<MemoPanel projectId={project.id} target={{ kind: 'coding', id }} />`.
 */
export function MemoPanel(props: {
  projectId: string;
  target: MemoTarget;
  /** Accessible name of the text field; defaults to "Memo on this code/source/…". */
  label?: string;
  /** A visible heading above the editor (omit when the surrounding panel has one). */
  heading?: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t, i18n } = useTranslation();
  const { reportError } = useApp();
  const { coders, historyFor } = useStore();
  const { projectId } = props;
  const { kind, id } = props.target;
  const statusId = useId();

  const data = useMemoWithAuthor({ kind, id } as MemoTarget);

  const [status, setStatus] = useState<Status>('idle');
  const [revision, setRevision] = useState(0);
  const pending = useRef<MemoContent | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef<Promise<void> | null>(null);
  /** The content this panel last wrote or loaded; anything else in the store came from elsewhere (undo, merge). */
  const known = useRef<string | null | undefined>(undefined);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (saving.current) await saving.current;
    const content = pending.current;
    if (!content) return;
    pending.current = null;
    setStatus('saving');
    const run = (async () => {
      try {
        const coder = await coders.currentCoder(projectId);
        known.current = content.content;
        await saveMemo(historyFor(projectId), { projectId, authorId: coder.id, target: { kind, id } as MemoTarget, content });
        setStatus(pending.current ? 'pending' : 'saved');
      } catch (error) {
        setStatus('failed');
        reportError(error);
      }
    })();
    saving.current = run;
    await run;
    saving.current = null;
  }, [coders, historyFor, projectId, kind, id, reportError]);

  const changed = useCallback(
    (content: MemoContent) => {
      pending.current = content;
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), saveDelayMs);
    },
    [flush],
  );

  // Leaving the memo (another code, another screen, closing the window) saves what is typed.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  // The memo changed elsewhere (Edit ▸ Undo, a merge appended to it): show the stored text.
  const stored = data === undefined ? undefined : (data.memo?.content ?? null);
  useEffect(() => {
    if (stored === undefined) return;
    if (known.current === undefined) {
      known.current = stored;
      return;
    }
    if (stored !== known.current && pending.current === null && saving.current === null) {
      known.current = stored;
      setRevision((r) => r + 1);
    }
  }, [stored]);

  if (data === undefined) return null;
  const { memo, authorName } = data;
  const label = props.label ?? t(`memos.on.${kind}`);
  const Heading = `h${props.headingLevel ?? 3}` as const;
  return (
    <section className="memo-panel" aria-label={props.heading ? undefined : label}>
      {props.heading && <Heading className="memo-heading">{props.heading}</Heading>}
      <MemoEditor
        key={`${kind}:${id}:${revision}`}
        label={label}
        initialState={memo ? editorStateOf(memo) : null}
        onChange={changed}
        onBlur={() => void flush()}
        describedBy={statusId}
      />
      <p className="memo-status muted small" id={statusId}>
        {status === 'pending' || status === 'saving'
          ? t('memos.saving')
          : status === 'failed'
            ? t('memos.failed')
            : memo
              ? t('memos.byline', {
                  author: authorName ?? t('memos.unknownAuthor'),
                  when: formatDateTime(memo.updatedAt, i18n.language),
                })
              : t('memos.none')}
      </p>
    </section>
  );
}

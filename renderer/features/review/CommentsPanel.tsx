import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Id } from '../../../shared/model';
import { codeTextFields, threadComments, type CodeTextField, type CommentTarget, type ReviewComment } from '../../../shared/review';
import { useApp } from '../../services/AppContext';
import type { CodingChoice } from '../../store/actions/review';
import { addReviewComment, resolveReviewThread } from '../../store/commands/review';
import { useStore } from '../../store/StoreProvider';

const wholeCode = 'code';
const codingPrefix = 'coding:';

/** Threaded comments on codes, their definitions and codings: write, reply, resolve, reopen. */
export function CommentsPanel(props: { projectId: Id; codes: Code[]; comments: ReviewComment[]; author: string }) {
  const { t } = useTranslation();
  const { reportError } = useApp();
  const { historyFor, review } = useStore();
  const history = historyFor(props.projectId);
  const [codeId, setCodeId] = useState<Id>('');
  const [codings, setCodings] = useState<CodingChoice[]>([]);
  const [part, setPart] = useState<string>(wholeCode);
  const [text, setText] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const names = new Map(props.codes.map((c) => [c.id, c.name]));
  const chosen = codeId || props.codes[0]?.id || '';
  useEffect(() => {
    let current = true;
    if (chosen) void review.codingChoices(chosen).then((list) => current && setCodings(list), reportError);
    return () => {
      current = false;
    };
  }, [chosen, review, reportError]);
  const threads = threadComments(props.comments).filter((th) => showResolved || !th.root.resolved);

  const targetLabel = (target: CommentTarget) => {
    const code = names.get(target.codeId) ?? t('codebookReview.comments.goneCode');
    if (target.kind === 'definition') return t('codebookReview.comments.onField', { code, field: t(`codebook.fields.${target.field}`) });
    if (target.kind === 'coding') return t('codebookReview.comments.onCoding', { code });
    return t('codebookReview.comments.onCode', { code });
  };

  return (
    <section className="card review-comments" aria-labelledby="review-comments-title">
      <h2 id="review-comments-title">{t('codebookReview.comments.title')}</h2>
      {props.codes.length === 0 ? (
        <p className="muted">{t('codebookReview.noCodes')}</p>
      ) : (
        <form
          className="review-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim() === '' || !chosen) return;
            const target: CommentTarget =
              part === wholeCode
                ? { kind: 'code', codeId: chosen }
                : part.startsWith(codingPrefix)
                  ? { kind: 'coding', codeId: chosen, codingId: part.slice(codingPrefix.length) }
                  : { kind: 'definition', codeId: chosen, field: part as CodeTextField };
            addReviewComment(history, { projectId: props.projectId, target, author: props.author, text }).then(() => setText(''), reportError);
          }}
        >
          <label className="field">
            {t('codebookReview.code')}
            <select
              value={chosen}
              onChange={(e) => {
                setCodeId(e.target.value);
                setPart(wholeCode);
              }}
            >
              {props.codes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('codebookReview.comments.about')}
            <select value={part} onChange={(e) => setPart(e.target.value)}>
              <option value={wholeCode}>{t('codebookReview.comments.wholeCode')}</option>
              {codeTextFields.map((f) => (
                <option key={f} value={f}>
                  {t(`codebook.fields.${f}`)}
                </option>
              ))}
              {codings.map((c) => (
                <option key={c.id} value={`${codingPrefix}${c.id}`}>
                  {t('codebookReview.comments.codingOption', { source: c.sourceTitle, text: c.snippet })}
                </option>
              ))}
            </select>
          </label>
          <label className="field review-wide">
            {t('codebookReview.comments.text')}
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
          </label>
          <button type="submit" className="button" disabled={text.trim() === ''}>
            {t('codebookReview.comments.add')}
          </button>
        </form>
      )}
      <label className="check">
        <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} /> {t('codebookReview.comments.showResolved')}
      </label>
      {threads.length === 0 && <p className="muted">{t('codebookReview.comments.none')}</p>}
      <ul className="review-threads">
        {threads.map((th) => (
          <li key={th.root.id} className={th.root.resolved ? 'review-thread resolved' : 'review-thread'}>
            <p className="muted">{targetLabel(th.root.target)}</p>
            {[th.root, ...th.replies].map((c) => (
              <p key={c.id} className="review-comment">
                <strong>{c.author || '—'}</strong>: {c.text}
              </p>
            ))}
            <Reply onReply={(reply) => addReviewComment(history, { projectId: props.projectId, target: th.root.target, replyTo: th.root.id, author: props.author, text: reply })} />
            <button
              type="button"
              className="button"
              onClick={() => void resolveReviewThread(history, props.projectId, th.root.id, !th.root.resolved).catch(reportError)}
            >
              {th.root.resolved ? t('codebookReview.comments.reopen') : t('codebookReview.comments.resolve')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Reply({ onReply }: { onReply: (text: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { reportError } = useApp();
  const [text, setText] = useState('');
  return (
    <form
      className="review-reply"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() !== '') onReply(text).then(() => setText(''), reportError);
      }}
    >
      <input aria-label={t('codebookReview.comments.reply')} placeholder={t('codebookReview.comments.reply')} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="button" disabled={text.trim() === ''}>
        {t('codebookReview.comments.send')}
      </button>
    </form>
  );
}

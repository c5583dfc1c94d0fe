import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Id } from '../../../shared/model';
import { codeTextFields, diffWords, type Proposal, type ProposalField } from '../../../shared/review';
import { useApp } from '../../services/AppContext';
import { decideProposal, proposeChange } from '../../store/commands/review';
import { useStore } from '../../store/StoreProvider';
import { useToast } from '../../ui/Toasts';

const fields: ProposalField[] = ['name', ...codeTextFields];

/** A reviewer proposes a new name or definition; the author accepts (one undoable step) or rejects it. */
export function ProposalsPanel(props: { projectId: Id; codes: Code[]; proposals: Proposal[]; author: string }) {
  const { t } = useTranslation();
  const { reportError } = useApp();
  const toast = useToast();
  const { historyFor } = useStore();
  const history = historyFor(props.projectId);
  const [codeId, setCodeId] = useState<Id>('');
  const [field, setField] = useState<ProposalField>('definition');
  const [text, setText] = useState('');
  const names = new Map(props.codes.map((c) => [c.id, c.name]));
  const chosen = codeId || props.codes[0]?.id || '';
  const open = props.proposals.filter((p) => p.status === 'open');
  const closed = props.proposals.filter((p) => p.status !== 'open');

  const decide = (p: Proposal, accept: boolean) =>
    decideProposal(history, p.id, accept).then((result) => {
      if (result !== 'ok') toast({ message: t(`codebookReview.proposals.${result}`) });
    }, reportError);

  return (
    <section className="card review-proposals" aria-labelledby="review-proposals-title">
      <h2 id="review-proposals-title">{t('codebookReview.proposals.title')}</h2>
      {props.codes.length > 0 && (
        <form
          className="review-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!chosen) return;
            proposeChange(history, chosen, field, text, props.author).then(() => setText(''), reportError);
          }}
        >
          <label className="field">
            {t('codebookReview.code')}
            <select value={chosen} onChange={(e) => setCodeId(e.target.value)}>
              {props.codes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('codebookReview.proposals.field')}
            <select value={field} onChange={(e) => setField(e.target.value as ProposalField)}>
              {fields.map((f) => (
                <option key={f} value={f}>
                  {t(`codebook.fields.${f}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field review-wide">
            {t('codebookReview.proposals.newText')}
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
          </label>
          <button type="submit" className="button" disabled={field === 'name' && text.trim() === ''}>
            {t('codebookReview.proposals.propose')}
          </button>
        </form>
      )}
      {open.length === 0 && <p className="muted">{t('codebookReview.proposals.none')}</p>}
      <ul className="review-proposal-list">
        {[...open, ...closed].map((p) => (
          <li key={p.id} className={`review-proposal ${p.status}`}>
            <p>
              {t('codebookReview.proposals.line', { author: p.author || '—', code: names.get(p.codeId) ?? '—', field: t(`codebook.fields.${p.field}`) })}
            </p>
            <p className="review-words">
              {diffWords(p.before, p.after).map((part, i) =>
                part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.kind === 'removed' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
              )}
            </p>
            {p.status === 'open' ? (
              <>
                <button type="button" className="button" onClick={() => void decide(p, true)}>
                  {t('codebookReview.proposals.accept')}
                </button>{' '}
                <button type="button" className="button" onClick={() => void decide(p, false)}>
                  {t('codebookReview.proposals.reject')}
                </button>
              </>
            ) : (
              <p className="muted">{t(`codebookReview.proposals.${p.status}`)}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Code, Id } from '../../../shared/model';
import { useApp } from '../../app/AppContext';
import { Dialog } from './Dialog';
import { readCurrentTexts } from '../../store/repositories/source-texts';

const snippetLength = 220;

function snippet(text: string, start: number, end: number): string {
  const piece = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return piece.length > snippetLength ? `${piece.slice(0, snippetLength - 1)}…` : piece;
}

/** The codings of one code, each with its text and source, for choosing which go to a new code. */
function useCodingSnippets(code: Code | null) {
  const { db } = useApp();
  return useLiveQuery(async () => {
    if (!code) return [];
    const codings = await db.codings.where('codeId').equals(code.id).toArray();
    const sourceIds = [...new Set(codings.map((c) => c.sourceId))];
    const [sources, text] = await Promise.all([db.sources.bulkGet(sourceIds), readCurrentTexts(db, sourceIds)]);
    const title = new Map(sources.flatMap((s) => (s ? [[s.id, s]] : [])));
    return codings
      .map((c) => ({
        id: c.id,
        source: title.get(c.sourceId)?.title ?? '—',
        order: title.get(c.sourceId)?.order ?? 0,
        start: c.start,
        text: snippet(text.get(c.sourceId) ?? '', c.start, c.end),
      }))
      .sort((a, b) => a.order - b.order || a.start - b.start);
  }, [db, code?.id]);
}

/** Split a code: tick the codings that go to a new code beside it, and name the new code. */
export function SplitDialog(props: { code: Code | null; onSplit: (codingIds: Id[], name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { code } = props;
  const snippets = useCodingSnippets(code);
  const [chosen, setChosen] = useState<Set<Id>>(new Set());
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<'name' | 'none' | null>(null);

  const reset = () => {
    setChosen(new Set());
    setName('');
    setProblem(null);
  };
  const toggle = (id: Id, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setProblem(null);
  };

  return (
    <Dialog
      open={code !== null}
      wide
      title={t('codebook.splitTitle', { name: code?.name ?? '' })}
      confirmLabel={t('codebook.splitConfirm', { count: chosen.size })}
      cancelLabel={t('codebook.cancel')}
      onCancel={() => {
        reset();
        props.onCancel();
      }}
      onConfirm={() => {
        if (!name.trim()) return setProblem('name');
        if (chosen.size === 0) return setProblem('none');
        const ids = [...chosen];
        reset();
        props.onSplit(ids, name);
      }}
    >
      <p className="muted">{t('codebook.splitIntro')}</p>
      <label className="field">
        <span>{t('codebook.splitName')}</span>
        <input
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setProblem(null);
          }}
          maxLength={200}
          autoFocus
          aria-invalid={problem === 'name' || undefined}
          aria-describedby={problem === 'name' ? 'split-error' : undefined}
        />
      </label>
      {snippets === undefined ? null : snippets.length === 0 ? (
        <p className="notice">{t('codebook.splitNoCodings')}</p>
      ) : (
        <fieldset className="split-list" aria-describedby={problem === 'none' ? 'split-error' : undefined}>
          <legend>{t('codebook.splitChoose', { count: snippets.length })}</legend>
          <div className="split-tools">
            <button type="button" className="button button-small" onClick={() => setChosen(new Set(snippets.map((s) => s.id)))}>
              {t('codebook.selectAll')}
            </button>
            <button type="button" className="button button-small" onClick={() => setChosen(new Set())}>
              {t('codebook.selectNone')}
            </button>
          </div>
          <ul>
            {snippets.map((s) => (
              <li key={s.id}>
                <label className="check split-item">
                  <input type="checkbox" checked={chosen.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
                  <span>
                    <span className="split-snippet">«{s.text}»</span>
                    <span className="muted small"> — {s.source}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {problem && (
        <p id="split-error" className="field-error" role="alert">
          {problem === 'name' ? t('codebook.nameRequired') : t('codebook.splitNeedsCodings')}
        </p>
      )}
    </Dialog>
  );
}

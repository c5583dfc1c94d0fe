import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/model';
import type { HitExtent } from '../../../shared/search';
import { useApp } from '../../services/AppContext';
import { emitCommand } from '../../services/menu-commands';
import type { AutoCodePassages } from '../../store/actions/search';
import { autoCode } from '../../store/commands/auto-code';
import { useStore } from '../../store/StoreProvider';
import type { CodeIndex } from '../coding/code-index';

const extents: HitExtent[] = ['hit', 'word', 'sentence', 'message', 'paragraph'];
const shownPassages = 8;

/**
 * Auto-coding: the chosen hits, one code, how far each hit is widened; a preview (how many
 * passages, and the first of them as they will be coded) before anything is written; then ONE
 * undoable step, as the project's auto coder.
 */
export function AutoCodePanel(props: {
  projectId: Id;
  codes: CodeIndex;
  hits: { sourceId?: Id; start: number; end: number }[];
  total: number;
  /** Hits shown outside source text (memos, codes, condensates), which cannot be coded. */
  notCodable: number;
  /** When more texts match than are listed: lists them all (up to `limit`), so all can be coded. */
  listAll?: { limit: number; onList: () => void };
}) {
  const { t } = useTranslation();
  const { reportError } = useApp();
  const { search, historyFor } = useStore();
  const [codeId, setCodeId] = useState('');
  const [extent, setExtent] = useState<HitExtent>('sentence');
  const [preview, setPreview] = useState<AutoCodePassages | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { projectId, hits } = props;
  const code = props.codes.byId.get(codeId);
  const codeName = code ? props.codes.paths.get(code.id) ?? code.name : '';

  // A preview holds for the hits, code and extent it was made for; the last result (with its
  // undo button) until other hits are chosen. Compared by content: the same hits come back as a
  // new list whenever the project's codings change.
  const hitsKey = useMemo(() => hits.map((h) => `${h.sourceId}:${h.start}-${h.end}`).join(' '), [hits]);
  useEffect(() => setPreview(null), [hitsKey, codeId, extent]);
  useEffect(() => setDone(null), [hitsKey]);

  const showPreview = async () => {
    try {
      setPreview(await search.previewAutoCode({ projectId, codeId, hits, extent }));
    } catch (error) {
      reportError(error);
    }
  };
  const apply = async () => {
    setBusy(true);
    try {
      const count = await autoCode(historyFor(projectId), { projectId, codeId, hits, extent, codeName, autoCoderName: t('search.autoCode.coderName') });
      setPreview(null);
      setDone(count > 0 ? t('search.autoCode.done', { count, code: codeName }) : t('search.autoCode.nothing'));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card search-autocode" aria-labelledby="search-autocode-title">
      <h2 id="search-autocode-title">{t('search.autoCode.title')}</h2>
      <p className="muted">{t('search.autoCode.intro', { coder: t('search.autoCode.coderName') })}</p>
      <p>{t('search.autoCode.chosen', { count: hits.length, total: props.total })}</p>
      {props.notCodable > 0 && <p className="search-note">{t('search.autoCode.notCoded', { count: props.notCodable })}</p>}
      {props.listAll && (
        <p className="search-note">
          {t('search.paging.onlyListed')}{' '}
          <button type="button" className="button" onClick={props.listAll.onList}>
            {t('search.paging.listAll', { limit: props.listAll.limit })}
          </button>
        </p>
      )}
      <label className="field">
        {t('search.autoCode.code')}
        <select value={codeId} onChange={(e) => setCodeId(e.target.value)}>
          <option value="">{t('search.autoCode.chooseCode')}</option>
          {props.codes.ordered.map((c) => (
            <option key={c.code.id} value={c.code.id}>
              {c.path}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('search.autoCode.extent')}
        <select value={extent} onChange={(e) => setExtent(e.target.value as HitExtent)}>
          {extents.map((x) => (
            <option key={x} value={x}>
              {t(`search.autoCode.extents.${x}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" disabled={!code || hits.length === 0} onClick={() => void showPreview()}>
        {t('search.autoCode.preview')}
      </button>
      {preview && (
        <div className="search-autocode-preview" role="status">
          <p id="search-autocode-count">{t('search.autoCode.previewCount', { count: preview.ranges.length, code: codeName })}</p>
          {/* Focusable, so the list can be scrolled with the keyboard. */}
          <ol className="search-passages" tabIndex={0} aria-labelledby="search-autocode-count">
            {preview.ranges.slice(0, shownPassages).map((r) => (
              <li key={`${r.sourceId}:${r.start}`}>{r.text}</li>
            ))}
          </ol>
          {preview.ranges.length > shownPassages && <p className="muted">{t('search.autoCode.morePassages', { count: preview.ranges.length - shownPassages })}</p>}
          {preview.alreadyCoded > 0 && <p className="muted">{t('search.autoCode.alreadyCoded', { count: preview.alreadyCoded })}</p>}
          <button type="button" className="button button-primary" disabled={busy || preview.ranges.length === 0} onClick={() => void apply()}>
            {t('search.autoCode.apply', { count: preview.ranges.length })}
          </button>
        </div>
      )}
      {done && (
        <p role="status" className="search-autocode-done">
          {done}{' '}
          <button type="button" className="button" onClick={() => emitCommand('undo')}>
            {t('coding.undo')}
          </button>
        </p>
      )}
    </section>
  );
}

import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Coding } from '../../../shared/model';
import { routeHref } from '../../services/routes';
import { pinKey, type CodeIndex } from './code-index';

/**
 * The codebook beside the text: click or drag a code to apply it, see how often each code is used
 * in this source, and list this source's codings to step through them by keyboard.
 */
export function DocumentCodes(props: {
  index: CodeIndex;
  codings: readonly Coding[];
  text: string;
  canCode: boolean;
  selectedId: string | null;
  dragType: string;
  /** Coder names by id, given when the project has more than one coder: each coding says whose it is. */
  coderNames?: ReadonlyMap<string, string>;
  onApply: (code: Code) => void;
  onSelectCoding: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { index } = props;
  // Counted and sorted after the new highlight is drawn, not before: the list beside may lag a frame.
  const codings = useDeferredValue(props.codings);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of codings) m.set(c.codeId, (m.get(c.codeId) ?? 0) + 1);
    return m;
  }, [codings]);
  const ordered = useMemo(() => [...codings].sort((a, b) => a.start - b.start || b.end - a.end), [codings]);
  const pinNumber = new Map(index.pinned.map((c, i) => [c.id, pinKey(i)]));

  return (
    <>
      <section className="card document-codes" aria-labelledby="document-codes-title">
        <h2 id="document-codes-title">{t('coding.codes')}</h2>
        {index.ordered.length === 0 ? (
          <p className="muted">
            {t('coding.noCodesYet')} <a href={routeHref('codebook')}>{t('coding.openCodebook')}</a>
          </p>
        ) : (
          <ul className="code-list">
            {index.ordered.map(({ code, depth, path, label }) => (
              <li
                key={code.id}
                style={{ paddingInlineStart: `${depth * 0.9}rem` }}
                draggable
                onDragStart={(e) => {
                  e.dataTransfer.setData(props.dragType, code.id);
                  e.dataTransfer.effectAllowed = 'copy';
                }}
              >
                <button
                  type="button"
                  className="code-apply"
                  disabled={!props.canCode}
                  title={`${t('coding.applyCode', { code: path })}${code.definition ? `\n\n${code.definition}` : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => props.onApply(code)}
                >
                  <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
                  <span className="code-name">{label}</span>
                  {pinNumber.has(code.id) && <kbd title={t('coding.pinnedKey')}>{pinNumber.get(code.id)}</kbd>}
                  <span className="count" title={t('coding.countHere', { count: counts.get(code.id) ?? 0 })}>
                    {counts.get(code.id) ?? 0}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="document-codings-title">
        <h2 id="document-codings-title">{t('coding.codingsHere', { count: codings.length })}</h2>
        <ol className="coding-list">
          {ordered.slice(0, 300).map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className={c.id === props.selectedId ? 'coding-item is-selected' : 'coding-item'}
                aria-current={c.id === props.selectedId ? 'true' : undefined}
                onClick={() => props.onSelectCoding(c.id)}
              >
                <span className="swatch" style={{ background: index.byId.get(c.codeId)?.color }} aria-hidden="true" />
                <span className="coding-item-code">{index.paths.get(c.codeId)}</span>
                {props.coderNames && <span className="coding-item-coder">{props.coderNames.get(c.coderId || c.authorId) ?? ''}</span>}
                <span className="coding-item-text">{props.text.slice(c.start, Math.min(c.end, c.start + 80))}</span>
              </button>
            </li>
          ))}
        </ol>
        {ordered.length > 300 && <p className="muted">{t('coding.moreCodings', { count: ordered.length - 300 })}</p>}
      </section>
    </>
  );
}

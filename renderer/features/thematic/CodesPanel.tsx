import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/model';
import type { MapNode } from '../../../shared/thematic';
import type { CodeIndex } from '../coding/code-index';
import { codeDragType } from './drag-code';

/**
 * The project's codebook with counts, as the source of the themes: drag a code onto a theme on the
 * map, or (keyboard) select it here, choose a theme and press Enter.
 */
export function CodesPanel(props: {
  index: CodeIndex;
  counts: Map<Id, { segments: number; sources: number }>;
  themesOfCode: Map<Id, Id[]>;
  themes: MapNode[];
  selectedCode: Id | null;
  onSelectCode: (id: Id) => void;
  /** The theme the keyboard path gathers into by default (the one selected on the map). */
  selectedTheme: Id | null;
  onGather: (codeId: Id, themeId: Id) => void;
}) {
  const { t } = useTranslation();
  const { ordered } = props.index;
  const [target, setTarget] = useState<Id | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const themeId =
    [target, props.selectedTheme, props.themes[0]?.id].find((id) => id && props.themes.some((n) => n.id === id)) ??
    null;
  const focusIndex = Math.max(
    0,
    ordered.findIndex((o) => o.code.id === props.selectedCode),
  );

  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    const jump = e.key === 'Home' ? 0 : e.key === 'End' ? ordered.length - 1 : null;
    if (step === undefined && jump === null) return;
    e.preventDefault();
    const next = jump ?? Math.max(0, Math.min(ordered.length - 1, focusIndex + (step ?? 0)));
    const code = ordered[next];
    if (!code) return;
    props.onSelectCode(code.code.id);
    list.current?.querySelectorAll<HTMLElement>('[role="option"]')[next]?.focus();
  };

  const themeNames = (codeId: Id) =>
    (props.themesOfCode.get(codeId) ?? []).map((id) => props.themes.find((n) => n.id === id)?.name ?? '').join(', ');

  const gather = () => {
    if (props.selectedCode && themeId) props.onGather(props.selectedCode, themeId);
  };

  return (
    <aside className="thematic-codes card" aria-labelledby="thematic-codes-title">
      <h2 id="thematic-codes-title">{t('thematic.codes.title')}</h2>
      {ordered.length === 0 ? (
        <p className="muted">{t('thematic.codes.none')}</p>
      ) : (
        <>
          <p className="muted thematic-hint">{t('thematic.codes.hint')}</p>
          <ul
            ref={list}
            className="thematic-code-list"
            role="listbox"
            aria-label={t('thematic.codes.title')}
            onKeyDown={onListKey}
          >
            {ordered.map((o, i) => {
              const counts = props.counts.get(o.code.id) ?? { segments: 0, sources: 0 };
              const inThemes = props.themesOfCode.get(o.code.id)?.length ?? 0;
              const selected = o.code.id === props.selectedCode;
              return (
                <li
                  key={o.code.id}
                  role="option"
                  aria-selected={selected}
                  tabIndex={i === focusIndex ? 0 : -1}
                  draggable
                  className="thematic-code"
                  style={{ paddingLeft: `${0.5 + o.depth * 0.9}rem` }}
                  onClick={() => props.onSelectCode(o.code.id)}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(codeDragType, o.code.id);
                    e.dataTransfer.setData('text/plain', o.path);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}
                >
                  <span className="code-swatch" style={{ background: o.code.color }} aria-hidden="true" />
                  <span className="thematic-code-name" title={o.path}>
                    {o.label}
                  </span>
                  <span className="thematic-code-counts muted">
                    {t('thematic.codes.segments', { count: counts.segments })} ·{' '}
                    {t('thematic.codes.sources', { count: counts.sources })}
                    {inThemes > 0 && (
                      <span className="badge badge-accent" title={themeNames(o.code.id)}>
                        {t('thematic.codes.inThemes', { count: inThemes })}
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
          <form
            className="thematic-gather"
            onSubmit={(e) => {
              e.preventDefault();
              gather();
            }}
          >
            {props.themes.length === 0 ? (
              <p className="muted">{t('thematic.codes.noThemes')}</p>
            ) : (
              <>
                <label className="field">
                  {t('thematic.codes.gatherInto')}
                  <select
                    value={themeId ?? ''}
                    onChange={(e) => setTarget(e.target.value)}
                    onKeyDown={(e) => {
                      // A select does not submit its form on Enter by itself; here Enter is the gesture.
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        gather();
                      }
                    }}
                  >
                    {props.themes.map((n) => (
                      <option key={n.id} value={n.id}>
                        {n.kind === 'subtheme' ? `— ${n.name}` : n.name}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className="button button-primary" disabled={!props.selectedCode}>
                  {t('thematic.codes.gather')}
                </button>
              </>
            )}
          </form>
        </>
      )}
    </aside>
  );
}

import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Coding, Project } from '../../../shared/model';
import type { Range } from '../../../shared/ranges/range';
import { formatNumber } from '../../i18n/format';
import { nudgeEdge, selectedPassage, trimRange } from '../../../shared/ranges/passage';
import { CodingMemo } from './CodingMemo';

/** The selected coding: its code, text and edges, with ways to resize, recode, remove and annotate it. */
export function CodingDetails(props: {
  project: Project;
  coding: Coding;
  code: Code | undefined;
  path: string;
  text: string;
  selection: Range | null;
  /** Fit to the selection the way a new coding would be made: widened to whole words. */
  wholeWords: boolean;
  onJump: () => void;
  onResize: (start: number, end: number) => void;
  onRecode: () => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { coding, text } = props;
  const number = (n: number) => formatNumber(n, i18n.language, 0);
  const fit = props.selection && props.selection.end > props.selection.start ? selectedPassage(text, props.selection, props.wholeWords) : null;
  // Edges land on words, never on the spaces between them.
  const resize = (start: number, end: number) => {
    if (end <= start) return;
    const r = trimRange(text, { start, end });
    if (r.end > r.start && (r.start !== coding.start || r.end !== coding.end)) props.onResize(r.start, r.end);
  };
  return (
    <section className="card coding-details" aria-labelledby="coding-details-title">
      <div className="coding-details-head">
        {/* The whole path, wrapping after a "/" when it is long: two codes may share a name. */}
        <h2 id="coding-details-title" title={props.path}>
          <span className="swatch" style={{ background: props.code?.color }} aria-hidden="true" />{' '}
          {props.path.split('/').map((part, i) => (
            <Fragment key={i}>
              {i > 0 && (
                <>
                  /<wbr />
                </>
              )}
              {part}
            </Fragment>
          ))}
        </h2>
        <button type="button" className="button button-quiet" onClick={props.onClose} aria-label={t('coding.closeDetails')}>
          ×
        </button>
      </div>
      <blockquote className="coding-quote">{text.slice(coding.start, coding.end)}</blockquote>
      <p className="muted">{t('coding.offsets', { start: number(coding.start), end: number(coding.end), length: number(coding.end - coding.start) })}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={props.onJump}>
          {t('coding.jump')}
        </button>
        <button type="button" className="button" onClick={props.onRecode}>
          {t('coding.recode')}
        </button>
        <button type="button" className="button" disabled={!fit} onClick={() => fit && resize(fit.start, fit.end)}>
          {t('coding.fitToSelection')}
        </button>
        <button type="button" className="button button-danger-quiet" onClick={props.onRemove}>
          {t('coding.remove')}
        </button>
      </div>
      <fieldset className="nudge">
        <legend>{t('coding.edges')}</legend>
        <button type="button" className="button" aria-label={t('coding.startEarlier')} onClick={() => resize(nudgeEdge(text, coding.start, -1), coding.end)}>
          ⟵ {t('coding.start')}
        </button>
        <button type="button" className="button" aria-label={t('coding.startLater')} onClick={() => resize(nudgeEdge(text, coding.start, 1), coding.end)}>
          {t('coding.start')} ⟶
        </button>
        <button type="button" className="button" aria-label={t('coding.endEarlier')} onClick={() => resize(coding.start, nudgeEdge(text, coding.end, -1))}>
          ⟵ {t('coding.end')}
        </button>
        <button type="button" className="button" aria-label={t('coding.endLater')} onClick={() => resize(coding.start, nudgeEdge(text, coding.end, 1))}>
          {t('coding.end')} ⟶
        </button>
      </fieldset>
      <CodingMemo projectId={props.project.id} codingId={coding.id} />
    </section>
  );
}

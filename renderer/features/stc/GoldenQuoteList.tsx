import { useTranslation } from 'react-i18next';
import type { GoldenQuote, Id } from '../../../shared/model';
import { speakerAt, type StcSourceText } from '../../store/queries/stc-texts';
import { passageHref } from './passage';
import { MoveButtons } from './MoveButtons';

/**
 * A subgroup's golden quotes in their order: the verbatim words (cut from the source's current
 * text at the quote's own offsets), source and speaker, and a link that opens the passage. With
 * `onMove`/`onRemove` they can be reordered and removed (step 3); without, they only illustrate (step 4).
 */
export function GoldenQuoteList(props: {
  quotes: GoldenQuote[];
  texts: Map<Id, StcSourceText> | undefined;
  titles: Map<Id, string>;
  label: string;
  onMove?: (id: Id, by: -1 | 1) => void;
  onRemove?: (id: Id) => void;
}) {
  const { t } = useTranslation();
  if (props.quotes.length === 0) return <p className="muted small stc-quotes-empty">{t('stc.quotes.none')}</p>;
  return (
    <ol className="stc-quotes" aria-label={props.label}>
      {props.quotes.map((q, i) => {
        const source = props.texts?.get(q.sourceId);
        const words = source ? source.text.slice(q.start, q.end) : '…';
        const title = props.titles.get(q.sourceId) ?? '';
        const speaker = speakerAt(source, q.start);
        const short = words.length > 50 ? `${words.slice(0, 50)}…` : words;
        return (
          <li key={q.id} className="stc-quote">
            <blockquote className="stc-quote-text">{words}</blockquote>
            <div className="stc-quote-meta small">
              <a href={passageHref(q)} aria-label={t('stc.trail.open', { source: title, start: q.start, end: q.end })}>
                {title}
              </a>
              {speaker && <span> · {speaker}</span>}
              <span className="muted">
                {' '}
                · {q.start}–{q.end}
              </span>
              {(props.onMove || props.onRemove) && (
                <span className="stc-quote-actions">
                  {props.onMove && (
                    <MoveButtons
                      className="icon-button"
                      upLabel={t('stc.quotes.up', { text: short })}
                      downLabel={t('stc.quotes.down', { text: short })}
                      first={i === 0}
                      last={i === props.quotes.length - 1}
                      onMove={(direction) => props.onMove!(q.id, direction)}
                    />
                  )}
                  {props.onRemove && (
                    <button type="button" className="icon-button is-danger" onClick={() => props.onRemove!(q.id)} aria-label={t('stc.quotes.remove', { text: short })}>
                      ✕
                    </button>
                  )}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** The ids in a new order: `id` moved one place up or down. */
export function movedBy(ids: readonly Id[], id: Id, by: -1 | 1): Id[] {
  const at = ids.indexOf(id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= ids.length) return [...ids];
  const out = [...ids];
  [out[at], out[to]] = [out[to]!, out[at]!];
  return out;
}

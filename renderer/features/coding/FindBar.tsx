import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Range } from '../../../shared/ranges/range';
import type { Block } from '../../editor/blocks';
import { clearFindHits, paintFindHits, scrollRectIntoView } from './find-highlights';
import { findInText, firstHitFrom, maxFindHits } from './find-in-text';
import './find.css';

/**
 * Ctrl+F inside the open document: a plain scan of the source text (no index), every hit painted,
 * the current one marked apart and scrolled to. Enter / Shift+Enter (or the arrows) step through
 * the hits, and each hit becomes what the next code applies to; Esc closes the bar and leaves the
 * text selection on the current hit.
 */
export function FindBar(props: {
  text: string;
  blocks: Block[];
  content: HTMLElement | null;
  layoutVersion: number;
  /** Where the caret was when the bar opened: the first hit shown is the first one after it. */
  from: number;
  /** Grows each time Ctrl+F is pressed, so pressing it again with the bar open goes back to the query. */
  focusRequest: number;
  onHit: (hit: Range) => void;
  onClose: (hit: Range | null) => void;
}) {
  const { t } = useTranslation();
  const { text, blocks, content, layoutVersion, from, focusRequest, onHit, onClose } = props;
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const within = useMemo(() => [...blocks].sort((a, b) => a.start - b.start), [blocks]);
  const hits = useMemo(() => findInText(text, query, within), [text, query, within]);
  const hit = hits[current] ?? null;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  // Paint again when the hits, the current one, or the laid-out text change; scroll only when the hit does.
  const shown = useRef<Range | null>(null);
  useEffect(() => {
    if (!content) return;
    const rect = paintFindHits(content, hits, current);
    const moved = hit !== null && (shown.current?.start !== hit.start || shown.current?.end !== hit.end);
    if (rect && moved) {
      scrollRectIntoView(content, rect);
      shown.current = hit;
    }
  }, [content, hits, current, hit, layoutVersion]);
  useEffect(() => clearFindHits, []);

  useEffect(() => {
    if (hit) onHit(hit);
  }, [hit, onHit]);

  const step = (by: number) => {
    if (hits.length === 0) return;
    setCurrent((c) => (c + by + hits.length) % hits.length);
  };

  const count =
    query.trim() === ''
      ? ''
      : hits.length === 0
        ? t('search.find.none')
        : t(hits.length >= maxFindHits ? 'search.find.countMany' : 'search.find.count', { current: current + 1, total: hits.length });

  return (
    <div className="find-bar" role="search" aria-label={t('search.find.label')}>
      <input
        ref={input}
        type="search"
        className="find-input"
        aria-label={t('search.find.input')}
        placeholder={t('search.find.placeholder')}
        value={query}
        aria-invalid={query.trim() !== '' && hits.length === 0}
        onChange={(e) => {
          const next = e.target.value;
          setQuery(next);
          setCurrent(firstHitFrom(findInText(text, next, within), from));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || (e.key === 'g' && (e.ctrlKey || e.metaKey))) {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose(hit);
          }
        }}
      />
      <output className="find-count" aria-live="polite">
        {count}
      </output>
      <button type="button" className="button" onClick={() => step(-1)} disabled={hits.length === 0} title="Shift+Enter">
        {t('search.find.previous')}
      </button>
      <button type="button" className="button" onClick={() => step(1)} disabled={hits.length === 0} title="Enter">
        {t('search.find.next')}
      </button>
      <button type="button" className="button" onClick={() => onClose(hit)} title="Esc">
        {t('search.find.close')}
      </button>
    </div>
  );
}

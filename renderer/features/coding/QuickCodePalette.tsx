import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/model';
import { useModal } from '../../ui/useModal';

export interface PaletteCode {
  code: Code;
  path: string;
}

/** Codes whose path contains every typed word, recent ones first, then in codebook order. */
export function filterCodes(codes: PaletteCode[], query: string, recent: string[]): PaletteCode[] {
  const words = query.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  const matching = codes.filter((c) => {
    const hay = `${c.path} ${c.code.shortName}`.toLocaleLowerCase('nb');
    return words.every((w) => hay.includes(w));
  });
  const rank = (c: PaletteCode) => {
    const r = recent.indexOf(c.code.id);
    return r === -1 ? recent.length : r;
  };
  return matching.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
}

/**
 * Ctrl/Cmd+K: type part of a code's name or path, arrow to it, Enter codes the selection.
 * Recent codes come first so the usual few are one keystroke away.
 */
export function QuickCodePalette(props: {
  open: boolean;
  codes: PaletteCode[];
  recent: string[];
  target: string;
  onPick: (code: Code) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  useModal(ref, props.open);
  const shown = useMemo(() => filterCodes(props.codes, query, props.recent).slice(0, 50), [props.codes, query, props.recent]);
  const current = shown[Math.min(active, shown.length - 1)];

  const close = () => {
    setQuery('');
    setActive(0);
    props.onClose();
  };
  const pick = (code: Code) => {
    setQuery('');
    setActive(0);
    props.onPick(code);
  };

  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-labelledby="palette-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id="palette-title">{t('coding.paletteTitle')}</h2>
      <p className="muted palette-target">{props.target}</p>
      <input
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={current ? `palette-${current.code.id}` : undefined}
        aria-label={t('coding.paletteSearch')}
        placeholder={t('coding.palettePlaceholder')}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, shown.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && current) {
            e.preventDefault();
            pick(current.code);
          }
        }}
      />
      <ul id="palette-list" role="listbox" className="palette-list" aria-label={t('coding.paletteResults')}>
        {shown.map((c) => (
          <li
            key={c.code.id}
            id={`palette-${c.code.id}`}
            role="option"
            aria-selected={c === current}
            className={c === current ? 'is-active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(c.code);
            }}
          >
            <span className="swatch" style={{ background: c.code.color }} aria-hidden="true" />
            <span>{c.path}</span>
            {props.recent.includes(c.code.id) && <span className="badge">{t('coding.recent')}</span>}
          </li>
        ))}
        {shown.length === 0 && <li className="muted">{props.codes.length === 0 ? t('coding.noCodesYet') : t('coding.noMatch')}</li>}
      </ul>
    </dialog>
  );
}

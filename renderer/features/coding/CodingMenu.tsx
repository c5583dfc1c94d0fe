import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coding } from '../../../shared/model';

export interface CodingMenuState {
  x: number;
  y: number;
  codingIds: string[];
}

/** Right-click on a highlight: the codings at that point, each to select, fit to the selection or remove. */
export function CodingMenu(props: {
  state: CodingMenuState;
  codings: Coding[];
  paths: Map<string, string>;
  canResize: boolean;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
  onResize: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const { onClose } = props;
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, []);
  useEffect(() => {
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('mousedown', away);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('mousedown', away);
      window.removeEventListener('keydown', escape);
    };
  }, [onClose]);
  const act = (f: () => void) => () => {
    f();
    onClose();
  };
  return (
    <div ref={ref} className="context-menu card" role="menu" style={{ left: props.state.x, top: props.state.y }} aria-label={t('coding.menuLabel')}>
      {props.codings.map((c) => (
        <div key={c.id} className="context-menu-group" role="group" aria-label={props.paths.get(c.codeId)}>
          <p className="context-menu-title">{props.paths.get(c.codeId)}</p>
          <button type="button" role="menuitem" className="button button-quiet" onClick={act(() => props.onSelect(c.id))}>
            {t('coding.select')}
          </button>
          <button type="button" role="menuitem" className="button button-quiet" disabled={!props.canResize} onClick={act(() => props.onResize(c.id))}>
            {t('coding.fitToSelection')}
          </button>
          <button type="button" role="menuitem" className="button button-quiet button-danger-quiet" onClick={act(() => props.onRemove(c.id))}>
            {t('coding.remove')}
          </button>
        </div>
      ))}
    </div>
  );
}

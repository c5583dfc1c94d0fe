import { useTranslation } from 'react-i18next';
import type { CodeIndex } from '../coding/code-index';

/** A checkbox list of the codebook, indented by level. */
export function CodePicker(props: { legend: string; index: CodeIndex; chosen: string[]; onChange: (ids: string[]) => void; name: string }) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean) => props.onChange(on ? [...props.chosen, id] : props.chosen.filter((c) => c !== id));
  return (
    <fieldset className="code-picker">
      <legend>{props.legend}</legend>
      {props.index.ordered.length === 0 && <p className="muted">{t('coding.noCodesYet')}</p>}
      <ul>
        {props.index.ordered.map(({ code, depth, path, label }) => (
          <li key={code.id} style={{ paddingInlineStart: `${depth * 0.9}rem` }}>
            <label title={path}>
              <input
                type="checkbox"
                name={props.name}
                checked={props.chosen.includes(code.id)}
                onChange={(e) => toggle(code.id, e.target.checked)}
                aria-label={path}
              />
              <span className="swatch" style={{ background: code.color }} aria-hidden="true" /> {label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxPublishedValue } from '../../../shared/reproduce';

/** The draft as a stored value: '' clears, a whole number 0–max saves, anything else is refused. */
function parsePublished(draft: string): number | null | 'invalid' {
  const text = draft.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return 'invalid';
  const value = Number(text);
  return value <= maxPublishedValue ? value : 'invalid';
}

const shown = (value: number | null) => (value === null ? '' : String(value));

/**
 * A published count: saved on blur or Enter, Escape puts back the stored value. When the stored
 * value changes from elsewhere (undo), the field follows it.
 */
export function PublishedInput(props: { value: number | null; label: string; onSave: (value: number | null) => void }) {
  const { t } = useTranslation();
  const errorId = useId();
  const [draft, setDraft] = useState(shown(props.value));
  const [seen, setSeen] = useState(props.value);
  const [invalid, setInvalid] = useState(false);
  if (seen !== props.value) {
    setSeen(props.value);
    setDraft(shown(props.value));
    setInvalid(false);
  }

  const commit = () => {
    const parsed = parsePublished(draft);
    if (parsed === 'invalid') {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (parsed !== props.value) props.onSave(parsed);
  };

  return (
    <span className="reproduce-input">
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={maxPublishedValue}
        step={1}
        value={draft}
        aria-label={props.label}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            setDraft(shown(props.value));
            setInvalid(false);
          }
        }}
      />
      {invalid && (
        <span id={errorId} className="reproduce-input-error" role="alert">
          {t('reproduce.invalid', { max: maxPublishedValue })}
        </span>
      )}
    </span>
  );
}

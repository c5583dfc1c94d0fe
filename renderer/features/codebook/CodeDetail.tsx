import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/model';
import { maxPinnedCodes, type CodeFields } from '../../store/commands/codes';

/** Typing is saved after a short pause (and when leaving the field); one field's edits are one undo step. */
const saveDelayMs = 500;

type TextField = 'name' | 'shortName' | 'definition' | 'inclusion' | 'exclusion' | 'typicalExample' | 'atypicalExample';

interface FieldProps {
  code: Code;
  field: TextField;
  label: string;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  onSave: (patch: Partial<CodeFields>) => Promise<boolean>;
}

/** A text field that saves itself; shows the stored value unless the user is mid-edit. */
const AutoSaveField = forwardRef<HTMLInputElement & HTMLTextAreaElement, FieldProps>(function AutoSaveField(props, ref) {
  const { t } = useTranslation();
  const id = useId();
  const stored = props.code[props.field];
  const [draft, setDraft] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const latest = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef<() => void>(() => {});
  // While the field has focus it shows what was typed (a trailing space included); the stored,
  // cleaned value takes over when the user leaves the field.
  const focused = useRef(false);

  save.current = () => {
    clearTimeout(timer.current);
    const value = latest.current;
    if (value === null) {
      if (!focused.current) setDraft(null);
      return;
    }
    if (props.required && !value.trim()) {
      setEmpty(true);
      return;
    }
    latest.current = null;
    void props.onSave({ [props.field]: value }).then(() => {
      if (latest.current === null && !focused.current) setDraft(null);
    });
  };

  // Leaving the code (another code selected, another screen) saves what was typed.
  useEffect(() => () => save.current(), []);

  const value = draft ?? stored;
  const common = {
    id,
    value,
    required: props.required,
    'aria-invalid': empty || undefined,
    'aria-describedby': [props.hint ? `${id}-hint` : '', empty ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      latest.current = e.target.value;
      setDraft(e.target.value);
      if (e.target.value.trim()) setEmpty(false);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => save.current(), saveDelayMs);
    },
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      save.current();
    },
  };
  return (
    <div className={`field code-field code-field-${props.field}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? <textarea ref={ref} rows={3} {...common} /> : <input ref={ref} maxLength={200} {...common} />}
      {props.hint && (
        <span id={`${id}-hint`} className="field-hint">
          {props.hint}
        </span>
      )}
      {empty && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {t('codebook.nameRequired')}
        </span>
      )}
    </div>
  );
});

/**
 * What a code means and how to apply it: name, short name, colour, definition, inclusion and
 * exclusion criteria, a typical and an atypical example, and the pin for the number keys.
 */
export const CodeDetail = forwardRef<HTMLInputElement & HTMLTextAreaElement, {
  code: Code;
  path: string;
  pinKey: string | undefined;
  pinnedCount: number;
  onSave: (patch: Partial<CodeFields>) => Promise<boolean>;
}>(function CodeDetail({ code, path, pinKey, pinnedCount, onSave }, nameRef) {
  const { t } = useTranslation();
  const colourId = useId();
  const pinHintId = useId();
  const pinFull = !code.pinned && pinnedCount >= maxPinnedCodes;
  const field = (name: TextField, multiline = false) => (
    <AutoSaveField
      code={code}
      field={name}
      label={t(`codebook.fields.${name}`)}
      hint={multiline ? t(`codebook.hints.${name}`) : undefined}
      multiline={multiline}
      onSave={onSave}
    />
  );
  return (
    <div className="code-detail">
      {path.includes('/') && <p className="code-path muted small">{path.split('/').slice(0, -1).join(' › ')} ›</p>}
      <div className="code-detail-grid">
        <AutoSaveField ref={nameRef} code={code} field="name" label={t('codebook.fields.name')} required onSave={onSave} />
        {field('shortName')}
      </div>
      <div className="code-detail-row">
        <div className="field code-field">
          <label htmlFor={colourId}>{t('codebook.fields.color')}</label>
          <input id={colourId} type="color" className="colour-input" value={code.color || '#888888'} onChange={(e) => void onSave({ color: e.target.value })} />
        </div>
        <div className="field code-field code-pin-field">
          <label className="check">
            <input
              type="checkbox"
              checked={code.pinned}
              disabled={pinFull}
              aria-describedby={pinHintId}
              onChange={(e) => void onSave({ pinned: e.target.checked })}
            />
            <span>{t('codebook.fields.pinned')}</span>
          </label>
          <span id={pinHintId} className="field-hint">
            {code.pinned && pinKey ? t('codebook.pinnedKey', { key: pinKey }) : pinFull ? t('codebook.pinFull', { max: maxPinnedCodes }) : t('codebook.pinHint')}
          </span>
        </div>
      </div>
      {field('definition', true)}
      <div className="code-detail-pair">
        {field('inclusion', true)}
        {field('exclusion', true)}
      </div>
      <div className="code-detail-pair">
        {field('typicalExample', true)}
        {field('atypicalExample', true)}
      </div>
    </div>
  );
});

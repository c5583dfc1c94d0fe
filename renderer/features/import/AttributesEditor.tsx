import { useTranslation } from 'react-i18next';

/** Case attributes of one source as name/value rows (group, role, workplace, age band…). */
export function AttributesEditor(props: {
  idPrefix: string;
  attributes: Record<string, string>;
  onChange: (attributes: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const rows = Object.entries(props.attributes);
  const setRow = (index: number, name: string, value: string) =>
    props.onChange(Object.fromEntries(rows.map((r, i) => (i === index ? [name, value] : r))));
  return (
    <fieldset className="attributes">
      <legend>{t('import.attributes')}</legend>
      {rows.map(([name, value], index) => (
        <div className="form-row attribute-row" key={index}>
          <label className="field">
            <span>{t('import.attributeName')}</span>
            <input value={name} onChange={(e) => setRow(index, e.target.value, value)} />
          </label>
          <label className="field">
            <span>{t('import.attributeValue')}</span>
            <input value={value} onChange={(e) => setRow(index, name, e.target.value)} />
          </label>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => props.onChange(Object.fromEntries(rows.filter((_, i) => i !== index)))}
          >
            {t('import.removeAttribute', { name: name || '…' })}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => props.onChange({ ...props.attributes, '': '' })} disabled={'' in props.attributes}>
        {t('import.addAttribute')}
      </button>
    </fieldset>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { byOrder } from '../../../../shared/stc/rows';
import { createCodeGroup } from '../../../store/commands/stc';
import type { StcRows } from '../../../store/queries/stc';
import type { StcActions } from '../useStcActions';

/** A new code group: named, or derived from chosen preliminary themes (then named after them when the name is left empty). */
export function NewCodeGroupForm({
  rows,
  actions,
  coderId,
}: {
  rows: StcRows;
  actions: StcActions;
  coderId: string | null;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const themes = byOrder(rows.preliminaryThemes);
  const create = async () => {
    if (!coderId) return;
    const made = await actions.run((h) =>
      createCodeGroup(h, { projectId: rows.projectId, name, themeIds, authorId: coderId }),
    );
    if (made) {
      setName('');
      setThemeIds([]);
    }
  };
  return (
    <form
      className="card stc-new-group"
      aria-labelledby="stc-new-group-title"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <h4 id="stc-new-group-title">{t('stc.units.newGroup')}</h4>
      <label className="field">
        <span>{t('stc.units.newGroupName')}</span>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('stc.units.newGroupPlaceholder')}
        />
      </label>
      {themes.length > 0 && (
        <fieldset className="stc-theme-picks">
          <legend>{t('stc.units.fromThemes')}</legend>
          {themes.map((theme) => (
            <label key={theme.id} className="check stc-theme-pick">
              <input
                type="checkbox"
                checked={themeIds.includes(theme.id)}
                onChange={(e) =>
                  setThemeIds((ids) => (e.target.checked ? [...ids, theme.id] : ids.filter((id) => id !== theme.id)))
                }
              />
              {theme.name}
            </label>
          ))}
        </fieldset>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={!coderId}>
          {t('stc.units.create')}
        </button>
      </div>
    </form>
  );
}

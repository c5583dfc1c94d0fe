import { useTranslation } from 'react-i18next';
import { coderKind, type Coder, type Project } from '../../../shared/model';
import { useApp } from '../../services/AppContext';
import '../agreement/agreement.css';

/**
 * The coding header's "who is coding": the active coder (new codings are theirs) and blind mode,
 * which hides the other coders' codings while coding.
 */
export function CoderSwitch({ project, coder, coders }: { project: Project; coder: Coder | null; coders: Coder[] | undefined }) {
  const { t } = useTranslation();
  const { settings, updateSetting } = useApp();
  const people = (coders ?? []).filter((c) => coderKind(c) === 'human');
  if (!coder) return null;
  return (
    <div className="coder-switch">
      <span className="coder-dot" style={{ background: coder.color }} aria-hidden="true" />
      <label>
        {t('coders.active')}{' '}
        <select
          aria-label={t('coders.active')}
          value={coder.id}
          onChange={(e) => void updateSetting('activeCoders', { ...settings.activeCoders, [project.id]: e.target.value })}
        >
          {people.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label title={t('coders.blindHint')}>
        <input type="checkbox" checked={settings.blindCoding} onChange={(e) => void updateSetting('blindCoding', e.target.checked)} /> {t('coders.blind')}
      </label>
    </div>
  );
}

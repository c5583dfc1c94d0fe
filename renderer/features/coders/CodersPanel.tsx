import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coderKind, type Coder, type Project } from '../../../shared/model';
import { cleanCoderName } from '../../../shared/coders/plan-coders';
import { useApp } from '../../services/AppContext';
import { addCoder, updateCoder } from '../../store/commands/coders';
import { useCoders } from '../../store/queries/coders';
import { useStore } from '../../store/StoreProvider';
import { useCoder } from '../coding/useCodingActions';

/** The project's coders: name, colour, kind; add, rename and recolour (each undoable); choose who codes. */
export function CodersPanel({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { reportError, settings, updateSetting } = useApp();
  const { historyFor } = useStore();
  const history = historyFor(project.id);
  const coders = useCoders(project.id);
  const active = useCoder(project.id);
  const [newName, setNewName] = useState('');

  const add = () => {
    if (cleanCoderName(newName) === null) return;
    addCoder(history, { projectId: project.id, name: newName }).then(() => setNewName(''), reportError);
  };
  const sorted = [...(coders ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <section className="card coders-panel" aria-labelledby="coders-title">
      <h2 id="coders-title">{t('coders.title')}</h2>
      <p className="lead">{t('coders.intro')}</p>
      <table className="coders-table">
        <thead>
          <tr>
            <th scope="col">{t('coders.name')}</th>
            <th scope="col">{t('coders.color')}</th>
            <th scope="col">{t('coders.kind')}</th>
            <th scope="col">{t('coders.activeColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((c) => (
            <CoderRow
              key={c.id}
              coder={c}
              active={active?.id === c.id}
              onRename={(name) => void updateCoder(history, { id: c.id, name }).catch(reportError)}
              onColor={(color) => void updateCoder(history, { id: c.id, color }).catch(reportError)}
              onActivate={() => void updateSetting('activeCoders', { ...settings.activeCoders, [project.id]: c.id })}
            />
          ))}
        </tbody>
      </table>
      <form
        className="coders-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label>
          {t('coders.newName')} <input value={newName} onChange={(e) => setNewName(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={cleanCoderName(newName) === null}>
          {t('coders.add')}
        </button>
      </form>
    </section>
  );
}

function CoderRow(props: { coder: Coder; active: boolean; onRename: (name: string) => void; onColor: (color: string) => void; onActivate: () => void }) {
  const { t } = useTranslation();
  const { coder, active } = props;
  const [name, setName] = useState(coder.name);
  const [seen, setSeen] = useState(coder.name);
  // An undo or another window renames the coder: the field follows unless it is being edited.
  if (seen !== coder.name) {
    setSeen(coder.name);
    setName(coder.name);
  }
  const kind = coderKind(coder);
  const commit = () => {
    if (cleanCoderName(name) === null) setName(coder.name);
    else if (name !== coder.name) props.onRename(name);
  };
  return (
    <tr data-coder={coder.name}>
      <td>
        <input
          aria-label={t('coders.renameLabel', { name: coder.name })}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      </td>
      <td>
        <input type="color" aria-label={t('coders.colorLabel', { name: coder.name })} value={coder.color} onChange={(e) => props.onColor(e.target.value)} />
      </td>
      <td>{kind === 'auto' ? t('coders.kindAuto') : t('coders.kindHuman')}</td>
      <td>
        {kind === 'auto' ? null : active ? (
          <strong>{t('coders.isActive')}</strong>
        ) : (
          <button type="button" className="button" onClick={props.onActivate}>
            {t('coders.makeActive', { name: coder.name })}
          </button>
        )}
      </td>
    </tr>
  );
}

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreliminaryTheme, Project } from '../../../../shared/model';
import { byOrder } from '../../../../shared/stc/rows';
import {
  addPreliminaryTheme,
  deletePreliminaryTheme,
  editPreliminaryThemeNote,
  renamePreliminaryTheme,
  reorderPreliminaryThemes,
} from '../../../store/commands/stc';
import type { StcRows } from '../../../store/queries/stc';
import { formatNumber } from '../../../i18n/format';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { StcActions } from '../useStcActions';
import { moved } from '../reorder';
import { MoveButtons } from '../MoveButtons';

/** A note saves after a pause in typing; saves of one note close together are one undo step. */
const noteDelayMs = 600;

/** Step 1's preliminary themes: short memos, added, renamed, annotated, reordered (buttons or Alt+↑/↓) and deleted. */
export function PreliminaryThemes({
  project,
  rows,
  actions,
  coderId,
}: {
  project: Project;
  rows: StcRows;
  actions: StcActions;
  coderId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<PreliminaryTheme | null>(null);
  const themes = byOrder(rows.preliminaryThemes);
  const projectId = project.id;

  const add = async () => {
    if (!coderId) return;
    const made = await actions.run((h) => addPreliminaryTheme(h, { projectId, name, authorId: coderId }));
    if (made) setName('');
  };
  const move = async (index: number, by: -1 | 1) => {
    const ids = moved(
      themes.map((th) => th.id),
      index,
      by,
    );
    if (!ids) return;
    await actions.run((h) => reorderPreliminaryThemes(h, { projectId, ids }));
  };

  return (
    <section className="stc-panel" aria-labelledby="stc-themes-title">
      <div className="stc-panel-head">
        <h3 id="stc-themes-title">{t('stc.themes.title')}</h3>
        <p className="stc-count">
          {t('stc.themes.count', { count: themes.length, n: formatNumber(themes.length, i18n.language) })}
        </p>
      </div>
      <p className="muted small stc-panel-intro">{t('stc.themes.intro')}</p>
      <form
        className="stc-add-row"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label className="field">
          <span>{t('stc.themes.newName')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('stc.themes.newPlaceholder')} />
        </label>
        <button type="submit" className="button button-primary" disabled={!coderId}>
          {t('stc.themes.add')}
        </button>
      </form>
      {themes.length === 0 ? (
        <p className="muted stc-empty">{t('stc.themes.empty')}</p>
      ) : (
        <>
          <p className="muted small">{t('stc.themes.keyHint')}</p>
          <ol className="stc-themes">
            {themes.map((theme, index) => (
              <ThemeItem
                key={theme.id}
                theme={theme}
                number={formatNumber(index + 1, i18n.language)}
                first={index === 0}
                last={index === themes.length - 1}
                onRename={(next) =>
                  actions.run((h) => renamePreliminaryTheme(h, { projectId, id: theme.id, name: next }))
                }
                onNote={(note) => actions.run((h) => editPreliminaryThemeNote(h, { projectId, id: theme.id, note }))}
                onMove={(by) => void move(index, by)}
                onDelete={() => setDeleting(theme)}
              />
            ))}
          </ol>
        </>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('stc.themes.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('stc.themes.deleteBody')}
        confirmLabel={t('stc.themes.delete')}
        cancelLabel={t('stc.units.cancel')}
        danger
        onConfirm={() => {
          const id = deleting?.id;
          setDeleting(null);
          if (id) void actions.run((h) => deletePreliminaryTheme(h, { projectId, id }));
        }}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}

function ThemeItem(props: {
  theme: PreliminaryTheme;
  number: string;
  first: boolean;
  last: boolean;
  onRename: (name: string) => Promise<unknown>;
  onNote: (note: string) => Promise<unknown>;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const { theme } = props;
  const [name, setName] = useState(theme.name);
  const [note, setNote] = useState(theme.note);
  const nameFocused = useRef(false);
  const noteTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // A note typed just before leaving the step is saved on the way out, not lost with the timer.
  const unsaved = useRef<{ note: string; save: (note: string) => Promise<unknown> } | null>(null);
  useEffect(
    () => () => {
      if (noteTimer.current) clearTimeout(noteTimer.current);
      if (unsaved.current) void unsaved.current.save(unsaved.current.note);
    },
    [],
  );

  // The stored row wins whenever the field is not being edited (an undo, another window).
  useEffect(() => {
    if (!nameFocused.current) setName(theme.name);
  }, [theme.name]);
  useEffect(() => {
    if (noteTimer.current === null) setNote(theme.note);
  }, [theme.note]);

  const saveName = async () => {
    if (name.trim() === theme.name) return setName(theme.name);
    const saved = await props.onRename(name);
    if (saved === undefined) setName(theme.name);
  };
  const flushNote = (value: string) => {
    if (noteTimer.current) clearTimeout(noteTimer.current);
    noteTimer.current = null;
    unsaved.current = null;
    if (value !== theme.note) void props.onNote(value);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const by = e.key === 'ArrowUp' ? -1 : 1;
    if ((by === -1 && props.first) || (by === 1 && props.last)) return;
    // Keep the caret where it was: the same field of the same theme, after the list re-renders.
    const field = (e.target as HTMLElement).dataset.field;
    props.onMove(by);
    if (field) requestAnimationFrame(() => document.getElementById(`stc-theme-${field}-${theme.id}`)?.focus());
  };

  return (
    <li className="stc-theme" onKeyDown={onKey}>
      <span className="stc-theme-number" aria-hidden="true">
        {props.number}
      </span>
      <div className="stc-theme-fields">
        <input
          id={`stc-theme-name-${theme.id}`}
          data-field="name"
          className="stc-theme-name"
          aria-label={t('stc.themes.nameOf', { n: props.number })}
          value={name}
          onFocus={() => (nameFocused.current = true)}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => {
            nameFocused.current = false;
            void saveName();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
            if (e.key === 'Escape') setName(theme.name);
          }}
        />
        <textarea
          id={`stc-theme-note-${theme.id}`}
          data-field="note"
          className="stc-theme-note"
          aria-label={t('stc.themes.noteOf', { name: theme.name })}
          placeholder={t('stc.themes.notePlaceholder')}
          rows={2}
          value={note}
          onChange={(e) => {
            const value = e.target.value;
            setNote(value);
            if (noteTimer.current) clearTimeout(noteTimer.current);
            unsaved.current = { note: value, save: props.onNote };
            noteTimer.current = setTimeout(() => flushNote(value), noteDelayMs);
          }}
          onBlur={() => flushNote(note)}
        />
      </div>
      <div className="stc-item-tools">
        <MoveButtons
          className="button button-small button-quiet"
          upLabel={t('stc.themes.moveUp', { name: theme.name })}
          downLabel={t('stc.themes.moveDown', { name: theme.name })}
          first={props.first}
          last={props.last}
          onMove={props.onMove}
        />
        <button
          type="button"
          className="button button-small button-danger-quiet"
          aria-describedby={`stc-theme-name-${theme.id}`}
          onClick={props.onDelete}
        >
          {t('stc.themes.delete')}
        </button>
      </div>
    </li>
  );
}

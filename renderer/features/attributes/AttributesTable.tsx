import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attribute, AttributeValue, Project, Source } from '../../../shared/model';
import { useApp } from '../../services/AppContext';
import { createAttribute, deleteAttribute, renameAttribute, setSourceAttribute } from '../../store/commands/attributes';
import { useAttributes } from '../../store/queries/attributes';
import { useSources } from '../../store/queries/sources';
import { useStore } from '../../store/StoreProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToast } from '../../ui/Toasts';

function shown(value: AttributeValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** What is stored for a typed value: numbers as numbers for number attributes, '' clears. */
function parsed(attribute: Attribute, text: string): AttributeValue {
  const trimmed = text.trim();
  if (attribute.type === 'number' && trimmed !== '') {
    const n = Number(trimmed.replace(',', '.'));
    if (Number.isFinite(n)) return n;
  }
  return trimmed;
}

/**
 * Case attributes as a table: sources are rows, attributes columns. Every cell is a text field;
 * Enter saves and goes down, Tab saves and goes on, Escape puts the stored value back.
 * Each saved cell is one step in Edit ▸ Undo.
 */
export function AttributesTable({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { reportError } = useApp();
  const { historyFor } = useStore();
  const toast = useToast();
  const history = historyFor(project.id);
  const sources = useSources(project.id);
  const attributes = useAttributes(project.id);
  const [newName, setNewName] = useState('');
  const [newError, setNewError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; draft: string } | null>(null);
  const [pendingDelete, setPendingDelete] = useState<Attribute | null>(null);
  const table = useRef<HTMLTableElement>(null);

  if (!sources || !attributes) return null;

  const guard = (work: Promise<unknown>) => void work.catch(reportError);

  const add = async () => {
    const name = newName.trim();
    if (!name) {
      setNewError(t('attributes.nameRequired'));
      return;
    }
    if (attributes.some((a) => a.name.toLocaleLowerCase('nb') === name.toLocaleLowerCase('nb'))) {
      setNewError(t('attributes.nameTaken', { name }));
      return;
    }
    setNewError(null);
    await createAttribute(history, { projectId: project.id, name });
    setNewName('');
  };

  const commitRename = async () => {
    if (!renaming) return;
    const name = renaming.draft.trim();
    const attribute = attributes.find((a) => a.id === renaming.id);
    setRenaming(null);
    if (!attribute || !name || name === attribute.name) return;
    await renameAttribute(history, { id: attribute.id, name });
  };

  const usedBy = (attribute: Attribute) => sources.filter((s) => shown(s.attributes[attribute.id]) !== '').length;

  const focusCell = (row: number, column: number) => {
    const cell = table.current?.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`);
    cell?.focus();
    if (cell instanceof HTMLInputElement) cell.select();
  };

  return (
    <div className="attributes-table">
      <form
        className="form-row attributes-add"
        onSubmit={(e) => {
          e.preventDefault();
          guard(add());
        }}
      >
        <label className="field">
          <span>{t('attributes.newLabel')}</span>
          <input
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            placeholder={t('attributes.newPlaceholder')}
            maxLength={100}
            aria-invalid={newError ? true : undefined}
            aria-describedby={newError ? 'attribute-new-error' : undefined}
          />
        </label>
        <button type="submit" className="button">
          {t('attributes.add')}
        </button>
      </form>
      {newError && (
        <p id="attribute-new-error" className="field-error" role="alert">
          {newError}
        </p>
      )}
      {sources.length === 0 ? (
        <p className="muted">{t('attributes.noSources')}</p>
      ) : attributes.length === 0 ? (
        <p className="muted">{t('attributes.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table attribute-grid" ref={table}>
            <caption className="visually-hidden">{t('attributes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('attributes.sourceColumn')}</th>
                {attributes.map((a) => (
                  <th scope="col" key={a.id}>
                    {renaming?.id === a.id ? (
                      <input
                        className="attribute-rename"
                        aria-label={t('attributes.renameLabel', { name: a.name })}
                        value={renaming.draft}
                        autoFocus
                        maxLength={100}
                        onChange={(e) => setRenaming({ id: a.id, draft: e.target.value })}
                        onBlur={() => guard(commitRename())}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') {
                            e.preventDefault();
                            guard(commitRename());
                          } else if (e.key === 'Escape') {
                            e.preventDefault();
                            setRenaming(null);
                          }
                        }}
                      />
                    ) : (
                      <div className="attribute-head">
                        <span>{a.name}</span>
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setRenaming({ id: a.id, draft: a.name })}
                        >
                          {t('attributes.rename')}
                          <span className="visually-hidden"> {a.name}</span>
                        </button>
                        <button type="button" className="button button-small button-danger-quiet" onClick={() => setPendingDelete(a)}>
                          {t('attributes.delete')}
                          <span className="visually-hidden"> {a.name}</span>
                        </button>
                      </div>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sources.map((source, row) => (
                <tr key={source.id}>
                  <th scope="row">{source.title}</th>
                  {attributes.map((attribute, column) => (
                    <td key={attribute.id}>
                      <AttributeCell
                        source={source}
                        attribute={attribute}
                        cell={`${row}:${column}`}
                        label={t('attributes.cellLabel', { attribute: attribute.name, source: source.title })}
                        onSave={(value) => guard(setSourceAttribute(history, { sourceId: source.id, attributeId: attribute.id, value }))}
                        onMove={(down) => focusCell(row + down, column)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('attributes.deleteConfirm', { name: pendingDelete?.name ?? '' })}
        body={pendingDelete ? t('attributes.deleteConfirmHint', { count: usedBy(pendingDelete) }) : undefined}
        confirmLabel={t('attributes.delete')}
        cancelLabel={t('attributes.cancel')}
        danger
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => {
          const attribute = pendingDelete;
          setPendingDelete(null);
          if (!attribute) return;
          guard(
            deleteAttribute(history, { id: attribute.id }).then(() =>
              toast({ message: t('attributes.deleted', { name: attribute.name }), timeoutMs: 6000 }),
            ),
          );
        }}
      />
    </div>
  );
}

function AttributeCell(props: {
  source: Source;
  attribute: Attribute;
  cell: string;
  label: string;
  onSave: (value: AttributeValue) => void;
  onMove: (down: number) => void;
}) {
  const stored = shown(props.source.attributes[props.attribute.id]);
  const [draft, setDraftState] = useState<string | null>(null);
  // Enter saves and moves focus, which blurs the field: the ref keeps that from saving twice.
  const latest = useRef<string | null>(null);
  const setDraft = (next: string | null) => {
    latest.current = next;
    setDraftState(next);
  };
  const value = draft ?? stored;

  const commit = () => {
    const text = latest.current;
    if (text === null) return;
    setDraft(null);
    if (text.trim() !== stored) props.onSave(parsed(props.attribute, text));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    if (e.key === 'Escape') {
      if (latest.current !== null) {
        e.preventDefault();
        e.stopPropagation();
        setDraft(null);
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      commit();
      props.onMove(e.shiftKey ? -1 : 1);
    }
  };

  if (props.attribute.type === 'choice' && props.attribute.choices.length > 0) {
    return (
      <select
        className="attribute-cell"
        data-cell={props.cell}
        aria-label={props.label}
        value={stored}
        onChange={(e) => props.onSave(parsed(props.attribute, e.target.value))}
        onKeyDown={onKeyDown}
      >
        <option value="">—</option>
        {props.attribute.choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      className="attribute-cell"
      data-cell={props.cell}
      aria-label={props.label}
      value={value}
      inputMode={props.attribute.type === 'number' ? 'decimal' : undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/model';
import type { MapNode, ThematicMap } from '../../../shared/thematic';
import { routeHref } from '../../services/routes';
import { useThemeEvidence } from '../../store/queries/thematic';
import type { CodeIndex } from '../coding/code-index';

export interface ThemeActions {
  rename: (id: Id, name: string) => Promise<boolean>;
  define: (id: Id, definition: string) => void;
  removeCode: (themeId: Id, codeId: Id) => void;
  addQuote: (themeId: Id, codingId: Id) => void;
  removeQuote: (id: Id) => void;
  labelLink: (id: Id, label: string) => void;
  removeLink: (id: Id) => void;
  addLink: (fromId: Id, toId: Id) => void;
  move: (id: Id, parentId: Id | null, index: number) => void;
  remove: (id: Id) => void;
  newSubtheme: (parentId: Id) => void;
}

/** The selected theme: its name, definition, place among the themes, codes, quotes and links. */
export function ThemePanel(props: {
  node: MapNode | null;
  map: ThematicMap;
  index: CodeIndex;
  actions: ThemeActions;
  /** A theme just created: its name field takes the caret once its details are shown. */
  nameToEdit: Id | null;
  onNameEdited: () => void;
}) {
  const { t } = useTranslation();
  return (
    <aside className="thematic-detail card" aria-labelledby="thematic-detail-title">
      <h2 id="thematic-detail-title">{t('thematic.detail.title')}</h2>
      {props.node ? (
        <ThemeDetail key={props.node.id} {...props} node={props.node} />
      ) : (
        <p className="muted">{t('thematic.detail.none')}</p>
      )}
    </aside>
  );
}

function ThemeDetail({
  node,
  map,
  index,
  actions,
  nameToEdit,
  onNameEdited,
}: {
  node: MapNode;
  map: ThematicMap;
  index: CodeIndex;
  actions: ThemeActions;
  nameToEdit: Id | null;
  onNameEdited: () => void;
}) {
  const { t } = useTranslation();
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (nameToEdit !== node.id || !nameField.current) return;
    nameField.current.focus();
    nameField.current.select();
    onNameEdited();
  }, [nameToEdit, node.id, onNameEdited]);
  const evidence = useThemeEvidence(node.id);
  const [name, setName] = useState(node.name);
  const [definition, setDefinition] = useState(node.definition);
  const [quoteChoice, setQuoteChoice] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const names = new Map(map.nodes.map((n) => [n.id, n.name]));
  const mains = map.nodes.filter((n) => n.kind === 'theme' && n.id !== node.id);
  const hasSubthemes = map.nodes.some((n) => n.parentId === node.id);
  const siblings = map.nodes.filter((n) => n.parentId === node.parentId);
  const position = siblings.findIndex((n) => n.id === node.id);
  const links = map.links.filter((l) => l.fromId === node.id || l.toId === node.id);
  const linked = new Set(links.flatMap((l) => [l.fromId, l.toId]));
  const linkable = map.nodes.filter((n) => n.id !== node.id && !linked.has(n.id));
  const [linkChoice, setLinkChoice] = useState('');
  const chosenLink = linkable.some((n) => n.id === linkChoice) ? linkChoice : (linkable[0]?.id ?? '');

  // Another window, an undo or a rename elsewhere changes the stored text: show it unless the field is being edited.
  const editingName = useRef(false);
  useEffect(() => {
    if (!editingName.current) setName(node.name);
  }, [node.name]);
  const editingDefinition = useRef(false);
  useEffect(() => {
    if (!editingDefinition.current) setDefinition(node.definition);
  }, [node.definition]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const saveName = async () => {
    editingName.current = false;
    if (name.trim() === node.name) return;
    if (!(await actions.rename(node.id, name))) setName(node.name);
  };
  const saveDefinition = (text: string) => {
    clearTimeout(timer.current);
    if (text.trim() !== node.definition) actions.define(node.id, text);
  };

  const candidates = evidence?.candidates ?? [];
  const chosenQuote = candidates.some((c) => c.coding.id === quoteChoice)
    ? quoteChoice
    : (candidates[0]?.coding.id ?? '');

  return (
    <div className="theme-detail">
      <div className="theme-detail-about">
        <p className="theme-kind">
          <span className={`badge ${node.kind === 'theme' ? 'badge-accent' : ''}`}>
            {node.kind === 'theme'
              ? t('thematic.detail.kindTheme')
              : t('thematic.detail.kindSubtheme', { parent: names.get(node.parentId ?? '') ?? '' })}
          </span>
          <span className="muted">{`${t('thematic.detail.segments', { count: node.segments })} ${t('thematic.detail.fromSources', { count: node.sources })}`}</span>
        </p>
        <label className="field">
          {t('thematic.detail.name')}
          <input
            ref={nameField}
            value={name}
            onChange={(e) => {
              editingName.current = true;
              setName(e.target.value);
            }}
            onBlur={() => void saveName()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void saveName();
              } else if (e.key === 'Escape') {
                editingName.current = false;
                setName(node.name);
              }
            }}
          />
        </label>
        <label className="field">
          {t('thematic.detail.definition')}
          <textarea
            rows={5}
            value={definition}
            placeholder={t('thematic.detail.definitionHint')}
            onChange={(e) => {
              editingDefinition.current = true;
              const text = e.target.value;
              setDefinition(text);
              clearTimeout(timer.current);
              timer.current = setTimeout(() => saveDefinition(text), 700);
            }}
            onBlur={() => {
              editingDefinition.current = false;
              saveDefinition(definition);
            }}
          />
        </label>

        <div className="theme-place">
          <label className="field">
            {t('thematic.detail.parent')}
            <select
              value={node.parentId ?? ''}
              onChange={(e) => actions.move(node.id, e.target.value || null, Number.MAX_SAFE_INTEGER)}
            >
              <option value="">{t('thematic.detail.asMain')}</option>
              {!hasSubthemes &&
                mains.map((m) => (
                  <option key={m.id} value={m.id}>
                    {t('thematic.detail.under', { name: m.name })}
                  </option>
                ))}
            </select>
          </label>
          <div className="button-row">
            <button
              type="button"
              className="button button-small"
              disabled={position <= 0}
              onClick={() => actions.move(node.id, node.parentId, position - 1)}
            >
              {t('thematic.detail.earlier')}
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={position < 0 || position >= siblings.length - 1}
              onClick={() => actions.move(node.id, node.parentId, position + 1)}
            >
              {t('thematic.detail.later')}
            </button>
            {node.kind === 'theme' && (
              <button type="button" className="button button-small" onClick={() => actions.newSubtheme(node.id)}>
                {t('thematic.newSubtheme')}
              </button>
            )}
          </div>
        </div>
      </div>
      <div className="theme-detail-evidence">
        <section aria-labelledby="theme-codes-title">
          <h3 id="theme-codes-title">{t('thematic.detail.codes')}</h3>
          {node.codeIds.length === 0 ? (
            <p className="muted">{t('thematic.detail.noCodes')}</p>
          ) : (
            <ul className="chips">
              {node.codeIds.map((codeId) => {
                const code = index.byId.get(codeId);
                const label = index.paths.get(codeId) ?? code?.name ?? '';
                return (
                  <li key={codeId} className="chip">
                    <span className="code-swatch" style={{ background: code?.color }} aria-hidden="true" />
                    {label}
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={t('thematic.detail.removeCode', { code: label })}
                      onClick={() => actions.removeCode(node.id, codeId)}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section aria-labelledby="theme-quotes-title">
          <h3 id="theme-quotes-title">{t('thematic.detail.quotes')}</h3>
          {(evidence?.quotes.length ?? 0) === 0 ? (
            <p className="muted">{t('thematic.detail.noQuotes')}</p>
          ) : (
            <ul className="theme-quotes">
              {evidence!.quotes.map(({ quote, passage }) => (
                <li key={quote.id}>
                  <blockquote>{passage.text}</blockquote>
                  <div className="theme-quote-foot">
                    <a href={`${routeHref('sources', passage.sourceId)}?at=${passage.start}-${passage.end}`}>
                      {passage.sourceTitle}
                    </a>
                    <button
                      type="button"
                      className="button button-small button-danger-quiet"
                      onClick={() => actions.removeQuote(quote.id)}
                      aria-label={t('thematic.detail.removeQuote', { source: passage.sourceTitle })}
                    >
                      ×
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {candidates.length === 0 ? (
            <p className="muted">{t('thematic.detail.noCandidates')}</p>
          ) : (
            <form
              className="theme-add-quote"
              onSubmit={(e) => {
                e.preventDefault();
                if (chosenQuote) actions.addQuote(node.id, chosenQuote);
              }}
            >
              <label className="field">
                {t('thematic.detail.chooseQuote')}
                <select value={chosenQuote} onChange={(e) => setQuoteChoice(e.target.value)}>
                  {candidates.map(({ coding, passage }) => (
                    <option key={coding.id} value={coding.id}>
                      {`${passage.sourceTitle}: ${passage.text.length > 90 ? `${passage.text.slice(0, 89)}…` : passage.text}`}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="button button-small">
                {t('thematic.detail.addQuote')}
              </button>
            </form>
          )}
        </section>

        <section aria-labelledby="theme-links-title">
          <h3 id="theme-links-title">{t('thematic.detail.links')}</h3>
          {links.length === 0 ? (
            <p className="muted">{t('thematic.detail.noLinks')}</p>
          ) : (
            <ul className="theme-links">
              {links.map((l) => {
                const other = names.get(l.fromId === node.id ? l.toId : l.fromId) ?? '';
                return (
                  <LinkRow
                    key={l.id}
                    id={l.id}
                    other={other}
                    label={l.label}
                    actions={actions}
                    outgoing={l.fromId === node.id}
                  />
                );
              })}
            </ul>
          )}
          {linkable.length > 0 && (
            <form
              className="theme-add-link"
              onSubmit={(e) => {
                e.preventDefault();
                if (chosenLink) actions.addLink(node.id, chosenLink);
              }}
            >
              <label className="field">
                {t('thematic.detail.linkTo')}
                <select value={chosenLink} onChange={(e) => setLinkChoice(e.target.value)}>
                  {linkable.map((n) => (
                    <option key={n.id} value={n.id}>
                      {n.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="button button-small">
                {t('thematic.detail.addLink')}
              </button>
            </form>
          )}
        </section>

        <button
          type="button"
          className="button button-danger-quiet theme-delete"
          onClick={() => actions.remove(node.id)}
        >
          {t('thematic.detail.delete')}
        </button>
      </div>
    </div>
  );
}

function LinkRow(props: { id: Id; other: string; label: string; outgoing: boolean; actions: ThemeActions }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(props.label);
  useEffect(() => setLabel(props.label), [props.label]);
  const save = () => {
    if (label.trim() !== props.label) props.actions.labelLink(props.id, label);
  };
  return (
    <li className="theme-link">
      <span className="theme-link-other">
        <span aria-hidden="true">{props.outgoing ? '→ ' : '← '}</span>
        {props.other}
      </span>
      <input
        aria-label={t('thematic.detail.linkLabel', { theme: props.other })}
        placeholder={t('thematic.detail.linkPlaceholder')}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          }
        }}
      />
      <button
        type="button"
        className="button button-small button-danger-quiet"
        aria-label={t('thematic.detail.removeLink', { theme: props.other })}
        onClick={() => props.actions.removeLink(props.id)}
      >
        ×
      </button>
    </li>
  );
}

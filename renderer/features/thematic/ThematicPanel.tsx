import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id, Project, StepState } from '../../../shared/model';
import { deletionNeedsConfirmation, thematicMapSvg, type ThemeImpact } from '../../../shared/thematic';
import { useApp } from '../../services/AppContext';
import { ReportExport } from '../reports/ReportExport';
import {
  addLink,
  addQuote,
  createTheme,
  deleteTheme,
  gatherCode,
  labelLink,
  moveTheme,
  placeTheme,
  removeLink,
  removeQuote,
  removeThemeCode,
  setPhaseState,
  ThematicError,
  updateTheme,
} from '../../store/commands/thematic';
import { StaleHistoryError } from '../../store/history/change';
import { useThematic } from '../../store/queries/thematic';
import { useStore } from '../../store/StoreProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToast } from '../../ui/Toasts';
import { indexCodes } from '../coding/code-index';
import { CodesPanel } from './CodesPanel';
import { svgToPng } from './map-png';
import { PhaseTracker } from './PhaseTracker';
import { ThemeMap } from './ThemeMap';
import { ThemePanel, type ThemeActions } from './ThemePanel';
import './thematic.css';

/**
 * Braun & Clarke's reflexive thematic analysis, in the Analysis hub: phases, codes, the thematic
 * map and each theme's definition.
 */
export function ThematicPanel({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { bridge, reportError } = useApp();
  const { historyFor, coders, thematic } = useStore();
  const toast = useToast();
  const history = historyFor(project.id);
  const data = useThematic(project.id);
  const [selected, setSelected] = useState<Id | null>(null);
  const [selectedCode, setSelectedCode] = useState<Id | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [nameToEdit, setNameToEdit] = useState<Id | null>(null);
  const nameEdited = useCallback(() => setNameToEdit(null), []);
  const [deleting, setDeleting] = useState<{ id: Id; name: string; impact: ThemeImpact } | null>(null);

  const codes = data?.codes;
  const index = useMemo(() => indexCodes(codes ?? []), [codes]);
  const nodes = data?.map.nodes;
  const node = nodes?.find((n) => n.id === selected) ?? null;

  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof ThematicError) toast({ message: t(`thematic.problems.${error.problem}`) });
      else if (error instanceof StaleHistoryError) toast({ message: t('history.stale') });
      else reportError(error);
    },
    [toast, t, reportError],
  );
  const run = useCallback(
    async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await work();
      } catch (error) {
        fail(error);
        return undefined;
      }
    },
    [fail],
  );
  const author = async () => (await coders.currentCoder(project.id)).id;

  if (!data) return null;
  const { map } = data;
  const nameOf = (id: Id) => map.nodes.find((n) => n.id === id)?.name ?? '';

  const newTheme = (parentId: Id | null) =>
    run(async () => {
      const theme = await createTheme(history, {
        projectId: project.id,
        authorId: await author(),
        parentId,
        name: parentId ? t('thematic.newSubthemeName') : t('thematic.newThemeName'),
      });
      setSelected(theme.id);
      setNameToEdit(theme.id);
    });

  const gather = (codeId: Id, themeId: Id) =>
    run(async () => {
      const code = index.paths.get(codeId) ?? '';
      const theme = nameOf(themeId);
      if (map.nodes.find((n) => n.id === themeId)?.codeIds.includes(codeId)) {
        setAnnouncement(t('thematic.codes.already', { code, theme }));
        return;
      }
      await gatherCode(history, { themeId, codeId });
      setAnnouncement(t('thematic.codes.gathered', { code, theme }));
    });

  const askDelete = (id: Id) =>
    run(async () => {
      const impact = await thematic.deletionImpact(id);
      if (deletionNeedsConfirmation(impact)) setDeleting({ id, name: nameOf(id), impact });
      else await doDelete(id, nameOf(id));
    });
  const doDelete = async (id: Id, name: string) => {
    await deleteTheme(history, { id });
    if (selected === id) setSelected(null);
    toast({ message: t('thematic.detail.deleted', { name }) });
  };

  const link = (fromId: Id, toId: Id) =>
    void run(async () => {
      await addLink(history, { authorId: await author(), fromId, toId });
      setAnnouncement(t('thematic.map.linked', { from: nameOf(fromId), to: nameOf(toId) }));
    });

  const actions: ThemeActions = {
    addLink: link,
    rename: async (id, name) => (await run(() => updateTheme(history, { id, name }))) !== undefined,
    define: (id, definition) => void run(() => updateTheme(history, { id, definition })),
    removeCode: (themeId, codeId) => void run(() => removeThemeCode(history, { themeId, codeId })),
    addQuote: (themeId, codingId) =>
      void run(async () => addQuote(history, { authorId: await author(), themeId, codingId })),
    removeQuote: (id) => void run(() => removeQuote(history, { id })),
    labelLink: (id, label) => void run(() => labelLink(history, { id, label })),
    removeLink: (id) => void run(() => removeLink(history, { id })),
    move: (id, parentId, at) => void run(() => moveTheme(history, { id, parentId, index: at })),
    remove: (id) => void askDelete(id),
    newSubtheme: (parentId) => void newTheme(parentId),
  };

  const exportMap = (format: 'svg' | 'png') =>
    run(async () => {
      const svg = thematicMapSvg(map, {
        title: `${t('thematic.map.label')}: ${project.name}`,
        codes: (count) => t('thematic.map.codeCount', { count }),
      });
      const data = format === 'svg' ? svg : await svgToPng(svg);
      const suggestedName = `${t('thematic.fileName')}.${format}`;
      const saved = await bridge.saveFile({
        title: t('thematic.exportLabel'),
        suggestedName,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
        data,
      });
      if (saved.saved) toast({ message: t('thematic.exported', { file: saved.fileName ?? suggestedName }) });
    });

  const mainSelected = node ? (node.kind === 'theme' ? node.id : node.parentId) : null;

  return (
    <div className="thematic-screen">
      <div className="panel-header">
        <h2 className="screen-subtitle">{t('thematic.title')}</h2>
        <ReportExport projectId={project.id} method="thematic" />
        <div className="button-row" role="group" aria-label={t('thematic.exportLabel')}>
          <button
            type="button"
            className="button"
            disabled={map.nodes.length === 0}
            onClick={() => void exportMap('svg')}
          >
            {t('thematic.exportSvg')}
          </button>
          <button
            type="button"
            className="button"
            disabled={map.nodes.length === 0}
            onClick={() => void exportMap('png')}
          >
            {t('thematic.exportPng')}
          </button>
        </div>
      </div>
      <PhaseTracker
        phases={data.phases}
        onSet={(phase: number, state: StepState) =>
          void run(() => setPhaseState(history, { projectId: project.id, phase, state }))
        }
      />
      <div className="thematic-layout">
        <CodesPanel
          index={index}
          counts={data.codeCounts}
          themesOfCode={map.themesOfCode}
          themes={map.nodes}
          selectedCode={selectedCode}
          onSelectCode={setSelectedCode}
          selectedTheme={selected}
          onGather={(codeId, themeId) => void gather(codeId, themeId)}
        />
        <div className="thematic-map-column card">
          <div className="thematic-map-toolbar">
            <button type="button" className="button button-primary" onClick={() => void newTheme(null)}>
              {t('thematic.newTheme')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!mainSelected}
              onClick={() => mainSelected && void newTheme(mainSelected)}
            >
              {t('thematic.newSubtheme')}
            </button>
            <ul className="thematic-legend" aria-hidden="true">
              <li>
                <span className="legend-swatch legend-theme" />
                {t('thematic.map.legendTheme')}
              </li>
              <li>
                <span className="legend-swatch legend-subtheme" />
                {t('thematic.map.legendSubtheme')}
              </li>
              <li>
                <span className="legend-swatch legend-link" />
                {t('thematic.map.legendLink')}
              </li>
            </ul>
          </div>
          {map.nodes.length === 0 ? (
            <p className="thematic-map-empty muted">{t('thematic.map.empty')}</p>
          ) : (
            <ThemeMap
              map={map}
              selected={selected}
              onSelect={setSelected}
              onPlace={async (id, x, y) => (await run(() => placeTheme(history, { id, x, y }))) !== undefined}
              onLink={link}
              onDropCode={(themeId, codeId) => void gather(codeId, themeId)}
              onDelete={(id) => void askDelete(id)}
              announce={setAnnouncement}
            />
          )}
          <p className="muted thematic-map-help" id="thematic-map-help">
            {t('thematic.map.help')}
          </p>
          <p className="thematic-status" role="status" aria-live="polite">
            {announcement}
          </p>
        </div>
        <ThemePanel
          node={node}
          map={map}
          index={index}
          actions={actions}
          nameToEdit={nameToEdit}
          onNameEdited={nameEdited}
        />
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={t('thematic.detail.deleteTitle', { name: deleting?.name ?? '' })}
        body={
          deleting
            ? t('thematic.detail.deleteBody', {
                subthemes: deleting.impact.subthemes,
                quotes: deleting.impact.quotes,
                links: deleting.impact.links,
              })
            : ''
        }
        confirmLabel={t('thematic.detail.delete')}
        cancelLabel={t('thematic.detail.cancel')}
        danger
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) void run(() => doDelete(target.id, target.name));
        }}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}

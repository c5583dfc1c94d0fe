import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../../shared/model';
import { draftFromCondensates, type RichText } from '../../../../shared/stc/analytic-draft';
import { codeGroupCounts } from '../../../../shared/stc/counts';
import { byOrder, type StcRows } from '../../../../shared/stc/rows';
import { toggleRecontextualised, writeAnalyticText } from '../../../store/commands/stc';
import { useSourceTexts, type StcSourceText } from '../../../store/queries/stc-texts';
import { chosenGroup, CodeGroupList } from '../CodeGroupList';
import { GoldenQuoteList } from '../GoldenQuoteList';
import { materialCountText } from '../material-count';
import { RichTextField } from '../RichTextField';
import { TrailPanel } from '../trail/TrailPanel';
import type { TrailFocus } from '../trail/trail-focus';
import { useStcRun } from '../useStcRun';
import '../steps34.css';

const emptyText: RichText = { content: '', plainText: '' };

/**
 * STC step 4, synthesis — from condensation to descriptions and concepts. Per code group: the
 * analytic text (heading and text, started from the condensates), the golden quotes beside it,
 * the recontextualisation checklist (each source re-read against the text) and how the findings
 * meet theory. The trail of the text stands beside.
 */
export function SynthesisStep({ projectId, rows }: { projectId: string; rows: StcRows }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Id | null>(null);
  const [trail, setTrail] = useState<TrailFocus | null>(null);
  const [texts, setTexts] = useState<Map<Id, StcSourceText> | undefined>(undefined);
  const counts = useMemo(() => codeGroupCounts(rows), [rows]);
  const groupId = chosenGroup(rows, chosen);
  const groupSources = useMemo(() => sourcesByGroup(rows), [rows]);
  const detail = (id: Id) => {
    const text = rows.analyticTexts.find((a) => a.codeGroupId === id);
    if (!text || !text.plainText.trim()) return t('stc.synthesis.notWritten');
    const drawn = groupSources.get(id) ?? new Set<Id>();
    return t('stc.synthesis.reread', { read: text.recontextualised.filter((s) => drawn.has(s)).length, count: drawn.size });
  };
  return (
    <div className="stc-workspace">
      <CodeGroupList
        rows={rows}
        counts={counts}
        chosen={groupId}
        onChoose={(id) => {
          setChosen(id);
          setTrail({ kind: 'analytic', codeGroupId: id });
        }}
        detail={detail}
      />
      {groupId ? (
        <GroupSynthesis key={groupId} projectId={projectId} rows={rows} codeGroupId={groupId} unitSources={groupSources.get(groupId) ?? new Set()} onTrail={setTrail} onTexts={setTexts} />
      ) : (
        <div className="stc-work">
          <p className="empty-state">{t('stc.groups.noneYet')}</p>
        </div>
      )}
      <TrailPanel rows={rows} focus={trail ?? (groupId ? { kind: 'analytic', codeGroupId: groupId } : null)} onFocus={setTrail} known={texts} />
    </div>
  );
}

/** Which sources each code group's meaning units come from: the transcripts to re-read against its text. */
function sourcesByGroup(rows: StcRows): Map<Id, Set<Id>> {
  const sourceOf = new Map(rows.meaningUnits.map((u) => [u.id, u.sourceId]));
  const out = new Map<Id, Set<Id>>();
  for (const p of rows.placements) {
    const source = sourceOf.get(p.meaningUnitId);
    if (!source) continue;
    const set = out.get(p.codeGroupId) ?? new Set<Id>();
    set.add(source);
    out.set(p.codeGroupId, set);
  }
  return out;
}

function GroupSynthesis(props: {
  projectId: Id;
  rows: StcRows;
  codeGroupId: Id;
  unitSources: ReadonlySet<Id>;
  onTrail: (f: TrailFocus) => void;
  onTexts: (texts: Map<Id, StcSourceText> | undefined) => void;
}) {
  const { projectId, rows, codeGroupId, unitSources, onTrail, onTexts } = props;
  const { t } = useTranslation();
  const { run } = useStcRun(projectId);
  const group = rows.codeGroups.find((g) => g.id === codeGroupId)!;
  const analytic = rows.analyticTexts.find((a) => a.codeGroupId === codeGroupId);
  const count = useMemo(() => codeGroupCounts({ ...rows, codeGroups: [group] }).codeGroups[0]!, [rows, group]);
  const subgroups = useMemo(() => byOrder(rows.subgroups.filter((s) => s.codeGroupId === codeGroupId)), [rows.subgroups, codeGroupId]);
  const quotes = useMemo(() => {
    const ids = new Set(subgroups.map((s) => s.id));
    const order = new Map(subgroups.map((s, i) => [s.id, i]));
    return byOrder(rows.goldenQuotes.filter((q) => ids.has(q.subgroupId))).sort((a, b) => order.get(a.subgroupId)! - order.get(b.subgroupId)!);
  }, [rows.goldenQuotes, subgroups]);
  // The trail beside shows the group's meaning units too: read their sources with the quotes' in one go.
  const texts = useSourceTexts(projectId, [...unitSources, ...quotes.map((q) => q.sourceId)]);
  useEffect(() => onTexts(texts), [texts, onTexts]);
  const titles = useMemo(() => new Map(rows.sources.map((s) => [s.id, s.title])), [rows.sources]);
  const [typed, setTyped] = useState<string | null>(null);

  const save = useCallback(
    async (fields: { heading?: string; content?: string; plainText?: string; theory?: string }) =>
      (await run(writeAnalyticText, { codeGroupId, ...fields })) !== undefined,
    [run, codeGroupId],
  );
  const saveText = useCallback((text: RichText) => save({ content: text.content, plainText: text.plainText }), [save]);
  const stored = analytic ? { content: analytic.content, plainText: analytic.plainText } : emptyText;
  const empty = !(typed ?? analytic?.plainText ?? '').trim();
  const condensates = draftFromCondensates(rows, codeGroupId);

  const startFromCondensates = async () => {
    if (!condensates) return;
    // The editor shows the stored text once it changes (RichTextField), so saving is all it takes.
    if (await save(condensates)) setTyped(condensates.plainText);
  };

  const reread = new Set(analytic?.recontextualised ?? []);
  // The sources the group's meaning units come from are the ones to re-read; the rest fold away.
  const drawnOn = rows.sources.filter((s) => unitSources.has(s.id) || reread.has(s.id));
  const others = rows.sources.filter((s) => !unitSources.has(s.id) && !reread.has(s.id));
  const toggle = (sourceId: Id) => void run(toggleRecontextualised, { codeGroupId, sourceId });
  return (
    <div className="stc-work stc-synthesis">
      <header className="stc-work-head">
        <div>
          <h2 className="stc-group-title">{group.name}</h2>
          <p className="muted small stc-group-facts">
            {materialCountText(t, count, rows.sources.length)} · {t('stc.groups.subgroupCount', { count: subgroups.length })}
          </p>
        </div>
        <button type="button" className="button" onClick={() => onTrail({ kind: 'analytic', codeGroupId })}>
          {t('stc.trail.showAnalytic')}
        </button>
      </header>
      <div className="stc-synthesis-grid">
        <section className="stc-analytic card" aria-labelledby="stc-analytic-title">
          <h3 id="stc-analytic-title" className="stc-minor-title">
            {t('stc.synthesis.analyticText')}
          </h3>
          <DebouncedInput
            label={t('stc.synthesis.heading')}
            value={analytic?.heading ?? ''}
            placeholder={group.name}
            onSave={(heading) => save({ heading })}
            className="stc-heading-input"
          />
          <RichTextField label={t('stc.synthesis.textLabel', { name: group.name })} stored={stored} save={saveText} onText={setTyped} placeholder={t('stc.synthesis.placeholder')} />
          {empty && (
            <div className="button-row stc-draft-row">
              <button type="button" className="button button-primary" disabled={!condensates} onClick={() => void startFromCondensates()}>
                {t('stc.synthesis.fromCondensates')}
              </button>
              <span className="muted small">{condensates ? t('stc.synthesis.fromCondensatesHint') : t('stc.synthesis.noCondensates')}</span>
            </div>
          )}
          <h3 className="stc-minor-title">{t('stc.synthesis.theory')}</h3>
          <DebouncedInput label={t('stc.synthesis.theoryLabel', { name: group.name })} value={analytic?.theory ?? ''} onSave={(theory) => save({ theory })} multiline />
        </section>
        <aside className="stc-synthesis-side">
          <section className="card" aria-labelledby="stc-quotes-title">
            <h3 id="stc-quotes-title" className="stc-minor-title">
              {t('stc.synthesis.quotes')}
            </h3>
            {subgroups.map((s) => (
              <div key={s.id} className="stc-side-sub">
                <h4 className="stc-side-sub-name">{s.name}</h4>
                <GoldenQuoteList quotes={quotes.filter((q) => q.subgroupId === s.id)} texts={texts} titles={titles} label={t('stc.quotes.of', { name: s.name })} />
              </div>
            ))}
            {subgroups.length === 0 && <p className="muted small">{t('stc.synthesis.noSubgroups')}</p>}
          </section>
          <fieldset className="card stc-recontext">
            <legend className="stc-minor-title">{t('stc.synthesis.recontextualise')}</legend>
            <p className="muted small">
              {t('stc.synthesis.recontextualiseHint')} {t('stc.synthesis.reread', { read: [...reread].filter((s) => unitSources.has(s)).length, count: unitSources.size })}
            </p>
            <SourceChecks sources={drawnOn} reread={reread} onToggle={toggle} />
            {others.length > 0 && (
              <details className="stc-other-sources">
                <summary className="small">{t('stc.synthesis.otherSources', { count: others.length })}</summary>
                <SourceChecks sources={others} reread={reread} onToggle={toggle} />
              </details>
            )}
          </fieldset>
        </aside>
      </div>
    </div>
  );
}

function SourceChecks({ sources, reread, onToggle }: { sources: { id: Id; title: string }[]; reread: Set<Id>; onToggle: (id: Id) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="stc-checklist">
      {sources.map((s) => (
        <li key={s.id}>
          <label className="check">
            <input type="checkbox" checked={reread.has(s.id)} onChange={() => onToggle(s.id)} />
            <span>{t('stc.synthesis.rereadSource', { source: s.title })}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

/** A text field saved after a pause in typing, and when left; shows a value changed elsewhere when not being edited. */
function DebouncedInput(props: { label: string; value: string; onSave: (value: string) => Promise<boolean>; placeholder?: string; multiline?: boolean; className?: string }) {
  const [value, setValue] = useState(props.value);
  const editing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** What was typed and not yet saved; null when nothing is. */
  const latest = useRef<string | null>(null);
  const { onSave } = props;
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (latest.current !== null) {
      const v = latest.current;
      latest.current = null;
      void onSave(v);
    }
  }, [onSave]);
  useEffect(() => {
    if (!editing.current) setValue(props.value);
  }, [props.value]);
  useEffect(() => () => flush(), [flush]);
  const change = (v: string) => {
    setValue(v);
    editing.current = true;
    latest.current = v;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, 500);
  };
  const common = {
    value,
    'aria-label': props.label,
    placeholder: props.placeholder,
    className: props.className,
    onBlur: () => {
      editing.current = false;
      flush();
    },
  };
  return props.multiline ? (
    <textarea {...common} rows={4} className={`stc-textarea ${props.className ?? ''}`} onChange={(e) => change(e.target.value)} />
  ) : (
    <input {...common} onChange={(e) => change(e.target.value)} />
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id, MeaningUnit } from '../../../../shared/model';
import { codeGroupCounts } from '../../../../shared/stc/counts';
import type { StcRows } from '../../../../shared/stc/rows';
import { groupTrail, trailFrom, type SourceSpan, type TrailSubgroup } from '../../../../shared/stc/trail';
import { speakerAt, useSourceTexts, type StcSourceText } from '../../../store/queries/stc-texts';
import { materialCountText } from '../material-count';
import { passageHref } from '../passage';
import type { TrailFocus } from './trail-focus';

const excerptLength = 160;
const excerpt = (text: string) => (text.length > excerptLength ? `${text.slice(0, excerptLength).trimEnd()}…` : text);

interface Ctx {
  rows: StcRows;
  texts: Map<Id, StcSourceText> | undefined;
  titles: Map<Id, string>;
  onFocus: (focus: TrailFocus) => void;
}

/**
 * The live trail beside steps 3 and 4: from an analytic text (or a code group, or a subgroup) down
 * through its subgroups and condensates to the meaning units and the passages in the sources, each
 * a link that opens the source with the passage selected; and from a meaning unit back up to the
 * groups, subgroups, golden quotes and analytic texts that use it. Counts at each level.
 */
export function TrailPanel(props: {
  rows: StcRows;
  focus: TrailFocus | null;
  onFocus: (focus: TrailFocus) => void;
  /** Source texts the step beside has read already: only the others are read here. */
  known?: Map<Id, StcSourceText>;
}) {
  const { rows, focus, onFocus, known } = props;
  const { t } = useTranslation();
  const spans = useMemo(() => spansOf(rows, focus), [rows, focus]);
  // While the step is still reading its texts, wait for them rather than read the same texts twice.
  const missing = useMemo(() => (known ? spans.map((s) => s.sourceId).filter((id) => !known.has(id)) : []), [spans, known]);
  const more = useSourceTexts(rows.projectId, missing);
  const texts = useMemo(() => (known && more && more.size > 0 ? new Map([...known, ...more]) : known), [known, more]);
  const titles = useMemo(() => new Map(rows.sources.map((s) => [s.id, s.title])), [rows.sources]);
  const ctx: Ctx = { rows, texts, titles, onFocus };
  return (
    <aside className="stc-trail" aria-labelledby="stc-trail-title">
      <h2 className="stc-pane-title" id="stc-trail-title">
        {t('stc.trail.title')}
      </h2>
      {focus === null ? <p className="muted small">{t('stc.trail.none')}</p> : <TrailBody focus={focus} ctx={ctx} />}
    </aside>
  );
}

function spansOf(rows: StcRows, focus: TrailFocus | null): SourceSpan[] {
  if (!focus) return [];
  if (focus.kind === 'unit') {
    const unit = rows.meaningUnits.find((u) => u.id === focus.id);
    return unit ? [unit] : [];
  }
  const groupId = groupOf(rows, focus);
  if (!groupId) return [];
  const tr = groupTrail(rows, groupId);
  const subs = focus.kind === 'subgroup' ? tr.subgroups.filter((s) => s.subgroup.id === focus.id) : tr.subgroups;
  return [...subs.flatMap((s) => [...s.meaningUnits, ...s.goldenQuotes]), ...(focus.kind === 'subgroup' ? [] : tr.unsorted)];
}

function groupOf(rows: StcRows, focus: TrailFocus): Id | null {
  if (focus.kind === 'analytic') return focus.codeGroupId;
  if (focus.kind === 'group') return focus.id;
  if (focus.kind === 'subgroup') return rows.subgroups.find((s) => s.id === focus.id)?.codeGroupId ?? null;
  return null;
}

function TrailBody({ focus, ctx }: { focus: TrailFocus; ctx: Ctx }) {
  const { t } = useTranslation();
  if (focus.kind === 'unit') return <TrailBack unitId={focus.id} ctx={ctx} />;
  const { rows } = ctx;
  const groupId = groupOf(rows, focus);
  const group = rows.codeGroups.find((g) => g.id === groupId);
  if (!group) return <p className="muted small">{t('stc.trail.gone')}</p>;
  const counts = codeGroupCounts({ ...rows, codeGroups: [group] });
  const groupCount = counts.codeGroups[0]!;
  const analytic = rows.analyticTexts.find((a) => a.codeGroupId === group.id);
  const tr = groupTrail(rows, group.id);
  const subgroups = focus.kind === 'subgroup' ? tr.subgroups.filter((s) => s.subgroup.id === focus.id) : tr.subgroups;
  return (
    <ol className="stc-trail-chain">
      <li className="stc-trail-level">
        <span className="stc-trail-kind">{t('stc.trail.analyticText')}</span>
        {analytic && (analytic.heading || analytic.plainText) ? (
          <>
            <strong>{analytic.heading || group.name}</strong>
            {analytic.plainText && <p className="stc-trail-excerpt">{excerpt(analytic.plainText)}</p>}
          </>
        ) : (
          <span className="muted small">{t('stc.trail.noAnalyticText')}</span>
        )}
      </li>
      <li className="stc-trail-level">
        <span className="stc-trail-kind">{t('stc.trail.codeGroup')}</span>
        <button type="button" className="stc-link-button" onClick={() => ctx.onFocus({ kind: 'group', id: group.id })}>
          {group.name}
        </button>
        <span className="muted small">{materialCountText(t, groupCount, counts.totalSources)}</span>
        <ol className="stc-trail-subs">
          {subgroups.map((s) => (
            <TrailSub key={s.subgroup.id} sub={s} count={groupCount.subgroups.find((c) => c.subgroupId === s.subgroup.id)} ctx={ctx} />
          ))}
          {focus.kind !== 'subgroup' && tr.unsorted.length > 0 && (
            <li className="stc-trail-level">
              <span className="stc-trail-kind">{t('stc.trail.unsorted')}</span>
              <UnitList units={tr.unsorted.map((u) => u.unit)} ctx={ctx} />
            </li>
          )}
        </ol>
      </li>
    </ol>
  );
}

function TrailSub({ sub, count, ctx }: { sub: TrailSubgroup; count: { meaningUnits: number; sources: number } | undefined; ctx: Ctx }) {
  const { t } = useTranslation();
  return (
    <li className="stc-trail-level">
      <span className="stc-trail-kind">{t('stc.trail.subgroup')}</span>
      <button type="button" className="stc-link-button" onClick={() => ctx.onFocus({ kind: 'subgroup', id: sub.subgroup.id })}>
        {sub.subgroup.name}
      </button>
      {count && <span className="muted small">{materialCountText(t, count, ctx.rows.sources.length)}</span>}
      <div className="stc-trail-condensate">
        <span className="stc-trail-kind">{t('stc.trail.condensate')}</span>
        {sub.condensate.trim() ? <p className="stc-trail-excerpt">{excerpt(sub.condensate)}</p> : <span className="muted small">{t('stc.trail.noCondensate')}</span>}
      </div>
      {sub.goldenQuotes.length > 0 && (
        <div>
          <span className="stc-trail-kind">{t('stc.trail.goldenQuotes')}</span>
          <ul className="stc-trail-units">
            {sub.goldenQuotes.map((q) => (
              <li key={q.quote.id}>
                <Passage span={q} ctx={ctx} golden />
              </li>
            ))}
          </ul>
        </div>
      )}
      <span className="stc-trail-kind">{t('stc.trail.meaningUnits')}</span>
      <UnitList units={sub.meaningUnits.map((u) => u.unit)} ctx={ctx} />
    </li>
  );
}

function UnitList({ units, ctx }: { units: MeaningUnit[]; ctx: Ctx }) {
  const { t } = useTranslation();
  if (units.length === 0) return <p className="muted small">{t('stc.trail.noUnits')}</p>;
  return (
    <ul className="stc-trail-units">
      {units.map((u) => (
        <li key={u.id}>
          <Passage span={u} ctx={ctx} />
          <button type="button" className="stc-link-button small" onClick={() => ctx.onFocus({ kind: 'unit', id: u.id })}>
            {t('stc.trail.back')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A passage: its words (cut from the source's current text), source and speaker, and the link that opens it. */
function Passage({ span, ctx, golden }: { span: SourceSpan; ctx: Ctx; golden?: boolean }) {
  const { t } = useTranslation();
  const source = ctx.texts?.get(span.sourceId);
  const title = ctx.titles.get(span.sourceId) ?? '';
  const speaker = speakerAt(source, span.start);
  return (
    <div className={golden ? 'stc-passage is-golden' : 'stc-passage'}>
      <q className="stc-passage-text">{source ? excerpt(source.text.slice(span.start, span.end)) : '…'}</q>
      <span className="stc-passage-link small">
        <a href={passageHref(span)} aria-label={t('stc.trail.open', { source: title, start: span.start, end: span.end })}>
          {title}
        </a>
        <span className="muted">
          {speaker && ` · ${speaker}`} · {span.start}–{span.end}
        </span>
      </span>
    </div>
  );
}

/** From a meaning unit back up: which code groups, subgroups, golden quotes and analytic texts use it. */
function TrailBack({ unitId, ctx }: { unitId: Id; ctx: Ctx }) {
  const { t } = useTranslation();
  const back = trailFrom(ctx.rows, unitId);
  if (!back) return <p className="muted small">{t('stc.trail.gone')}</p>;
  return (
    <ol className="stc-trail-chain">
      <li className="stc-trail-level">
        <span className="stc-trail-kind">{t('stc.trail.meaningUnit')}</span>
        <Passage span={back.source} ctx={ctx} />
      </li>
      <li className="stc-trail-level">
        <span className="stc-trail-kind">{t('stc.trail.usedIn', { count: back.uses.length })}</span>
        {back.uses.length === 0 ? (
          <p className="muted small">{t('stc.trail.unused')}</p>
        ) : (
          <ul className="stc-trail-uses">
            {back.uses.map((use) => (
              <li key={use.codeGroup.id}>
                <button type="button" className="stc-link-button" onClick={() => ctx.onFocus({ kind: 'group', id: use.codeGroup.id })}>
                  {use.codeGroup.name}
                </button>
                {' › '}
                {use.subgroup ? (
                  <button type="button" className="stc-link-button" onClick={() => ctx.onFocus({ kind: 'subgroup', id: use.subgroup!.id })}>
                    {use.subgroup.name}
                  </button>
                ) : (
                  <span className="muted">{t('stc.trail.unsorted')}</span>
                )}
                {use.goldenQuotes.length > 0 && <span className="stc-badge-gold">{t('stc.trail.isGolden', { count: use.goldenQuotes.length })}</span>}
                {use.analyticText && (
                  <div className="small">
                    <span className="stc-trail-kind">{t('stc.trail.analyticText')}</span> {use.analyticText.heading || use.codeGroup.name}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </li>
    </ol>
  );
}

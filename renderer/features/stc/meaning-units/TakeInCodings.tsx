import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { descendantIds } from '../../../../shared/codebook/tree';
import { byOrder } from '../../../../shared/stc/rows';
import { takeInCodings } from '../../../store/commands/stc';
import { useCodebook } from '../../../store/queries/codebook';
import type { StcRows } from '../../../store/queries/stc';
import { formatNumber } from '../../../i18n/format';
import { useToast } from '../../../ui/Toasts';
import { indexCodes } from '../../coding/code-index';
import type { StcActions } from '../useStcActions';

/**
 * Takes existing codings in as meaning units: every coding of a code, or every coding in a
 * source, optionally sorted straight into a code group. A passage already a unit is not doubled.
 */
export function TakeInCodings({
  rows,
  actions,
  coderId,
}: {
  rows: StcRows;
  actions: StcActions;
  coderId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const codebook = useCodebook(rows.projectId);
  const [codeId, setCodeId] = useState('');
  const [sourceId, setSourceId] = useState('');
  const [groupId, setGroupId] = useState('');
  const [withSubcodes, setWithSubcodes] = useState(true);
  const index = useMemo(() => indexCodes(codebook?.codes ?? []), [codebook?.codes]);
  const ofCode = useMemo(() => {
    if (!codebook || !codeId) return [];
    const codeIds = withSubcodes ? descendantIds(codebook.codes, codeId) : new Set([codeId]);
    return codebook.codings.filter((c) => codeIds.has(c.codeId));
  }, [codebook, codeId, withSubcodes]);
  const ofSource = useMemo(
    () => (codebook?.codings ?? []).filter((c) => c.sourceId === sourceId),
    [codebook?.codings, sourceId],
  );
  const groups = byOrder(rows.codeGroups);
  const n = (value: number) => formatNumber(value, i18n.language);

  const take = async (codingIds: string[]) => {
    if (!coderId || codingIds.length === 0) return;
    const taken = await actions.run((h) =>
      takeInCodings(h, {
        projectId: rows.projectId,
        codingIds,
        authorId: coderId,
        ...(groupId ? { codeGroupId: groupId } : {}),
      }),
    );
    if (taken) toast({ message: t('stc.units.takenIn', { created: n(taken.created), reused: n(taken.reused) }) });
  };

  return (
    <section className="card stc-take-in" aria-labelledby="stc-take-in-title">
      <h4 id="stc-take-in-title">{t('stc.units.takeInTitle')}</h4>
      <p className="muted small">{t('stc.units.takeInIntro')}</p>
      <label className="field">
        <span>{t('stc.units.intoGroup')}</span>
        <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
          <option value="">{t('stc.units.noGroup')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <div className="stc-take-in-row">
        <label className="field">
          <span>{t('stc.units.code')}</span>
          <select value={codeId} onChange={(e) => setCodeId(e.target.value)}>
            <option value="">{t('stc.units.chooseCode')}</option>
            {index.ordered.map((o) => (
              <option key={o.code.id} value={o.code.id}>
                {`${'\u2003'.repeat(o.depth)}${o.label}`}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!coderId || ofCode.length === 0}
          onClick={() => void take(ofCode.map((c) => c.id))}
        >
          {ofCode.length === 0
            ? t('stc.units.takeInNone')
            : t('stc.units.takeInCode', { count: ofCode.length, n: n(ofCode.length) })}
        </button>
      </div>
      <label className="toggle">
        <input type="checkbox" checked={withSubcodes} onChange={(e) => setWithSubcodes(e.target.checked)} />
        {t('retrieval.includeDescendants')}
      </label>
      <div className="stc-take-in-row">
        <label className="field">
          <span>{t('stc.units.source')}</span>
          <select value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
            <option value="">{t('stc.units.chooseSource')}</option>
            {rows.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!coderId || ofSource.length === 0}
          onClick={() => void take(ofSource.map((c) => c.id))}
        >
          {ofSource.length === 0
            ? t('stc.units.takeInNone')
            : t('stc.units.takeInSource', { count: ofSource.length, n: n(ofSource.length) })}
        </button>
      </div>
    </section>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id, Project } from '../../../shared/model';
import { unitSpans, type AgreementUnitKind } from '../../../shared/agreement';
import { findDisagreements, type CodingUnit } from '../../../shared/coders/disagreements';
import { consensusCoderOf } from '../../../shared/coders/plan-adopt';
import { useApp } from '../../services/AppContext';
import { adoptUnit } from '../../store/commands/coders';
import type { AgreementInput } from '../../store/queries/agreement';
import { useStore } from '../../store/StoreProvider';
import { indexCodes } from '../coding/code-index';

/** Longest stretch of a unit shown as context; the rest is cut with an ellipsis. */
const contextChars = 600;

/**
 * Every unit where the chosen coders applied different codes, with each coder's codes side by side
 * and a button to adopt that coder's coding of the unit into the consensus coder (one undoable step).
 */
export function DisagreementViewer(props: { project: Project; input: AgreementInput; coderIds: Id[]; sourceIds: Id[]; unit: AgreementUnitKind }) {
  const { project, input, coderIds, sourceIds } = props;
  // Character units are too small to read one by one: the viewer shows messages/turns then.
  const unit = props.unit === 'char' ? 'turn' : props.unit;
  const { t } = useTranslation();
  const { reportError } = useApp();
  const { historyFor } = useStore();
  const history = historyFor(project.id);
  const index = useMemo(() => indexCodes(input.codes), [input.codes]);
  const codeIds = useMemo(() => input.codes.map((c) => c.id), [input.codes]);
  const consensus = consensusCoderOf(input.coders);
  const compared = useMemo(() => coderIds.filter((id) => id !== consensus?.id), [coderIds, consensus]);

  const units = useMemo(() => {
    const chosen = new Set(sourceIds);
    const out: CodingUnit[] = [];
    for (const s of input.sources) {
      if (!chosen.has(s.id)) continue;
      const turns = input.messages.filter((m) => m.sourceId === s.id);
      out.push(...unitSpans(input.texts.get(s.id) ?? '', turns, unit).map((span) => ({ sourceId: s.id, start: span.start, end: span.end })));
    }
    return out;
  }, [input.sources, input.messages, input.texts, sourceIds, unit]);
  const found = useMemo(() => findDisagreements(units, input.codings, compared, codeIds), [units, input.codings, compared, codeIds]);
  const consensusCodes = (unit: CodingUnit): Id[] =>
    consensus
      ? [...new Set(input.codings.filter((c) => c.coderId === consensus.id && c.sourceId === unit.sourceId && c.start < unit.end && c.end > unit.start).map((c) => c.codeId))]
      : [];

  if (compared.length < 2) return null;
  const coderName = (id: Id) => input.coders.find((c) => c.id === id)?.name ?? '';
  const sourceTitle = (id: Id) => input.sources.find((s) => s.id === id)?.title ?? '';
  const speakerAt = (place: CodingUnit) => input.messages.find((m) => m.sourceId === place.sourceId && m.start <= place.start && place.start < m.end)?.speaker ?? '';
  const names = (ids: Id[]) => (ids.length === 0 ? t('agreement.noCodes') : ids.map((id) => index.paths.get(id) ?? '').join(', '));

  return (
    <section className="card disagreements" aria-labelledby="disagreements-title">
      <h2 id="disagreements-title">{t('agreement.disagreements')}</h2>
      <p className="lead">{t('agreement.disagreementsIntro', { unit: t(`agreement.units.${unit}`) })}</p>
      <p role="status">{found.length === 0 ? t('agreement.noDisagreements') : t('agreement.count', { count: found.length })}</p>
      <ol className="disagreement-list">
        {found.map((d) => {
          const text = input.texts.get(d.unit.sourceId) ?? '';
          const body = text.slice(d.unit.start, d.unit.end);
          const shown = body.length > contextChars ? `${body.slice(0, contextChars)}…` : body;
          const now = consensusCodes(d.unit);
          return (
            <li key={`${d.unit.sourceId}:${d.unit.start}`} className="disagreement">
              <p className="disagreement-where">{t('agreement.unitOf', { source: sourceTitle(d.unit.sourceId), speaker: speakerAt(d.unit) })}</p>
              <blockquote className="disagreement-text">{shown}</blockquote>
              <div className="disagreement-coders">
                {d.codes.map((c) => (
                  <div key={c.coderId} className="disagreement-coder" data-coder={coderName(c.coderId)}>
                    <h3>{coderName(c.coderId)}</h3>
                    <p>{names(c.codeIds)}</p>
                    <button
                      type="button"
                      className="button"
                      title={t('agreement.adoptHint', { name: coderName(c.coderId) })}
                      onClick={() =>
                        void adoptUnit(history, { projectId: project.id, sourceId: d.unit.sourceId, start: d.unit.start, end: d.unit.end, fromCoderId: c.coderId, codeIds }).catch(reportError)
                      }
                    >
                      {t('agreement.adopt', { name: coderName(c.coderId) })}
                    </button>
                  </div>
                ))}
                {consensus && (
                  <div className="disagreement-coder disagreement-consensus" data-coder={consensus.name}>
                    <h3>{t('agreement.consensus')}</h3>
                    <p>{names(now)}</p>
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

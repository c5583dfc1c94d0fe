import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coderKind, type Id, type Project } from '../../../shared/model';
import { consensusCoderOf } from '../../../shared/coders/plan-adopt';
import { useAgreementInput } from '../../store/queries/agreement';
import { CodersPanel } from '../coders/CodersPanel';
import { AgreementChoices, defaultChoices, type Choices } from './AgreementChoices';
import { AgreementResults } from './AgreementResults';
import { DisagreementViewer } from './DisagreementViewer';
import './agreement.css';

/** The Review screen's agreement part: the coders, agreement per code between chosen coders, and their disagreements. */
export function AgreementSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const input = useAgreementInput(project.id);
  const [picked, setPicked] = useState<Choices | null>(null);

  // Until the user picks: every person except the consensus coder.
  const initial = useMemo<Choices | null>(() => {
    if (!input) return null;
    const consensus = consensusCoderOf(input.coders);
    const people = input.coders.filter((c) => coderKind(c) === 'human' && c.id !== consensus?.id).map((c) => c.id);
    // Sources two of them coded: where one coder has not started, every unit would look like a disagreement.
    const codedBy = new Map<Id, Set<Id>>();
    for (const c of input.codings) if (people.includes(c.coderId)) codedBy.set(c.sourceId, (codedBy.get(c.sourceId) ?? new Set()).add(c.coderId));
    const shared = input.sources.filter((s) => (codedBy.get(s.id)?.size ?? 0) >= 2).map((s) => s.id);
    return { ...defaultChoices, coderIds: people, sourceIds: shared.length > 0 ? shared : input.sources.map((s) => s.id) };
  }, [input]);
  const choices = picked ?? initial;

  return (
    <>
      <CodersPanel project={project} />
      {input && choices && (
        <section className="card agreement" aria-labelledby="agreement-title">
          <h2 id="agreement-title">{t('agreement.title')}</h2>
          <p className="lead">{t('agreement.intro')}</p>
          <AgreementChoices input={input} choices={choices} onChange={setPicked} />
          {choices.coderIds.length < 2 ? <p role="status">{t('agreement.pickTwo')}</p> : <AgreementResults input={input} choices={choices} />}
        </section>
      )}
      {input && choices && choices.coderIds.length >= 2 && (
        <DisagreementViewer project={project} input={input} coderIds={choices.coderIds} sourceIds={choices.sourceIds} unit={choices.unit} />
      )}
    </>
  );
}

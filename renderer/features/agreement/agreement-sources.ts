import type { AgreementSource } from '../../../shared/agreement';
import type { AgreementInput } from '../../store/queries/agreement';

/** The project's sources as agreement reads them: current text and message/turn spans. */
export function agreementSources(input: AgreementInput): AgreementSource[] {
  const turns = new Map<string, { start: number; end: number }[]>();
  for (const m of input.messages) {
    const list = turns.get(m.sourceId) ?? [];
    list.push({ start: m.start, end: m.end });
    turns.set(m.sourceId, list);
  }
  return input.sources.map((s) => ({ id: s.id, text: input.texts.get(s.id) ?? '', turns: turns.get(s.id) ?? [] }));
}

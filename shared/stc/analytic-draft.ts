import type { Id } from '../model';
import { paragraphNode, parseMemoState, stateFromPlainText } from '../memos/content';
import { byOrder, type StcRows } from './rows';

/** A rich text as stored: serialised Lexical state and its plain text. */
export interface RichText {
  content: string;
  plainText: string;
}

/**
 * The first draft of a code group's analytic text (step 4): its subgroups' condensates in order,
 * each under its subgroup's name in bold, formatting kept. Malterud builds the analytic text from
 * the condensates; the researcher then rewrites it in the third person. Subgroups with no
 * condensate yet are left out; null when there is nothing to start from.
 */
export function draftFromCondensates(rows: Pick<StcRows, 'subgroups'>, codeGroupId: Id): RichText | null {
  const written = byOrder(rows.subgroups.filter((s) => s.codeGroupId === codeGroupId)).filter((s) => s.plainText.trim());
  if (written.length === 0) return null;
  const bold = 1;
  const children = written.flatMap((s) => {
    const state = parseMemoState(s.content) ?? (JSON.parse(stateFromPlainText(s.plainText.trim())) as NonNullable<ReturnType<typeof parseMemoState>>);
    return [paragraphNode(s.name, bold), ...state.root.children];
  });
  const root = { children, direction: null, format: '', indent: 0, type: 'root', version: 1 };
  return {
    content: JSON.stringify({ root }),
    plainText: written.map((s) => `${s.name}\n\n${s.plainText.trim()}`).join('\n\n'),
  };
}

/** Words in a text, as a writer counts them (runs of letters, digits and joined punctuation between spaces). */
export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length;
}

/**
 * How a condensate's length stands against the meaning units it condenses: a condensate retells
 * them shorter, so one clearly longer than its units (more than 1.2× and over 40 words) gets a
 * gentle hint. Never a rule: a subgroup of one short unit may need a longer condensate.
 */
export type LengthGuide = 'empty' | 'fine' | 'long';

export function lengthGuide(condensateWords: number, unitWords: number): LengthGuide {
  if (condensateWords === 0) return 'empty';
  return condensateWords > 40 && condensateWords > unitWords * 1.2 ? 'long' : 'fine';
}

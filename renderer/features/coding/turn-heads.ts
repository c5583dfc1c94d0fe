import type { TFunction } from 'i18next';
import type { Block } from '../../editor/blocks';
import type { TurnHead } from '../../editor/TurnNode';
import { formatMessageTime, formatNumber } from '../../i18n/format';
import { labelSaysRole, replyDelayText } from './reply-delay';

/**
 * The head of every turn, translated, with the reply delay judged against the project's deadline
 * and the time (a subtitle cue's start and end) written as the user's language writes it.
 */
export function turnHeads(blocks: Block[], deadlineHours: number, t: TFunction, language: string): TurnHead[] {
  return blocks.map((b) => {
    const m = b.message;
    const late = m?.delay?.minHours != null && m.delay.minHours > deadlineHours;
    const roleLabel = m ? t(`import.roles.${m.role}`) : null;
    const delay = m?.delay ? replyDelayText(m.delay, language) : '';
    return {
      index: b.index,
      start: b.start,
      end: b.end,
      speaker: m ? m.speaker : null,
      role: m ? m.role : null,
      roleLabel: m && roleLabel && !labelSaysRole(m.speaker, roleLabel) ? roleLabel : null,
      timestamp: m?.timestamp ? formatMessageTime(m.timestamp, m.timestampEnd, language) : null,
      timestampLabel: m?.timestampEnd ? t('coding.cueTime') : null,
      delayLabel: delay ? `(${delay})` : null,
      lateLabel: late ? t('sources.overDeadline', { hours: formatNumber(deadlineHours, language) }) : null,
      codeTurnLabel: t('coding.codeTurn'),
    };
  });
}

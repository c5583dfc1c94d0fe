import type { TFunction } from 'i18next';
import type { Block } from '../../editor/blocks';
import type { TurnHead } from '../../editor/TurnNode';
import { formatMessageTime } from './media-time';

/**
 * The head of every turn, translated, with the reply delay judged against the project's deadline
 * and the time (a subtitle cue's start and end) written as the user's language writes decimals.
 */
export function turnHeads(blocks: Block[], deadlineHours: number, t: TFunction, language: string): TurnHead[] {
  return blocks.map((b) => {
    const m = b.message;
    const late = m?.delay?.minHours != null && m.delay.minHours > deadlineHours;
    return {
      index: b.index,
      start: b.start,
      end: b.end,
      speaker: m ? m.speaker : null,
      role: m ? m.role : null,
      roleLabel: m ? t(`import.roles.${m.role}`) : null,
      timestamp: m ? formatMessageTime(m.timestamp, m.timestampEnd, language) : null,
      timestampLabel: m?.timestampEnd ? t('coding.cueTime') : null,
      delayLabel: m?.delay ? `(${m.delay.phrase || t('coding.hours', { count: m.delay.minHours ?? 0 })})` : null,
      lateLabel: late ? t('sources.overDeadline', { hours: deadlineHours }) : null,
      codeTurnLabel: t('coding.codeTurn'),
    };
  });
}

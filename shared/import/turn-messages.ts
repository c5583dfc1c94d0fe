import { isUnderstood, parseDelay } from './delays';
import type { ImportedMessage } from './result';
import type { Turn } from './turns';
import { times, type WarningList } from './warnings';

/**
 * Turns → messages with offsets relative to `base` (the start of the source's text), reporting
 * what the user should check: unknown labels, unknown delays, unreadable timestamps, empty
 * messages and text before the first speaker.
 */
export function messagesFromTurns(turns: readonly Turn[], base: number, warnings: WarningList): ImportedMessage[] {
  return turns.map((turn) => {
    const head = turn.head;
    if (!head) {
      warnings.add(
        'text-before-first-speaker',
        turn.line,
        `Text before the first speaker label was kept as a message without a speaker. Add a label (e.g. "Bruker:") if it belongs to someone.`,
      );
    } else {
      if (head.role === null) {
        warnings.addOnce(
          'unknown-speaker-label',
          head.label,
          turn.line,
          { label: head.label },
          (n) =>
            `"${head.label}:" is not a known speaker label${times(n)}. ${n > 1 ? 'Each was' : 'It was'} read as a new message with role "unknown"; give the label a role if it is a speaker.`,
        );
      }
      if (head.unreadableTimestamp !== null) {
        warnings.add(
          'timestamp-unreadable',
          turn.line,
          `"${head.unreadableTimestamp}" looks like a date or time but is not a valid one; the message has no timestamp.`,
          { value: head.unreadableTimestamp },
        );
      }
      if (turn.start === turn.end) {
        warnings.add('empty-message', turn.line, `"${head.label}" has no message text.`, { label: head.label });
      }
    }
    const delay = head?.delayPhrase != null ? parseDelay(head.delayPhrase) : null;
    if (delay && !isUnderstood(delay)) {
      warnings.addOnce(
        'unknown-delay-phrase',
        delay.phrase.toLowerCase(),
        turn.line,
        { phrase: delay.phrase },
        (n) =>
          `The reply delay "(${delay.phrase})" is not understood${times(n)}; it is kept as written with the delay unknown.`,
      );
    }
    return {
      speaker: head?.label ?? '',
      role: head?.role ?? 'unknown',
      delay,
      timestamp: head?.timestamp ?? null,
      timestampEnd: null,
      start: turn.start - base,
      end: turn.end - base,
      line: turn.line,
    };
  });
}

import type { ImportedMessage } from './result';
import { hoursBetween } from './timestamps';

/**
 * Reply delays from absolute timestamps, for messages without a quoted delay. A reply is timed
 * from the first (timestamped) message of the other party's preceding run, because that is how
 * long the first unanswered message waited, which is what an answer deadline is about.
 * The phrase is empty because nobody wrote one.
 */
export function withTimestampDelays(messages: readonly ImportedMessage[]): ImportedMessage[] {
  let runSpeaker: string | null = null;
  let runFirstStamp: string | null = null;
  let previousRunFirstStamp: string | null = null;
  return messages.map((m) => {
    const startsRun = m.speaker !== runSpeaker;
    if (startsRun) {
      previousRunFirstStamp = runFirstStamp;
      runSpeaker = m.speaker;
      runFirstStamp = null;
    }
    runFirstStamp ??= m.timestamp;
    if (!startsRun || m.delay !== null || m.timestamp === null || previousRunFirstStamp === null) return m;
    const hours = hoursBetween(previousRunFirstStamp, m.timestamp);
    if (hours === null || hours < 0) return m;
    return { ...m, delay: { phrase: '', minHours: hours, maxHours: hours } };
  });
}

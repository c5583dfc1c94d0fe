import type { ReplyDelay } from '../model';

export interface DelaySummary {
  /** Messages whose delay was understood. */
  known: number;
  /** Of those, how many were certainly later than the answer deadline. */
  late: number;
  /** Phrases that were not understood, each once. */
  unknownPhrases: string[];
}

/** How the reply delays of a thread came out, measured against the project's answer deadline. */
export function summariseDelays(messages: readonly { delay: ReplyDelay | null }[], deadlineHours: number): DelaySummary {
  let known = 0;
  let late = 0;
  const unknown = new Set<string>();
  for (const { delay } of messages) {
    if (!delay) continue;
    if (delay.minHours === null) {
      unknown.add(delay.phrase);
      continue;
    }
    known++;
    if (delay.minHours > deadlineHours) late++;
  }
  return { known, late, unknownPhrases: [...unknown] };
}

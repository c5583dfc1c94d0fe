import type { SourceKind } from '../model';
import type { ImportedMessage } from './result';

/**
 * Interview or focus group, from who speaks: a moderator, or more than two distinct speakers
 * besides interviewers, makes it a focus group (a paired interview stays an interview).
 */
export function transcriptKind(messages: readonly ImportedMessage[]): SourceKind {
  const speakers = new Set<string>();
  for (const m of messages) {
    if (m.role === 'moderator') return 'focus-group';
    if (m.speaker !== '' && m.role !== 'interviewer') speakers.add(m.speaker);
  }
  return speakers.size > 2 ? 'focus-group' : 'interview';
}

import type { Entity, Id } from './entity';

export type SpeakerRole =
  | 'user'
  | 'caseworker'
  | 'interviewer'
  | 'participant'
  | 'moderator'
  | 'unknown';

/** A relative reply delay as quoted ("to dager etter"), converted to hours. */
export interface ReplyDelay {
  phrase: string;
  /** null when the phrase is not understood (kept as text and reported). */
  minHours: number | null;
  maxHours: number | null;
}

/**
 * One message of a dialogue thread or one turn of a transcript.
 * start/end are UTF-16 offsets into the source text, end exclusive: text.slice(start, end) is the message body.
 */
export interface Message extends Entity {
  sourceId: Id;
  projectId: Id;
  order: number;
  speaker: string;
  role: SpeakerRole;
  delay: ReplyDelay | null;
  /**
   * Absolute time if the file had one (ISO 8601), media time for transcripts ("00:12:05"), or a
   * subtitle cue's start to the millisecond ("00:01:07.250").
   */
  timestamp: string | null;
  /**
   * A subtitle cue's end ("00:01:09.000"), else null. Absent on messages stored before cue ends
   * were kept (no schema version needed: it is not indexed); read it as null.
   */
  timestampEnd?: string | null;
  start: number;
  end: number;
}

import type { Code, Coding, Message } from '../model';

/**
 * The project rows a chart is derived from: the same tables `cli stats` reads from a backup
 * (BackupContents) and the renderer reads through its queries. Messages are optional: only the
 * co-occurrence "same message or turn" option needs them.
 */
export interface ChartRows {
  codes: Code[];
  codings: Coding[];
  sources: { id: string; title: string; order: number }[];
  messages?: Pick<Message, 'sourceId' | 'start' | 'end'>[];
}

import type { Attribute, Code, Coder, Coding, Memo, Source, SourceEdit, SourceText, Theme, ThemeCode } from '../../../model';
import { currentText } from '../../../sources/current-text';
import type { ExchangeProject } from '../../exchange-project';

/** A row that may carry the GUID it came with from a REFI file. */
export type WithGuid<T> = T & { refiGuid?: string };

/**
 * The rows an export reads, typed, with each source's current text (the stored text with its
 * logged typo fixes applied: the text codings point into). Rows come from a backup or the store,
 * already checked (shared/backup/rows.ts), so this only gives them their types.
 */
export interface ExportView {
  name: string;
  description: string;
  createdAt: string;
  updatedAt: string;
  sources: WithGuid<Source>[];
  texts: Map<string, string>;
  codes: WithGuid<Code>[];
  codings: WithGuid<Coding>[];
  memos: WithGuid<Memo>[];
  coders: WithGuid<Coder>[];
  attributes: WithGuid<Attribute>[];
  themes: Theme[];
  themeCodes: ThemeCode[];
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function exportView(project: ExchangeProject): ExportView {
  const t = project.tables;
  const edits = new Map<string, SourceEdit[]>();
  for (const edit of (t.sourceEdits ?? []) as unknown as SourceEdit[]) {
    const list = edits.get(edit.sourceId);
    if (list) list.push(edit);
    else edits.set(edit.sourceId, [edit]);
  }
  const texts = new Map<string, string>();
  for (const row of (t.sourceTexts ?? []) as unknown as SourceText[])
    texts.set(row.sourceId, currentText(row, edits.get(row.sourceId) ?? []));
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    name: str(project.project.name),
    description: str(project.project.description),
    createdAt: str(project.project.createdAt),
    updatedAt: str(project.project.updatedAt),
    sources: ([...(t.sources ?? [])] as unknown as Source[]).sort(byOrder),
    texts,
    codes: (t.codes ?? []) as unknown as Code[],
    codings: (t.codings ?? []) as unknown as Coding[],
    memos: (t.memos ?? []) as unknown as Memo[],
    coders: (t.coders ?? []) as unknown as Coder[],
    attributes: ([...(t.attributes ?? [])] as unknown as Attribute[]).sort(byOrder),
    themes: ([...(t.themes ?? [])] as unknown as Theme[]).sort(byOrder),
    themeCodes: (t.themeCodes ?? []) as unknown as ThemeCode[],
  };
}

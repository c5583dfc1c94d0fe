import type { SpeakerRole } from '../../../shared/model';
import { sourceOrigin } from '../../../shared/import/origin';
import { listSpeakers, type CaseAttributeMatch, type CaseSource, type ImportFileResult, type ImportedSource } from '../../../shared/import';
import { mergeThreads } from '../../../shared/import/merge-threads';
import { applyAnonymisation, remapRanges, type Hit } from '../../../shared/anonymise';
import type { PreparedSource } from '../../store/repositories/sources';
import type { FileFailure } from './worker-protocol';

/** What the user may still change about one parsed source before it is written. */
export interface SourceChoice {
  title: string;
  include: boolean;
  attributes: Record<string, string>;
}

/** Personal data found in one source and which hits the user rejected (kept as written). */
export interface AnonymisationChoice {
  names: string[];
  hits: Hit[][];
  /** Rejected hits as `${sourceIndex}/${hit.id}` (hit ids are unique within one source only). */
  rejected: string[];
}

export interface FileEntry {
  key: string;
  name: string;
  sizeBytes: number;
  status: 'queued' | 'parsed' | 'failed';
  result?: ImportFileResult;
  failure?: FileFailure;
  /** The project already holds a file with the same SHA-256. */
  duplicate: boolean;
  include: boolean;
  roleOverrides: Record<string, SpeakerRole>;
  /** false = one source for the whole file instead of one per thread. */
  splitThreads: boolean;
  sources: SourceChoice[];
  anonymisation: AnonymisationChoice | null;
}

export function queuedEntry(key: string, name: string, sizeBytes: number): FileEntry {
  return {
    key,
    name,
    sizeBytes,
    status: 'queued',
    duplicate: false,
    include: true,
    roleOverrides: {},
    splitThreads: true,
    sources: [],
    anonymisation: null,
  };
}

/** Whether another file of the batch is read or still being read, i.e. may still be imported. */
export function othersImportable(entries: readonly FileEntry[], entry: FileEntry): boolean {
  return entries.some((e) => e.key !== entry.key && e.status !== 'failed');
}

/**
 * Flags files whose bytes the project already holds, or that an earlier file in the same preview
 * has, and leaves them out (the user may tick them back in). Entries already flagged stay as they are.
 */
export function markDuplicates(entries: FileEntry[], projectHashes: ReadonlySet<string>): FileEntry[] {
  const seen = new Set<string>();
  return entries.map((e) => {
    const hash = e.result?.sha256;
    if (!hash) return e;
    const duplicate = projectHashes.has(hash) || seen.has(hash);
    seen.add(hash);
    return duplicate && !e.duplicate ? { ...e, duplicate, include: false } : e;
  });
}

/** The sources the entry will produce with its current thread choice (before role/anonymisation). */
export function entrySources(entry: FileEntry): ImportedSource[] {
  const parsed = entry.result?.sources ?? [];
  if (entry.splitThreads || parsed.length <= 1) return parsed;
  return [mergeThreads(parsed, titleFromFile(entry.name))];
}

export function hitKey(sourceIndex: number, hit: Hit): string {
  return `${sourceIndex}/${hit.id}`;
}

export function titleFromFile(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function defaultChoices(sources: ImportedSource[]): SourceChoice[] {
  return sources.map((s) => ({ title: s.title, include: true, attributes: { ...s.attributes } }));
}

/** Applies the preview's choices and turns an entry into sources ready for the store. */
export function prepareEntry(entry: FileEntry, importedAt: string): PreparedSource[] {
  if (entry.status !== 'parsed' || !entry.result || !entry.include) return [];
  const result = entry.result;
  const rejected = new Set(entry.anonymisation?.rejected ?? []);
  return entrySources(entry).flatMap((source, index) => {
    const choice = entry.sources[index];
    if (choice && !choice.include) return [];
    const withRoles = source.messages.map((m) => ({ ...m, role: entry.roleOverrides[m.speaker] ?? m.role }));
    const accepted = (entry.anonymisation?.hits[index] ?? []).filter((h) => !rejected.has(hitKey(index, h)));
    const anonymised =
      accepted.length > 0
        ? applyAnonymisation(source.text, accepted, withRoles)
        : { text: source.text, messages: withRoles, records: [], offsetMap: [] };
    const preamble = source.preamble && remapRanges([source.preamble], anonymised.offsetMap)[0]!;
    const origin = sourceOrigin(result, importedAt, anonymised.records);
    return [
      {
        title: choice?.title ?? source.title,
        kind: source.kind,
        text: anonymised.text,
        messages: anonymised.messages,
        preamble,
        origin,
        attributes: choice?.attributes ?? source.attributes,
      },
    ];
  });
}

export function prepareBatch(entries: FileEntry[], importedAt: string): PreparedSource[] {
  return entries.flatMap((e) => prepareEntry(e, importedAt));
}

/** One source of the preview, as case-attribute matching sees it. */
export interface CaseTarget {
  entryKey: string;
  index: number;
  title: string;
  source: CaseSource;
}

/**
 * The preview's sources (files included and parsed), each answering to its title as edited, its
 * title as parsed, and its file name with and without extension.
 */
export function caseTargets(entries: readonly FileEntry[]): CaseTarget[] {
  return entries.flatMap((entry) => {
    if (entry.status !== 'parsed' || !entry.include) return [];
    return entrySources(entry).map((source, index) => {
      const title = entry.sources[index]?.title ?? source.title;
      return {
        entryKey: entry.key,
        index,
        title,
        source: {
          names: [title, source.title, entry.name, titleFromFile(entry.name)],
          speakers: listSpeakers([source]).map((s) => s.speaker),
        },
      };
    });
  });
}

/** Sets the matched values on each target's attributes (a value from the table wins over one already there). */
export function applyCaseAttributes(
  entries: readonly FileEntry[],
  targets: readonly CaseTarget[],
  match: CaseAttributeMatch,
): FileEntry[] {
  return entries.map((entry) => {
    const mine = targets.flatMap((t, i) => (t.entryKey === entry.key && match.matchedBy[i] ? [{ t, values: match.attributes[i]! }] : []));
    if (mine.length === 0) return entry;
    const sources = entry.sources.map((choice, index) => {
      const found = mine.find((m) => m.t.index === index);
      return found ? { ...choice, attributes: { ...choice.attributes, ...found.values } } : choice;
    });
    return { ...entry, sources };
  });
}

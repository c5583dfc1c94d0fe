import type { Attribute, Code, Coder, Coding, Id, Memo, Message, PlanContext, Planned, Source, SourceEdit, SourceText, Write } from '../../model';
import type { ExchangeProject } from '../exchange-project';
import { matchCoders } from './match-coders';
import { matchCodes } from './match-codes';
import { matchSources } from './match-sources';
import { codingIndex, codingKey, mergeCodings } from './merge-codings';
import { mergeMemos } from './merge-memos';
import type { CoderSummary, LeftOutReason, MergeOptions, MergeSummary, OurRows } from './merge-types';

/** Their STC and thematic work: tied to their own reading and grouping, so not merged (listed instead). */
const analysisTables = [
  'analysisSteps',
  'readMarks',
  'preliminaryThemes',
  'meaningUnits',
  'codeGroups',
  'subgroups',
  'placements',
  'goldenQuotes',
  'analyticTexts',
  'themes',
  'themeCodes',
  'themeLinks',
  'themeQuotes',
] as const;

/**
 * Merges another coder's project (a Kodebok backup or a REFI-QDA project, as rows) into the open
 * one, as plain writes for ONE undoable step and a summary for the preview. Nothing of ours is
 * overwritten or removed: their coders are kept as coders, their codings under their coder (so
 * agreement can be computed afterwards; the same code, range and coder is one coding, not two),
 * their memos under their name. Codes are matched by GUID, path and name, sources by content
 * (match-codes.ts, match-sources.ts); every disagreement is a conflict in the summary with what
 * the merge does about it, which `options.resolutions` may change. Merging the same file twice
 * adds nothing the second time.
 */
export function planMerge(ours: OurRows, theirs: ExchangeProject, at: PlanContext, options: MergeOptions = {}): Planned<MergeSummary> {
  const { projectId } = ours;
  const resolutions = options.resolutions ?? {};
  const t = theirs.tables;
  const rows = <T>(list: unknown[]) => list as T[];
  const theirCodings = rows<Coding>(t.codings);
  // Rows from another tool may lack fields the store always has: read those as empty.
  const theirMemos = rows<Memo>(t.memos).map((m) => ({ ...m, title: m.title ?? '', content: m.content ?? '', plainText: m.plainText ?? '' }));
  const theirCoders = rows<Coder>(t.coders).map((c) => ({ ...c, name: c.name ?? '', color: c.color ?? '', createdAt: c.createdAt ?? '' }));
  const theirEdits = rows<SourceEdit>(t.sourceEdits);
  const theirProjectName = String(theirs.project.name ?? '');

  const referenced = [
    ...theirCodings.flatMap((c) => [c.coderId || c.authorId]),
    ...theirMemos.map((m) => m.authorId),
    ...theirEdits.map((e) => e.authorId),
  ];
  const coders = matchCoders(ours.coders, theirCoders, referenced, { projectId, theirProjectName, resolutions }, at);
  let fallbackCoder: Id | undefined;
  const coderOf = (id: Id | undefined): Id => {
    const mapped = id ? coders.map.get(id) : undefined;
    if (mapped) return mapped;
    fallbackCoder ??= coders.map.values().next().value ?? [...coders.coders.keys()][0]!;
    return fallbackCoder;
  };

  const sources = matchSources(
    ours,
    {
      sources: rows<Source>(t.sources),
      sourceTexts: rows<SourceText>(t.sourceTexts),
      sourceEdits: theirEdits,
      messages: rows<Message>(t.messages),
      attributes: rows<Attribute>(t.attributes),
    },
    { label: coders.label, coders: coders.map, fallbackCoder: () => coderOf(undefined), resolutions },
    at,
  );

  // Sources before codes: a code's default may depend on where their codings already are.
  const existing = codingIndex(ours.codings);
  const theirCodingsOf = new Map<Id, Coding[]>();
  for (const c of theirCodings) {
    const list = theirCodingsOf.get(c.codeId);
    if (list) list.push(c);
    else theirCodingsOf.set(c.codeId, [c]);
  }
  const mergedOnto = (theirCodeId: Id, ourCodeId: Id) =>
    (theirCodingsOf.get(theirCodeId) ?? []).some((c) => {
      const sourceId = sources.map.get(c.sourceId);
      return sourceId !== undefined && existing.has(codingKey({ sourceId, codeId: ourCodeId, coderId: coderOf(c.coderId || c.authorId), start: c.start, end: c.end }));
    });
  const codes = matchCodes(ours.codes, ours.codings, rows<Code>(t.codes), { projectId, label: coders.label, resolutions, mergedOnto }, at);

  const leftOut = new Map<LeftOutReason, number>();
  const leave = (reason: LeftOutReason, count = 1) => leftOut.set(reason, (leftOut.get(reason) ?? 0) + count);
  if (sources.withoutText > 0) leave('source-without-text', sources.withoutText);
  const perCoder = new Map<Id, CoderSummary>();
  const summaryOf = (coderId: Id): CoderSummary => {
    let s = perCoder.get(coderId);
    if (!s) {
      const coder = coders.coders.get(coderId);
      s = { coderId, name: coder?.name ?? '', isNew: coders.isNew.has(coderId), codingsAdded: 0, codingsAlreadyThere: 0, memosAdded: 0 };
      perCoder.set(coderId, s);
    }
    return s;
  };
  for (const id of coders.map.values()) summaryOf(id);

  const codings = mergeCodings(
    theirCodings,
    {
      projectId,
      existing,
      sources,
      codes: codes.map,
      coderOf,
      leave,
      tally: (coderId, outcome) => {
        if (outcome === 'added') summaryOf(coderId).codingsAdded += 1;
        else summaryOf(coderId).codingsAlreadyThere += 1;
      },
    },
    at,
  );
  const targetOf = (m: Memo): Id | undefined =>
    m.targetKind === 'project'
      ? projectId
      : m.targetKind === 'source'
        ? sources.map.get(m.targetId)
        : m.targetKind === 'code'
          ? codes.map.get(m.targetId)
          : codings.map.get(m.targetId);
  const memos = mergeMemos(
    ours.memos,
    theirMemos,
    {
      projectId,
      targetOf,
      coderOf,
      coderName: (coderId) => coders.coders.get(coderId)?.name ?? coders.label,
      heading: options.memoHeading ?? ((name: string) => `${name}:`),
      leave,
      tally: (coderId) => (summaryOf(coderId).memosAdded += 1),
    },
    at,
  );
  // Parents before the rows that point at them: coders, codes, sources (with attributes, texts,
  // turns and fixes), codings, memos.
  const writes: Write[] = [...coders.writes, ...codes.writes, ...sources.writes, ...codings.writes, ...memos.writes];

  const analysisRows = analysisTables.reduce((n, table) => n + (t[table]?.length ?? 0), 0);
  if (analysisRows > 0) leave('analysis-rows', analysisRows);

  const ourCoderIds = new Set([...coders.map.values()]);
  return {
    writes,
    value: {
      theirProjectName,
      coders: [...perCoder.values()].filter((s) => ourCoderIds.has(s.coderId)),
      codes: { added: codes.added, matched: codes.matched, updated: codes.updated },
      sources: { added: sources.added, matched: sources.matched, skipped: sources.skipped.size - sources.withoutText },
      codings: { added: codings.added, alreadyThere: codings.alreadyThere },
      memos: { added: memos.added, appended: memos.appended, alreadyThere: memos.alreadyThere },
      conflicts: [...coders.conflicts, ...codes.conflicts, ...sources.conflicts],
      leftOut: [...leftOut].map(([reason, count]) => ({ reason, count })),
      nothingNew: writes.length === 0,
    },
  };
}

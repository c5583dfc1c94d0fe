import type { Attribute, Code, Coder, Coding, Id, Memo, Source, SourceEdit, SourceText } from '../../model';

/** The open project's rows a merge reads (renderer/store/commands/merge.ts reads them in one go). */
export interface OurRows {
  projectId: Id;
  sources: Source[];
  sourceTexts: SourceText[];
  sourceEdits: SourceEdit[];
  codes: Code[];
  codings: Coding[];
  coders: Coder[];
  memos: Memo[];
  attributes: Attribute[];
}

/**
 * Something the two projects disagree on, listed in the preview with what the merge will do about
 * it (`action`, one of `actions`; the user may pick another before merging). `id` is stable for
 * the same two projects, so a choice made in the preview is handed back by it.
 */
export type MergeConflict =
  | {
      id: string;
      /** Matched by GUID, path or name, but the two definitions (criteria, examples) differ. */
      kind: 'definition';
      name: string;
      ourPath: string;
      theirPath: string;
      /** What their version is called if it is added as a code of its own. */
      newName: string;
      /** Whether our code had no definition at all (then theirs may simply be taken in). */
      oursEmpty: boolean;
      action: DefinitionAction;
      actions: DefinitionAction[];
    }
  | {
      id: string;
      /** Matched by GUID or by name, but it sits under another parent in their codebook. */
      kind: 'moved';
      name: string;
      ourPath: string;
      theirPath: string;
      action: 'keep-ours';
      actions: ['keep-ours'];
    }
  | {
      id: string;
      /** Our code with codings that their project does not have (deleted there, or added here since). */
      kind: 'missing';
      name: string;
      ourPath: string;
      codings: number;
      action: 'keep-ours';
      actions: ['keep-ours'];
    }
  | { id: string; kind: 'source-added'; title: string; action: SourceAction; actions: SourceAction[] }
  | {
      id: string;
      /** Same title or same original file as one of ours, but the text differs (a typo fix, another transcript). */
      kind: 'source-differs';
      title: string;
      newTitle: string;
      action: SourceAction;
      actions: SourceAction[];
    }
  | {
      id: string;
      /** Their coder has the name of the coder this project codes as: the same person, or two "Koder 1"? */
      kind: 'coder-same-name';
      name: string;
      newName: string;
      action: CoderAction;
      actions: CoderAction[];
    };

export type DefinitionAction = 'add-theirs' | 'keep-ours' | 'use-theirs';
export type SourceAction = 'add' | 'skip';
export type CoderAction = 'same-coder' | 'separate';
export type ConflictAction = MergeConflict['action'];
export type ConflictKind = MergeConflict['kind'];

export interface MergeOptions {
  /** Choices made in the preview, by conflict id; a conflict not named gets its default action. */
  resolutions?: Record<string, ConflictAction>;
  /** The bold line above a memo of theirs appended to one of ours; names whose it is. */
  memoHeading?: (coderName: string) => string;
}

/** What one of their coders brings, under the coder it is kept as here. */
export interface CoderSummary {
  /** Our coder id after the merge (new or matched). */
  coderId: Id;
  name: string;
  isNew: boolean;
  codingsAdded: number;
  codingsAlreadyThere: number;
  memosAdded: number;
}

/** The preview: what will be added, per coder, and every conflict with what will be done about it. */
export interface MergeSummary {
  theirProjectName: string;
  coders: CoderSummary[];
  codes: { added: number; matched: number; updated: number };
  sources: { added: number; matched: number; skipped: number };
  codings: { added: number; alreadyThere: number };
  memos: { added: number; appended: number; alreadyThere: number };
  conflicts: MergeConflict[];
  /** Rows of theirs left out, by reason (a skipped source's codings, a coding outside its text…). */
  leftOut: { reason: LeftOutReason; count: number }[];
  /** True when the merge would write nothing: everything of theirs is here already. */
  nothingNew: boolean;
}

export type LeftOutReason =
  | 'coding-of-skipped-source'
  | 'coding-outside-text'
  | 'coding-missing-code'
  | 'source-without-text'
  | 'memo-missing-target'
  | 'analysis-rows';

import type { Id, IsoDateTime, PlanContext, Planned, Write } from '../model';
import type { CodeTextField } from './snapshot';

/** What a review comment is about: a code as a whole, one of its text fields, or one coding. */
export type CommentTarget =
  | { kind: 'code'; codeId: Id }
  | { kind: 'definition'; codeId: Id; field: CodeTextField }
  | { kind: 'coding'; codingId: Id; codeId: Id };

/** A comment in a thread: `replyTo` null starts the thread; resolving applies to the thread's first comment. */
export interface ReviewComment {
  id: Id;
  projectId: Id;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  target: CommentTarget;
  replyTo: Id | null;
  author: string;
  text: string;
  resolved: boolean;
}

export interface NewComment {
  projectId: Id;
  target: CommentTarget;
  replyTo?: Id | null;
  author: string;
  text: string;
}

export function planAddComment(input: NewComment, at: PlanContext): Planned<ReviewComment> {
  const row: ReviewComment = {
    id: at.newId(),
    projectId: input.projectId,
    createdAt: at.now,
    updatedAt: at.now,
    target: input.target,
    replyTo: input.replyTo ?? null,
    author: input.author.trim(),
    text: input.text.trim(),
    resolved: false,
  };
  return { writes: [{ op: 'put', table: 'reviewComments', projectId: row.projectId, row }], value: row };
}

/** Resolve or reopen a thread: the flag lives on the comment that started it. */
export function planResolveThread(comments: readonly ReviewComment[], commentId: Id, resolved: boolean, at: PlanContext): Write[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  let root = byId.get(commentId);
  const seen = new Set<Id>();
  while (root?.replyTo && !seen.has(root.id)) {
    seen.add(root.id);
    root = byId.get(root.replyTo) ?? root;
    if (seen.has(root.id)) break;
  }
  if (!root || root.resolved === resolved) return [];
  return [{ op: 'update', table: 'reviewComments', projectId: root.projectId, key: root.id, patch: { resolved, updatedAt: at.now } }];
}

export interface CommentThread {
  root: ReviewComment;
  replies: ReviewComment[];
}

/** Comments grouped into threads, oldest first; a reply whose parent is gone starts its own thread. */
export function threadComments(comments: readonly ReviewComment[]): CommentThread[] {
  const ids = new Set(comments.map((c) => c.id));
  const byTime = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const rootOf = (c: ReviewComment): Id => {
    let current = c;
    const seen = new Set<Id>();
    while (current.replyTo && ids.has(current.replyTo) && !seen.has(current.id)) {
      seen.add(current.id);
      current = comments.find((x) => x.id === current.replyTo)!;
    }
    return current.id;
  };
  const threads = new Map<Id, CommentThread>();
  for (const c of byTime) {
    const root = rootOf(c);
    if (root === c.id) threads.set(c.id, { root: c, replies: [] });
  }
  for (const c of byTime) {
    const root = rootOf(c);
    if (root !== c.id) threads.get(root)?.replies.push(c);
  }
  return [...threads.values()];
}

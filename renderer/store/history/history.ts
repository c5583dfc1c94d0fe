import type { KodebokDb } from '../db';
import { projectScope } from './apply-writes';
import { applyChanges, foldChanges, StaleHistoryError, type Change } from './change';
import { ChangeRecorder } from './recorder';

/** What a step is called in Edit ▸ Undo …: an i18n key under `history.` and its values. */
export interface StepLabel {
  key: string;
  values?: Record<string, string | number>;
}

export interface HistoryStep {
  label: StepLabel;
  changes: Change[];
  at: number;
  /** Steps with the same key made within {@link coalesceMs} become one (typing in a memo). */
  coalesceKey?: string;
}

export interface HistorySnapshot {
  undo: StepLabel | null;
  redo: StepLabel | null;
}

export interface RunOptions {
  coalesceKey?: string;
}

const coalesceMs = 4000;

/**
 * The command layer: every change to a project (coding, codebook, memo, attribute, transcript
 * fix) runs through {@link run} as ONE Dexie transaction that records what it changed. Undo and
 * redo replay those records in their own transactions, so a reload at any moment finds either the
 * whole step or none of it. Steps are queued, so quick key presses never interleave.
 */
export class History {
  private done: HistoryStep[] = [];
  private undone: HistoryStep[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private listeners = new Set<() => void>();
  private snapshot: HistorySnapshot = { undo: null, redo: null };

  constructor(
    /** The store the steps are written to; commands read from it before they plan. */
    readonly db: KodebokDb,
    private readonly options: { limit?: number; now?: () => number } = {},
  ) {}

  /**
   * `label` may be read from the store (a name): as a function it is read in the step's turn in the
   * queue, so an undo pressed meanwhile cannot slip in before the step it should undo.
   */
  run<T>(labelOf: StepLabel | (() => Promise<StepLabel>), write: (recorder: ChangeRecorder) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.enqueue(async () => {
      const label = typeof labelOf === 'function' ? await labelOf() : labelOf;
      const recorder = new ChangeRecorder(this.db);
      // The scope must itself be an async function: only then does Dexie carry the transaction
      // through awaits of our own async helpers (a plain arrow returning their promise loses it
      // after a few levels, and later writes would run outside the step; see atomic.test.ts).
      const result = await this.db.transaction('rw', this.tables(), async () => await write(recorder));
      if (recorder.changes.length === 0) return result;
      const at = this.now();
      const last = this.done[this.done.length - 1];
      if (options.coalesceKey && last?.coalesceKey === options.coalesceKey && at - last.at < coalesceMs) {
        last.changes = foldChanges(last.changes, recorder.changes);
        last.at = at;
        if (last.changes.length === 0) this.done.pop();
      } else {
        this.done.push({ label, changes: recorder.changes, at, coalesceKey: options.coalesceKey });
        if (this.done.length > (this.options.limit ?? 500)) this.done.shift();
      }
      this.undone = [];
      this.changed();
      return result;
    });
  }

  /** Undoes the last step; resolves with it, or null when there is nothing to undo. */
  undo(): Promise<HistoryStep | null> {
    return this.enqueue(() => this.replay(this.done, this.undone, 'backward'));
  }

  redo(): Promise<HistoryStep | null> {
    return this.enqueue(() => this.replay(this.undone, this.done, 'forward'));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): HistorySnapshot => this.snapshot;

  private async replay(from: HistoryStep[], to: HistoryStep[], direction: 'forward' | 'backward') {
    const step = from[from.length - 1];
    if (!step) return null;
    try {
      await this.db.transaction('rw', this.tables(), async () => await applyChanges(this.db, step.changes, direction));
    } catch (error) {
      // A step that no longer fits the data cannot be replayed later either.
      if (error instanceof StaleHistoryError) {
        from.pop();
        this.changed();
      }
      throw error;
    }
    from.pop();
    to.push({ ...step, coalesceKey: undefined });
    this.changed();
    return step;
  }

  private tables() {
    return projectScope(this.db);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private changed() {
    this.snapshot = {
      undo: this.done[this.done.length - 1]?.label ?? null,
      redo: this.undone[this.undone.length - 1]?.label ?? null,
    };
    for (const listener of this.listeners) listener();
  }
}

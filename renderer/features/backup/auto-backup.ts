/** Timers the scheduler uses; the page's own unless a test drives a fake clock. */
export interface SchedulerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export interface AutoBackupOptions {
  /** Writes one project's backup; a rejection is reported and the project stays due. */
  write(projectId: string): Promise<void>;
  onError?(error: unknown, projectId: string): void;
  /** At most one automatic backup of a project per this many ms while the user keeps working. */
  intervalMs?: number;
  /** After a first change, wait this long so a burst of edits ends up in one backup. */
  quietMs?: number;
  clock?: SchedulerClock;
}

interface ProjectState {
  dirty: boolean;
  timer: unknown;
  lastWrittenAt: number;
}

const browserClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (timer) => window.clearTimeout(timer as number),
};

/**
 * Decides when the open project is backed up automatically: a change makes the project due; its
 * backup is written a little after the first change ({@link AutoBackupOptions.quietMs}), and never
 * sooner than {@link AutoBackupOptions.intervalMs} after its previous one, so a long working
 * session leaves one backup per ten minutes, not one per keystroke. `flush` writes whatever is due
 * at once (the window is closing). Writes run one at a time.
 */
export class AutoBackupScheduler {
  private readonly projects = new Map<string, ProjectState>();
  private queue: Promise<void> = Promise.resolve();
  private readonly intervalMs: number;
  private readonly quietMs: number;
  private readonly clock: SchedulerClock;
  private disposed = false;

  constructor(private readonly options: AutoBackupOptions) {
    this.intervalMs = options.intervalMs ?? 10 * 60_000;
    this.quietMs = options.quietMs ?? 30_000;
    this.clock = options.clock ?? browserClock;
  }

  /** Something in the project changed. */
  changed(projectId: string): void {
    if (this.disposed) return;
    const state = this.state(projectId);
    state.dirty = true;
    if (state.timer !== null) return;
    const now = this.clock.now();
    const delay = Math.max(this.quietMs, state.lastWrittenAt + this.intervalMs - now);
    state.timer = this.clock.setTimeout(() => {
      state.timer = null;
      void this.writeIfDue(projectId);
    }, delay);
  }

  /** Writes every due project now; resolves when all writes (including ones under way) are done. */
  async flush(): Promise<void> {
    for (const [projectId, state] of this.projects) {
      if (state.timer !== null) {
        this.clock.clearTimeout(state.timer);
        state.timer = null;
      }
      if (state.dirty) void this.writeIfDue(projectId);
    }
    await this.queue;
  }

  /** True while a project has changes no backup holds yet. */
  isDue(projectId: string): boolean {
    return this.projects.get(projectId)?.dirty ?? false;
  }

  dispose(): void {
    this.disposed = true;
    for (const state of this.projects.values()) if (state.timer !== null) this.clock.clearTimeout(state.timer);
    this.projects.clear();
  }

  private writeIfDue(projectId: string): Promise<void> {
    const run = async () => {
      const state = this.state(projectId);
      if (!state.dirty) return;
      // Changes made while this backup is written make the project due again.
      state.dirty = false;
      state.lastWrittenAt = this.clock.now();
      try {
        await this.options.write(projectId);
      } catch (error) {
        state.dirty = true;
        this.options.onError?.(error, projectId);
      }
    };
    this.queue = this.queue.then(run);
    return this.queue;
  }

  private state(projectId: string): ProjectState {
    let state = this.projects.get(projectId);
    if (!state) {
      state = { dirty: false, timer: null, lastWrittenAt: -Infinity };
      this.projects.set(projectId, state);
    }
    return state;
  }
}

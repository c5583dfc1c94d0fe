import type { FileFailure, ParseEvent, ParseFile, ParseReply, ParseRequest, WorkerFailureCode } from './worker-protocol';

/** What a parse worker tells the supervisor: an answer, or that it is broken (error, unreadable message). */
export interface WorkerListener {
  reply(reply: ParseReply): void;
  crashed(): void;
}

/** The part of a Web Worker the supervisor uses, so tests can hand it a fake. */
export interface ParseWorker {
  postMessage(request: ParseRequest): void;
  terminate(): void;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SupervisorOptions {
  createWorker: (listener: WorkerListener) => ParseWorker;
  /** How long one file may take before its worker is stopped (default {@link parseBudgetMs}). */
  budgetMs?: (file: ParseFile) => number;
  timers?: Timers;
}

export interface ParseJob {
  /** Resolves when every file is parsed (or failed); rejects with 'cancelled' after cancel(). */
  done: Promise<void>;
  cancel(): void;
}

const megabyte = 1024 * 1024;

/**
 * 30 s plus 10 s per MB: far more than any parser needs on a working file (a 5 MB transcript
 * parses in well under a second), so only a file that makes the parser spin is stopped.
 */
export function parseBudgetMs(file: Pick<ParseFile, 'bytes'>): number {
  return 30_000 + Math.ceil((10_000 * file.bytes.byteLength) / megabyte);
}

const globalTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const workerMessages: Record<WorkerFailureCode, string> = {
  'worker-crashed': 'The import worker stopped while reading this file.',
  'worker-timeout': 'Reading this file took too long and was stopped.',
};

/**
 * Parses files one at a time in a worker, and never waits forever: a worker that throws, sends
 * something unreadable, or does not answer within the file's budget is terminated, its file is
 * marked failed with a code the UI translates, and a fresh worker takes the next file. Events
 * arrive in file order; a 'progress' event for every file, so the UI's count moves on after a crash.
 */
export function superviseParse(files: readonly ParseFile[], onEvent: (event: ParseEvent) => void, options: SupervisorOptions): ParseJob {
  const budgetMs = options.budgetMs ?? parseBudgetMs;
  const timers = options.timers ?? globalTimers;
  let worker: ParseWorker | null = null;
  let timer: unknown = null;
  let index = -1;
  let over = false;
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));

  const stop = () => {
    over = true;
    if (timer !== null) timers.clear(timer);
    timer = null;
    worker?.terminate();
    worker = null;
  };

  const next = () => {
    index += 1;
    if (index >= files.length) {
      stop();
      onEvent({ type: 'done' });
      settle.resolve();
      return;
    }
    const file = files[index]!;
    onEvent({ type: 'progress', index, total: files.length, fileName: file.name });
    try {
      worker ??= spawn();
    } catch {
      // The worker script could not even start (e.g. blocked): this file fails, the next tries again.
      fail('worker-crashed');
      return;
    }
    const budget = budgetMs(file);
    timer = timers.set(() => fail('worker-timeout', { seconds: Math.round(budget / 1000) }), budget);
    try {
      worker.postMessage({ index, file });
    } catch {
      // The bytes could not be sent (e.g. a detached buffer): the worker never saw this file.
      fail('worker-crashed');
    }
  };

  /** The worker that was reading files[index] is of no more use: stop it and go on without it. */
  const fail = (code: WorkerFailureCode, params: Record<string, number> = {}) => {
    if (over) return;
    const file = files[index]!;
    if (timer !== null) timers.clear(timer);
    timer = null;
    worker?.terminate();
    worker = null;
    const failure: FileFailure = {
      reason: 'internal',
      message: workerMessages[code],
      line: null,
      hint: '',
      code,
      params: { file: file.name, ...params },
    };
    onEvent({ type: 'failed', index, fileName: file.name, failure });
    next();
  };

  function spawn(): ParseWorker {
    // Events from a worker already replaced (queued before terminate took effect) are ignored.
    const current = () => !over && worker === created;
    const created = options.createWorker({
      reply(reply) {
        if (!current() || reply.index !== index) return;
        if (timer !== null) timers.clear(timer);
        timer = null;
        onEvent(reply);
        next();
      },
      crashed() {
        if (current()) fail('worker-crashed');
      },
    });
    return created;
  }

  next();
  return {
    done,
    cancel: () => {
      if (over) return;
      stop();
      settle.reject(new Error('cancelled'));
    },
  };
}

import { describe, expect, it } from 'vitest';
import { parseBudgetMs, superviseParse, type ParseWorker, type Timers, type WorkerListener } from '../../../renderer/features/import/parse-supervisor';
import type { ParseEvent, ParseFile, ParseRequest } from '../../../renderer/features/import/worker-protocol';
import type { ImportFileResult } from '../../../shared/import';

/** A worker that answers only when the test says so. */
class FakeWorker implements ParseWorker {
  readonly requests: ParseRequest[] = [];
  terminated = false;
  constructor(readonly listener: WorkerListener) {}
  postMessage(request: ParseRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the request it is on, as the real worker does after parsing. */
  answer(request = this.requests.at(-1)!) {
    this.listener.reply({ type: 'parsed', index: request.index, result: { sha256: request.file.name } as ImportFileResult });
  }
}

/** Timers that fire only when the test fires them: no waiting, no clock. */
class ManualTimers implements Timers {
  private nextHandle = 1;
  readonly pending = new Map<number, { callback: () => void; ms: number }>();
  set(callback: () => void, ms: number) {
    const handle = this.nextHandle++;
    this.pending.set(handle, { callback, ms });
    return handle;
  }
  clear(handle: unknown) {
    this.pending.delete(handle as number);
  }
  /** The budget runs out for the file being read. */
  expire() {
    expect(this.pending.size).toBe(1);
    const [handle, { callback }] = [...this.pending][0]!;
    this.pending.delete(handle);
    callback();
  }
}

const file = (name: string, size = 10): ParseFile => ({ name, bytes: new Uint8Array(size) });
const batch = [file('intervju-kari.txt'), file('dialog-ola.txt'), file('fokusgruppe.txt')];

function supervise(files: ParseFile[] = batch, options: { budgetMs?: (f: ParseFile) => number; failToStart?: number } = {}) {
  const workers: FakeWorker[] = [];
  const events: ParseEvent[] = [];
  const timers = new ManualTimers();
  let starts = 0;
  const job = superviseParse(files, (event) => events.push(event), {
    createWorker: (listener) => {
      if (starts++ === options.failToStart) throw new Error('Worker script blocked');
      const worker = new FakeWorker(listener);
      workers.push(worker);
      return worker;
    },
    timers,
    ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}),
  });
  const outcome = job.done.then(
    () => 'done',
    (error: Error) => error.message,
  );
  const current = () => workers.at(-1)!;
  const summary = () =>
    events.map((e) =>
      e.type === 'progress'
        ? `reading ${e.index + 1}/${e.total}`
        : e.type === 'parsed'
          ? `parsed ${e.index}`
          : e.type === 'failed'
            ? `failed ${e.index} ${e.failure.code}`
            : 'done',
    );
  return { job, workers, events, timers, outcome, current, summary };
}

describe('the import worker supervisor', () => {
  it('reads a batch one file at a time in one worker, and stops it at the end', async () => {
    const run = supervise();
    for (let i = 0; i < 3; i++) run.current().answer();
    expect(await run.outcome).toBe('done');
    expect(run.workers).toHaveLength(1);
    expect(run.workers[0]!.requests.map((r) => [r.index, r.file.name])).toEqual([
      [0, 'intervju-kari.txt'],
      [1, 'dialog-ola.txt'],
      [2, 'fokusgruppe.txt'],
    ]);
    expect(run.workers[0]!.terminated).toBe(true);
    expect(run.summary()).toEqual(['reading 1/3', 'parsed 0', 'reading 2/3', 'parsed 1', 'reading 3/3', 'parsed 2', 'done']);
    // Every budget was cleared when its file was answered: nothing fires later.
    expect(run.timers.pending.size).toBe(0);
  });

  it('marks the file a worker died on as failed, and reads the rest in a fresh worker', async () => {
    const run = supervise();
    run.current().listener.crashed();
    run.current().answer();
    run.current().answer();
    expect(await run.outcome).toBe('done');
    expect(run.summary()).toEqual(['reading 1/3', 'failed 0 worker-crashed', 'reading 2/3', 'parsed 1', 'reading 3/3', 'parsed 2', 'done']);
    expect(run.workers).toHaveLength(2);
    expect(run.workers[0]!.terminated).toBe(true);
    expect(run.workers[1]!.requests.map((r) => r.file.name)).toEqual(['dialog-ola.txt', 'fokusgruppe.txt']);
    const failed = run.events.find((e) => e.type === 'failed');
    expect(failed).toMatchObject({ fileName: 'intervju-kari.txt', failure: { reason: 'internal', code: 'worker-crashed', params: { file: 'intervju-kari.txt' } } });
  });

  it('stops a worker that runs over the budget of the file it reads, and goes on', async () => {
    const run = supervise(batch, { budgetMs: (f) => (f.name === 'dialog-ola.txt' ? 4_000 : 60_000) });
    run.current().answer();
    const hung = run.current();
    expect(run.timers.pending.size).toBe(1);
    expect([...run.timers.pending.values()][0]!.ms).toBe(4_000);
    run.timers.expire();
    expect(hung.terminated).toBe(true);
    // An answer the hung worker had already queued does not count twice.
    hung.answer(hung.requests[1]);
    run.current().answer();
    expect(await run.outcome).toBe('done');
    expect(run.summary()).toEqual(['reading 1/3', 'parsed 0', 'reading 2/3', 'failed 1 worker-timeout', 'reading 3/3', 'parsed 2', 'done']);
    const failed = run.events.find((e) => e.type === 'failed');
    expect(failed).toMatchObject({ failure: { code: 'worker-timeout', params: { file: 'dialog-ola.txt', seconds: 4 } } });
  });

  it('gives up on the last file too, so progress never waits forever', async () => {
    const run = supervise([file('heng.txt')]);
    run.timers.expire();
    expect(await run.outcome).toBe('done');
    expect(run.summary()).toEqual(['reading 1/1', 'failed 0 worker-timeout', 'done']);
  });

  it('treats a message it cannot read like a crash', async () => {
    const run = supervise([file('a.txt'), file('b.txt')]);
    const first = run.current();
    first.listener.crashed();
    // The broken worker may still report more trouble; it no longer concerns anyone.
    first.listener.crashed();
    run.current().answer();
    expect(await run.outcome).toBe('done');
    expect(run.summary()).toEqual(['reading 1/2', 'failed 0 worker-crashed', 'reading 2/2', 'parsed 1', 'done']);
  });

  it('fails a file whose worker cannot start, and tries a new worker for the next', async () => {
    const run = supervise(batch, { failToStart: 0 });
    run.current().answer();
    run.current().answer();
    expect(await run.outcome).toBe('done');
    expect(run.summary()).toEqual(['reading 1/3', 'failed 0 worker-crashed', 'reading 2/3', 'parsed 1', 'reading 3/3', 'parsed 2', 'done']);
  });

  it('fails a file whose bytes cannot be sent to the worker, and goes on', async () => {
    const events: ParseEvent[] = [];
    const workers: FakeWorker[] = [];
    const job = superviseParse([file('frakoblet.txt'), file('dialog-ola.txt')], (e) => events.push(e), {
      timers: new ManualTimers(),
      createWorker: (listener) => {
        const worker = new FakeWorker(listener);
        worker.postMessage = (request) => {
          if (request.file.name === 'frakoblet.txt') throw new DOMException('ArrayBuffer is detached', 'DataCloneError');
          worker.requests.push(request);
        };
        workers.push(worker);
        return worker;
      },
    });
    workers.at(-1)!.answer();
    await job.done;
    expect(events.filter((e) => e.type === 'failed' || e.type === 'parsed').map((e) => [e.type, e.index])).toEqual([
      ['failed', 0],
      ['parsed', 1],
    ]);
  });

  it('cancel stops the worker and nothing more arrives', async () => {
    const run = supervise();
    const worker = run.current();
    run.job.cancel();
    expect(await run.outcome).toBe('cancelled');
    expect(worker.terminated).toBe(true);
    worker.answer();
    worker.listener.crashed();
    expect(run.summary()).toEqual(['reading 1/3']);
    expect(run.timers.pending.size).toBe(0);
  });

  it('gives big files more time: 30 s, plus 10 s per megabyte', () => {
    expect(parseBudgetMs(file('tom.txt', 0))).toBe(30_000);
    expect(parseBudgetMs(file('stor.txt', 1024 * 1024))).toBe(40_000);
    expect(parseBudgetMs(file('svær.pdf', 20 * 1024 * 1024))).toBe(230_000);
  });
});

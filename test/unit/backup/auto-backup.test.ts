import { describe, expect, it, vi } from 'vitest';
import { AutoBackupScheduler, type SchedulerClock } from '../../../renderer/features/backup/auto-backup';

/** A clock the test moves by hand; timers fire when it passes them. */
function fakeClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: SchedulerClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
      await new Promise((r) => setTimeout(r, 0));
    }
    now = until;
    await new Promise((r) => setTimeout(r, 0));
  };
  return { clock, advance, pending: () => timers.size };
}

const minutes = (n: number) => n * 60_000;

function setup() {
  const { clock, advance, pending } = fakeClock();
  const write = vi.fn(async (_projectId: string) => {});
  const onError = vi.fn();
  const scheduler = new AutoBackupScheduler({ write, onError, clock, intervalMs: minutes(10), quietMs: 30_000 });
  return { scheduler, write, onError, advance, pending };
}

describe('automatic backups', () => {
  it('writes one backup shortly after a burst of changes, not one per change', async () => {
    const { scheduler, write, advance } = setup();
    for (let i = 0; i < 50; i++) scheduler.changed('P1');
    await advance(29_000);
    expect(write).not.toHaveBeenCalled();
    await advance(2_000);
    expect(write.mock.calls).toEqual([['P1']]);
  });

  it('writes at most one backup per ten minutes while the user keeps working', async () => {
    const { scheduler, write, advance } = setup();
    // A change every minute for an hour.
    for (let minute = 0; minute < 60; minute++) {
      scheduler.changed('P1');
      await advance(minutes(1));
    }
    await advance(minutes(10));
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(6);
    expect(write.mock.calls.length).toBeLessThanOrEqual(7);
  });

  it('writes nothing when nothing changed', async () => {
    const { scheduler, write, advance } = setup();
    await advance(minutes(60));
    await scheduler.flush();
    expect(write).not.toHaveBeenCalled();
  });

  it('flush (the window closing) writes what is due at once, and only that', async () => {
    const { scheduler, write, pending } = setup();
    scheduler.changed('P1');
    scheduler.changed('P2');
    await scheduler.flush();
    expect(write.mock.calls.map(([p]) => p).sort()).toEqual(['P1', 'P2']);
    expect(pending()).toBe(0);
    await scheduler.flush();
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('a failed backup is reported and stays due, so the next flush tries again', async () => {
    const { scheduler, write, onError } = setup();
    write.mockRejectedValueOnce(new Error('disk full'));
    scheduler.changed('P1');
    await scheduler.flush();
    expect(onError).toHaveBeenCalledWith(expect.any(Error), 'P1');
    expect(scheduler.isDue('P1')).toBe(true);
    await scheduler.flush();
    expect(write).toHaveBeenCalledTimes(2);
    expect(scheduler.isDue('P1')).toBe(false);
  });

  it('flush waits for a backup already being written', async () => {
    const { scheduler, write, advance } = setup();
    let finish!: () => void;
    write.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)));
    scheduler.changed('P1');
    await advance(31_000);
    let flushed = false;
    const flushing = scheduler.flush().then(() => (flushed = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(flushed).toBe(false);
    finish();
    await flushing;
    expect(flushed).toBe(true);
  });
});

import type { BackupResult } from './backup';
import { DailyBackups, type SchedulerClock } from './scheduler';

/** A clock the spec moves by hand; timers fire when it passes their time. */
class ManualClock implements SchedulerClock {
  private timers: { at: number; run: () => void }[] = [];
  constructor(private time: number) {}
  now = () => new Date(this.time);
  setTimer = (run: () => void, delayMs: number) => {
    const timer = { at: this.time + delayMs, run };
    this.timers.push(timer);
    return timer;
  };
  clearTimer = (timer: unknown) => {
    this.timers = this.timers.filter((t) => t !== timer);
  };
  get pending(): number[] {
    return this.timers.map((t) => t.at);
  }
  /** Moves to `iso`, firing the timers due on the way. */
  async advanceTo(iso: string): Promise<void> {
    this.time = Date.parse(iso);
    for (const timer of this.timers.filter((t) => t.at <= this.time)) {
      this.clearTimer(timer);
      timer.run();
    }
    // Let the fired backups and their logging settle.
    for (let i = 0; i < 10; i++) await Promise.resolve();
  }
}

const result = (n: number): BackupResult => ({
  archive: `/backups/${n}.tar.gz`,
  pruned: [],
  manifest: { format: 'oms-backup', formatVersion: 1, createdAt: '', mode: 'embedded', databases: [] },
});

describe('daily backups', () => {
  const log = {
    lines: [] as string[],
    info: (_: object, m: string) => void log.lines.push(m),
    error: (_: object, m: string) => void log.lines.push(m),
  };
  beforeEach(() => {
    log.lines = [];
  });

  it('runs at the configured UTC time every day and logs each run', async () => {
    const clock = new ManualClock(Date.parse('2026-12-07T01:00:00Z'));
    let runs = 0;
    const backups = new DailyBackups({ hour: 2, minute: 0 }, async () => result(++runs), log, clock).start();
    expect(backups.nextRunAt?.toISOString()).toBe('2026-12-07T02:00:00.000Z');
    await clock.advanceTo('2026-12-07T01:59:59Z');
    expect(runs).toBe(0);
    await clock.advanceTo('2026-12-07T02:00:00Z');
    expect(runs).toBe(1);
    expect(backups.nextRunAt?.toISOString()).toBe('2026-12-08T02:00:00.000Z');
    await clock.advanceTo('2026-12-08T02:00:05Z');
    expect(runs).toBe(2);
    expect(log.lines).toEqual(['daily backup written', 'daily backup written']);
    await backups.stop();
    expect(clock.pending).toEqual([]);
    expect(backups.nextRunAt).toBeNull();
  });

  it('a failed backup is logged and the next day still runs', async () => {
    const clock = new ManualClock(Date.parse('2026-12-07T03:00:00Z'));
    let runs = 0;
    const backups = new DailyBackups(
      { hour: 2, minute: 0 },
      async () => {
        runs += 1;
        if (runs === 1) throw new Error('disk full');
        return result(runs);
      },
      log,
      clock,
    ).start();
    await clock.advanceTo('2026-12-08T02:00:00Z');
    await clock.advanceTo('2026-12-09T02:00:00Z');
    expect(runs).toBe(2);
    expect(log.lines).toEqual(['daily backup failed', 'daily backup written']);
    await backups.stop();
  });

  it('runs one backup at a time and stop waits for the one in progress', async () => {
    const clock = new ManualClock(Date.parse('2026-12-07T01:00:00Z'));
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let n = 0;
    const backups = new DailyBackups(
      { hour: 2, minute: 0 },
      async () => {
        const id = ++n;
        order.push(`start ${id}`);
        if (id === 1) await gate;
        order.push(`end ${id}`);
        return result(id);
      },
      log,
      clock,
    ).start();
    const first = backups.runNow();
    const second = backups.runNow();
    await Promise.resolve();
    expect(order).toEqual(['start 1']);
    let stopped = false;
    const stopping = backups.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await Promise.all([first, second, stopping]);
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    expect(clock.pending).toEqual([]);
  });
});

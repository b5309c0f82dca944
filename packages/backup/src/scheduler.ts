import { messageOf } from './errors';
import { nextRunAt, type DailyAt } from './schedule';
import type { BackupResult } from './backup';

/** Where the scheduler reports (a pino logger fits). */
export interface SchedulerLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** The clock and timers the scheduler runs on; the real ones by default, a fake one in unit specs. */
export interface SchedulerClock {
  now(): Date;
  setTimer(run: () => void, delayMs: number): unknown;
  clearTimer(timer: unknown): void;
}

const realClock: SchedulerClock = {
  now: () => new Date(),
  setTimer: (run, delayMs) => {
    const timer = setTimeout(run, delayMs);
    // The schedule alone must not keep a process alive that is otherwise done.
    timer.unref();
    return timer;
  },
  clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

/**
 * Runs a backup every day at a fixed UTC time while the process lives. One backup runs at a time (a
 * scheduled one waits for a `runNow` in progress and the other way round); a failed backup is logged and
 * the next day's still runs. A run missed because the process was down is not made up.
 */
export class DailyBackups {
  private timer: unknown;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private next: Date | null = null;

  constructor(
    private readonly at: DailyAt,
    private readonly backup: () => Promise<BackupResult>,
    private readonly log: SchedulerLog,
    private readonly clock: SchedulerClock = realClock,
  ) {}

  /** Arms the timer for the next daily time. */
  start(): this {
    this.arm(this.clock.now());
    return this;
  }

  /** When the next scheduled backup runs (null once stopped). */
  get nextRunAt(): Date | null {
    return this.next;
  }

  /** Takes a backup now, after any backup in progress. */
  runNow(): Promise<BackupResult> {
    const run = this.running.then(() => this.backup());
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Disarms the timer and waits for a backup in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.next = null;
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    await this.running;
  }

  private arm(after: Date): void {
    if (this.stopped) return;
    const next = nextRunAt(after, this.at);
    this.next = next;
    this.timer = this.clock.setTimer(
      () => void this.fire(next),
      Math.max(0, next.getTime() - this.clock.now().getTime()),
    );
  }

  private async fire(scheduled: Date): Promise<void> {
    try {
      const result = await this.runNow();
      this.log.info(
        { archive: result.archive, pruned: result.pruned, databases: result.manifest.databases.length },
        'daily backup written',
      );
    } catch (err) {
      this.log.error({ err: messageOf(err) }, 'daily backup failed');
    }
    // From the scheduled time rather than the clock, so a timer that fires a little early cannot run twice.
    const now = this.clock.now();
    this.arm(now.getTime() > scheduled.getTime() ? now : scheduled);
  }
}

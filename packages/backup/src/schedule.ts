/** A time of day in UTC at which a daily job runs. */
export interface DailyAt {
  hour: number;
  minute: number;
}

/** Parses `HH:MM` (24-hour, UTC); null when it is not a valid time of day. */
export function parseDailyAt(text: string): DailyAt | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

/**
 * The next moment strictly after `now` at which a job set for `at` (UTC) runs: today's time when it is
 * still ahead, otherwise tomorrow's. UTC has no daylight saving, so every day has one such moment.
 */
export function nextRunAt(now: Date, at: DailyAt): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), at.hour, at.minute);
  return new Date(today > now.getTime() ? today : today + 24 * 60 * 60 * 1000);
}

/** `HH:MM` of a daily time. */
export function formatDailyAt(at: DailyAt): string {
  return `${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}`;
}

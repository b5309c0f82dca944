import { formatDailyAt, nextRunAt, parseDailyAt } from './schedule';

describe('daily backup time', () => {
  it('reads HH:MM in 24-hour UTC and refuses anything else', () => {
    expect(parseDailyAt('02:00')).toEqual({ hour: 2, minute: 0 });
    expect(parseDailyAt('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['24:00', '12:60', '2:00', '0200', '02:00:00', 'noon', ''])
      expect(parseDailyAt(bad)).toBeNull();
  });

  it('runs later today when the time is still ahead, otherwise tomorrow', () => {
    const at = { hour: 2, minute: 30 };
    expect(nextRunAt(new Date('2026-12-07T01:00:00Z'), at).toISOString()).toBe('2026-12-07T02:30:00.000Z');
    expect(nextRunAt(new Date('2026-12-07T02:30:00Z'), at).toISOString()).toBe('2026-12-08T02:30:00.000Z');
    expect(nextRunAt(new Date('2026-12-07T23:00:00Z'), at).toISOString()).toBe('2026-12-08T02:30:00.000Z');
  });

  it('crosses month and year ends', () => {
    expect(nextRunAt(new Date('2026-12-31T12:00:00Z'), { hour: 0, minute: 0 }).toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
    expect(nextRunAt(new Date('2028-02-28T05:00:00Z'), { hour: 4, minute: 0 }).toISOString()).toBe(
      '2028-02-29T04:00:00.000Z',
    );
  });

  it('formats a time back', () => {
    expect(formatDailyAt({ hour: 7, minute: 5 })).toBe('07:05');
  });
});

import { describe, expect, it } from 'vitest';
import { workingCalendar } from '#shared/calendar/working-calendar.ts';
import { workingDaysAheadWithinKnown } from '#infra/local/example-calendar.ts';

describe('example dates within the known calendar', () => {
  const bundled = workingCalendar();

  it('counts working days on as deadlines do', () => {
    expect(workingDaysAheadWithinKnown(bundled, '2026-12-02', 3)).toBe('2026-12-07');
  });

  it('stops at the last working day of the last known year instead of guessing the next', () => {
    expect(workingDaysAheadWithinKnown(bundled, '2026-12-24', 10)).toBe('2026-12-31');
    expect(workingDaysAheadWithinKnown(bundled, '2026-12-31', 3)).toBe('2026-12-31');
  });
});

import { describe, expect, it } from 'vitest';
import { calendarWarning } from '#shared/calendar/calendar-watch.ts';
import { workingCalendar } from '#shared/calendar/working-calendar.ts';
import { eventSchemas } from '#shared/events/catalog.ts';

describe('calendar watch', () => {
  const at = new Date('2026-12-01T01:00:00Z');

  it('warns when the calendar runs out within 60 days, with the days left', () => {
    const warning = calendarWarning('360923', workingCalendar(), '2026-12-01', at);
    expect(warning?.payload).toEqual({ checkedOn: '2026-12-01', firstUnknownDate: '2027-01-01', daysLeft: 31 });
    expect(eventSchemas.WorkingCalendarExpiring.parse(warning)).toEqual(warning);
  });

  it('stays quiet when the coming year has been entered', () => {
    const entered = workingCalendar([{ year: 2027, daysOff: [], makeUpWorkdays: [] }]);
    expect(calendarWarning('360923', entered, '2026-12-01', at)).toBeUndefined();
  });

  it('stays quiet while the horizon is inside known years', () => {
    expect(calendarWarning('360923', workingCalendar(), '2026-10-01', at)).toBeUndefined();
  });

  it('gives the same event id to every run on the same day, and a new one the next day', () => {
    const first = calendarWarning('360923', workingCalendar(), '2026-12-01', at);
    const again = calendarWarning('360923', workingCalendar(), '2026-12-01', new Date('2026-12-01T02:00:00Z'));
    const nextDay = calendarWarning('360923', workingCalendar(), '2026-12-02', at);
    expect(again?.id).toBe(first?.id);
    expect(nextDay?.id).not.toBe(first?.id);
  });
});

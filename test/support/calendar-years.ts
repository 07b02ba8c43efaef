import { statutoryHolidays } from '#shared/calendar/statutory-holidays.ts';
import { isWeekend, type YearArrangement } from '#shared/calendar/working-calendar.ts';

/**
 * Test data for a year the calendar package does not know yet: the least an admin could enter that passes the
 * plausibility check (the statutory holidays' weekdays off, no make-up days). Not the State Council's arrangement.
 */
export const leastPlausibleYear = (year: number): YearArrangement => ({
  year,
  daysOff: statutoryHolidays(year)
    .flatMap((holiday) => holiday.days)
    .filter((date) => !isWeekend(date)),
  makeUpWorkdays: [],
});

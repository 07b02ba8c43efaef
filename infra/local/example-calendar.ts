import { addDays, type CalendarDate, UnknownCalendarYear, type WorkingCalendar } from '#shared/calendar/working-calendar.ts';

/**
 * `workingDays` after `today`, or the last known working day when that runs into a year nobody has entered yet (late
 * December, before the State Council's notice): example data and the README's dates must not need a calendar we lack.
 */
export const workingDaysAheadWithinKnown = (calendar: WorkingCalendar, today: CalendarDate, workingDays: number): CalendarDate => {
  try {
    return calendar.workingDaysAfter(today, workingDays);
  } catch (error) {
    if (!(error instanceof UnknownCalendarYear)) throw error;
    let day = `${error.year - 1}-12-31`;
    while (day > today && !calendar.isWorkingDay(day)) day = addDays(day, -1);
    return day > today ? day : today;
  }
};

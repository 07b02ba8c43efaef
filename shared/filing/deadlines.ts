import type { CalendarDate, WorkingCalendar } from '../calendar/working-calendar.ts';

/** Filing deadlines in working days; both configurable per tenant later, these are the brief's defaults. */
export const filingDeadlines = { resultWithinWorkingDays: 5, codelessWithinWorkingDays: 3 };

/** The last day to file the result of an inspection made on `inspectedOn` (结果备案). */
export const resultDueOn = (inspectedOn: CalendarDate, calendar: WorkingCalendar, days = filingDeadlines.resultWithinWorkingDays) =>
  calendar.workingDaysAfter(inspectedOn, days);

/** A codeless (emergency) inspection must be filed within 3 working days (重庆 rule); later filings are accepted but late. */
export const codelessFiledLate = (inspectedOn: CalendarDate, filedOn: CalendarDate, calendar: WorkingCalendar, days = filingDeadlines.codelessWithinWorkingDays) =>
  filedOn > calendar.workingDaysAfter(inspectedOn, days);

import * as z from 'zod';
import { Actor } from '../events/envelope.ts';
import { addDays, CalendarDate, isWeekend, workingCalendar, type WorkingCalendar, type YearArrangement } from './working-calendar.ts';

/** Where a year's working days come from: the State Council's data bundled with us, the tenant's admin, or nowhere yet. */
export const YearSource = z.enum(['bundled', 'entered', 'unknown']);
export type YearSource = z.infer<typeof YearSource>;

export const DayChange = z.object({
  date: CalendarDate,
  before: z.enum(['workday', 'day-off']),
  after: z.enum(['workday', 'day-off']),
});
export type DayChange = z.infer<typeof DayChange>;

/** One change of a year, kept for good: who entered, overrode or reverted it, when, why, and which days it moved. */
export const CalendarChange = z.object({
  year: z.number().int(),
  action: z.enum(['entered', 'reverted']),
  at: z.iso.datetime(),
  actor: Actor,
  reason: z.string().optional(),
  sourceBefore: YearSource,
  sourceAfter: YearSource,
  daysOff: z.array(CalendarDate),
  makeUpWorkdays: z.array(CalendarDate),
  changes: z.array(DayChange),
});
export type CalendarChange = z.infer<typeof CalendarChange>;

const bundled = workingCalendar();

const days = function* (year: number) {
  for (let date = `${year}-01-01`; date.startsWith(`${year}-`); date = addDays(date, 1)) yield date;
};

/** The bundled arrangement of a year written the way an admin enters one: weekdays off and weekend make-up days. */
export const bundledArrangement = (year: number): YearArrangement | undefined => {
  if (!bundled.knowsYear(year)) return undefined;
  const daysOff: CalendarDate[] = [];
  const makeUpWorkdays: CalendarDate[] = [];
  for (const date of days(year)) {
    const working = bundled.isWorkingDay(date);
    if (!working && !isWeekend(date)) daysOff.push(date);
    if (working && isWeekend(date)) makeUpWorkdays.push(date);
  }
  return { year, daysOff, makeUpWorkdays };
};

/** The arrangement in force for a tenant: its own entry first, else the bundled data. */
export const yearInForce = (year: number, entered: YearArrangement | undefined) => {
  if (entered) return { source: 'entered' as const, arrangement: entered };
  const fromPackage = bundledArrangement(year);
  return fromPackage ? { source: 'bundled' as const, arrangement: fromPackage } : { source: 'unknown' as const, arrangement: { year, daysOff: [], makeUpWorkdays: [] } };
};

/** Each day of the year whose kind differs between two calendars; nothing when either does not know the year. */
export const dayChanges = (year: number, before: WorkingCalendar, after: WorkingCalendar): DayChange[] => {
  if (!before.knowsYear(year) || !after.knowsYear(year)) return [];
  const kind = (calendar: WorkingCalendar, date: CalendarDate) => (calendar.isWorkingDay(date) ? 'workday' : 'day-off');
  return [...days(year)].filter((date) => kind(before, date) !== kind(after, date)).map((date) => ({ date, before: kind(before, date), after: kind(after, date) }));
};

export const calendarOf = (arrangement: YearArrangement | undefined) => workingCalendar(arrangement ? [arrangement] : []);

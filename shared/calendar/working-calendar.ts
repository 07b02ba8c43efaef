// The package's table of the announced arrangements (国务院办公厅 notices), read as data: its main module builds
// the same table in code at import, 35–50 ms of each cold start of every function that computes a deadline.
// test/unit/calendar checks that the two agree on every day of every year the package knows.
import announced from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import * as z from 'zod';

/** A calendar date written `YYYY-MM-DD`, always meant in Asia/Shanghai. */
export const CalendarDate = z.iso
  .date()
  // Dates become keys and working-day arithmetic: nothing outside the years a calendar can answer.
  .refine((date) => date >= '2000-01-01' && date <= '2100-12-31', 'must be a date between 2000 and 2100')
  .meta({ id: 'CalendarDate', description: 'a date YYYY-MM-DD, as in Asia/Shanghai' });
export type CalendarDate = z.infer<typeof CalendarDate>;

/**
 * One year's official arrangement (放假调休安排) entered by a tenant's admin for a year the
 * `chinese-days` package does not know yet: weekdays off and make-up working weekend days (调休).
 */
export const YearArrangement = z.object({
  year: z.number().int().min(2000).max(2100),
  daysOff: z.array(CalendarDate),
  makeUpWorkdays: z.array(CalendarDate),
});
export type YearArrangement = z.infer<typeof YearArrangement>;

/** Refusal to guess: computing a deadline in a year nobody has published is worse than failing. */
export class UnknownCalendarYear extends Error {
  constructor(readonly year: number) {
    super(`the working-day calendar for ${year} is not known; an admin must enter that year's arrangement`);
  }
}

const yearOf = (date: CalendarDate) => Number(date.slice(0, 4));

// Built on first use, so a bundle that only validates dates (CalendarDate) leaves the table out.
let table: { holidays: Set<string>; makeUpWorkdays: Set<string>; years: Set<number> } | undefined;
const packageTable = () => {
  if (!table) {
    const holidays = new Set(Object.keys(announced.holidays));
    // chinese-days has no arrangement for a year it does not know (and treats its weekdays as working days): a year is known by its holidays.
    table = { holidays, makeUpWorkdays: new Set(Object.keys(announced.workdays)), years: new Set([...holidays].map(yearOf)) };
  }
  return table;
};
const packageKnows = (year: number) => packageTable().years.has(year);

export const addDays = (date: CalendarDate, days: number): CalendarDate => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export const isWeekend = (date: CalendarDate) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

/** 工作日历: Chinese working days, make-up days included, for the years the package or the tenant knows. */
export type WorkingCalendar = {
  knowsYear(year: number): boolean;
  isWorkingDay(date: CalendarDate): boolean;
  /** The date `count` working days after `date` (`date` itself not counted). */
  workingDaysAfter(date: CalendarDate, count: number): CalendarDate;
  /** The date `count` working days before `date`. */
  workingDaysBefore(date: CalendarDate, count: number): CalendarDate;
  /** Working days in (from, to]: how many working days `to` lies after `from`; negative when before. */
  workingDaysBetween(from: CalendarDate, to: CalendarDate): number;
  /** The first date from `date` on (inclusive) whose year is unknown, looking `days` ahead; undefined when all known. */
  firstUnknownDate(date: CalendarDate, days: number): CalendarDate | undefined;
};

export const workingCalendar = (arrangements: readonly YearArrangement[] = []): WorkingCalendar => {
  const entered = new Map(arrangements.map((a) => [a.year, { off: new Set(a.daysOff), on: new Set(a.makeUpWorkdays) }]));

  const knowsYear = (year: number) => entered.has(year) || packageKnows(year);

  const isWorkingDay = (date: CalendarDate): boolean => {
    const year = yearOf(date);
    const tenantYear = entered.get(year);
    if (tenantYear) return tenantYear.on.has(date) || (!tenantYear.off.has(date) && !isWeekend(date));
    if (!packageKnows(year)) throw new UnknownCalendarYear(year);
    const { holidays, makeUpWorkdays } = packageTable();
    return makeUpWorkdays.has(date) || (!isWeekend(date) && !holidays.has(date));
  };

  const workingDaysAfter = (date: CalendarDate, count: number): CalendarDate => {
    let current = date;
    for (let found = 0; found < count; ) {
      current = addDays(current, 1);
      if (isWorkingDay(current)) found += 1;
    }
    return current;
  };

  const workingDaysBefore = (date: CalendarDate, count: number): CalendarDate => {
    let current = date;
    for (let found = 0; found < count; ) {
      current = addDays(current, -1);
      if (isWorkingDay(current)) found += 1;
    }
    return current;
  };

  const workingDaysBetween = (from: CalendarDate, to: CalendarDate): number => {
    if (to < from) return -workingDaysBetween(to, from);
    let count = 0;
    for (let current = from; current < to; ) {
      current = addDays(current, 1);
      if (isWorkingDay(current)) count += 1;
    }
    return count;
  };

  const firstUnknownDate = (date: CalendarDate, days: number): CalendarDate | undefined => {
    const last = addDays(date, days);
    for (let year = yearOf(date); year <= yearOf(last); year += 1) {
      if (!knowsYear(year)) return year === yearOf(date) ? date : `${year}-01-01`;
    }
    return undefined;
  };

  return { knowsYear, isWorkingDay, workingDaysAfter, workingDaysBefore, workingDaysBetween, firstUnknownDate };
};

/** Today's date in Asia/Shanghai, whatever zone the server runs in (Lambda runs in UTC). */
export const shanghaiDate = (instant: Date): CalendarDate =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';

/**
 * Report periods (统计期间): a calendar month, quarter or year. Counters are kept per month (and,
 * for distributions, per month, quarter and year), so any report period is read from a bounded
 * number of rows.
 */
export type Period = { kind: 'month' | 'quarter' | 'year'; from: CalendarDate; to: CalendarDate; key: string; label: string };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Month key `M2026-07` of a date. */
export const monthKey = (date: CalendarDate) => `M${date.slice(0, 7)}`;
export const quarterOf = (date: CalendarDate) => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
/** The keys of the month, quarter and year a date falls in. */
export const periodKeysOf = (date: CalendarDate) => [monthKey(date), `Q${date.slice(0, 4)}-${quarterOf(date)}`, `Y${date.slice(0, 4)}`];

export const monthPeriod = (year: number, month: number): Period => ({
  kind: 'month',
  from: `${year}-${pad(month)}-01`,
  to: `${year}-${pad(month)}-${pad(lastDayOf(year, month))}`,
  key: `M${year}-${pad(month)}`,
  label: `${year}年${month}月`,
});
export const quarterPeriod = (year: number, quarter: number): Period => ({
  kind: 'quarter',
  from: `${year}-${pad(quarter * 3 - 2)}-01`,
  to: `${year}-${pad(quarter * 3)}-${pad(lastDayOf(year, quarter * 3))}`,
  key: `Q${year}-${quarter}`,
  label: `${year}年第${quarter}季度`,
});
export const yearPeriod = (year: number): Period => ({ kind: 'year', from: `${year}-01-01`, to: `${year}-12-31`, key: `Y${year}`, label: `${year}年` });

/** The months a period covers, as month keys, in order. */
export const monthsOf = (period: Period): string[] => {
  const first = Number(period.from.slice(5, 7));
  const last = Number(period.to.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => `M${period.from.slice(0, 4)}-${pad(first + i)}`);
};

/** The period [from, to] names exactly, or undefined when it is not a whole month, quarter or year. */
export const periodBetween = (from: CalendarDate, to: CalendarDate): Period | undefined => {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const candidates = [monthPeriod(year, month), quarterPeriod(year, quarterOf(from)), yearPeriod(year)];
  return candidates.find((p) => p.from === from && p.to === to);
};

/** The quarter before the one `date` falls in: what the quarterly report of that day covers. */
export const previousQuarter = (date: CalendarDate): Period => {
  const year = Number(date.slice(0, 4));
  const quarter = quarterOf(date);
  return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
};

/** `2026-Q3`: how the quarterly report names its quarter. */
export const quarterName = (period: Period) => `${period.key.slice(1, 5)}-Q${period.key.slice(6)}`;

/** `from`/`to` query of the range reports: one whole month, quarter or year. */
export const PeriodRange = z
  .object({ from: CalendarDate, to: CalendarDate })
  .transform((range, ctx) => {
    const period = periodBetween(range.from, range.to);
    if (!period) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'from and to must span one calendar month, quarter or year (e.g. from=2026-07-01&to=2026-09-30)' });
      return z.NEVER;
    }
    return period;
  });

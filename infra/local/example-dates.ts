import { addDays, shanghaiDate, workingCalendar } from '#shared/calendar/working-calendar.ts';
import { workingDaysAheadWithinKnown } from './example-calendar.ts';

/**
 * `eval "$(npm run -s example-dates)"`: the dates the README's walkthrough uses, from today in Asia/Shanghai, so its
 * commands answer the same whatever day they are run.
 */
const today = shanghaiDate(new Date());
const [year, month] = today.split('-').map(Number) as [number, number];
const pad = (n: number) => String(n).padStart(2, '0');
const quarter = Math.ceil(month / 3);
const lastOfMonth = (y: number, m: number) => addDays(m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`, -1);
const nextQuarterStart: string = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(quarter * 3 + 1)}-01`;

const dates = {
  TODAY: today,
  YEAR: String(year),
  MONTH_FROM: `${year}-${pad(month)}-01`,
  MONTH_TO: lastOfMonth(year, month),
  // Three working days on: the example extension request has waited long enough to be in that morning's digest.
  DIGEST_DAY: workingDaysAheadWithinKnown(workingCalendar(), today, 3),
  QUARTER: `${year}-Q${quarter}`,
  QUARTER_FROM: `${year}-${pad(quarter * 3 - 2)}-01`,
  QUARTER_TO: lastOfMonth(year, quarter * 3),
  // An instant in the first ten days of the next quarter, when the quarterly report of this one is generated.
  QUARTERLY_RUN_AT: `${addDays(nextQuarterStart, 9)}T09:00:00+08:00`,
};
console.log(Object.entries(dates).map(([name, value]) => `export ${name}=${value}`).join('\n'));

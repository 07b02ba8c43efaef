import chineseDays from 'chinese-days';
import { addDays, type CalendarDate, isWeekend, workingCalendar, type YearArrangement } from './working-calendar.ts';

/** One public holiday (法定节假日) and the days of it that are off by law in every year's arrangement. */
export type StatutoryHoliday = { name: string; days: CalendarDate[] };

const lunar = (year: number, month: number, day: number): CalendarDate =>
  chineseDays.getSolarDateFromLunar(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).date;

const traditionalFestivals = (year: number): StatutoryHoliday[] => [
  { name: '清明节', days: [chineseDays.getSolarTermDate(year, 4, 'pure_brightness')] },
  { name: '端午节', days: [lunar(year, 5, 5)] },
  { name: '中秋节', days: [lunar(year, 8, 15)] },
];

/**
 * The days 《全国年节及纪念日放假办法》 makes public holidays, as far as every year shares them: 元旦, 春节 (正月初一至初三;
 * 除夕 only since 2025), 清明 (the solar term's day), 劳动节 (1 May), 端午 (五月初五), 中秋 (八月十五), 国庆 (1–3 October);
 * 清明, 端午 and 中秋 since the 2008 revision. The State Council's arrangement moves the days around these, never these.
 */
export const statutoryHolidays = (year: number): StatutoryHoliday[] => {
  const springFestival = lunar(year, 1, 1);
  return [
    { name: '元旦', days: [`${year}-01-01`] },
    { name: '春节', days: [springFestival, addDays(springFestival, 1), addDays(springFestival, 2)] },
    ...(year < 2008 ? [] : traditionalFestivals(year)),
    { name: '劳动节', days: [`${year}-05-01`] },
    { name: '国庆节', days: [`${year}-10-01`, `${year}-10-02`, `${year}-10-03`] },
  ].sort((a, b) => a.days[0]!.localeCompare(b.days[0]!));
};

export type Implausibility = { path: 'daysOff' | 'makeUpWorkdays'; index?: number; message: string };

/**
 * Why an entered arrangement cannot be the State Council's: a statutory holiday left as a working day, a make-up day
 * (调休) on a weekday or also off, a date outside the year. An empty list is plausible.
 */
export const implausibilities = ({ year, daysOff, makeUpWorkdays }: YearArrangement): Implausibility[] => {
  const found: Implausibility[] = [];
  for (const [path, list] of [['daysOff', daysOff], ['makeUpWorkdays', makeUpWorkdays]] as const) {
    list.forEach((date, index) => {
      if (!date.startsWith(`${year}-`)) found.push({ path, index, message: `must be a date in ${year}` });
    });
  }
  makeUpWorkdays.forEach((date, index) => {
    if (!isWeekend(date)) found.push({ path: 'makeUpWorkdays', index, message: 'a make-up working day (调休) must be a Saturday or Sunday' });
    if (daysOff.includes(date)) found.push({ path: 'makeUpWorkdays', index, message: 'is also listed as a day off' });
  });
  if (found.length > 0) return found;

  const entered = workingCalendar([{ year, daysOff, makeUpWorkdays }]);
  for (const holiday of statutoryHolidays(year)) {
    const working = holiday.days.filter((date) => entered.isWorkingDay(date));
    if (working.length > 0) {
      found.push({
        path: 'daysOff',
        message: `${holiday.name} (${holiday.days.join(', ')}) is a public holiday by law, but ${working.join(', ')} would be a working day: list it among the days off`,
      });
    }
  }
  return found;
};

import { describe, expect, it } from 'vitest';
import { bundledArrangement, calendarOf, dayChanges } from '#shared/calendar/calendar-year.ts';
import { implausibilities, statutoryHolidays } from '#shared/calendar/statutory-holidays.ts';
import { YearArrangementBody } from '#shared/calendar/year-arrangement-input.ts';
import { leastPlausibleYear } from '../../support/calendar-years.ts';

describe('statutory holidays', () => {
  it('places the lunar festivals and 清明 by the calendar of that year', () => {
    expect(Object.fromEntries(statutoryHolidays(2027).map((h) => [h.name, h.days]))).toEqual({
      元旦: ['2027-01-01'],
      春节: ['2027-02-06', '2027-02-07', '2027-02-08'],
      清明节: ['2027-04-05'],
      劳动节: ['2027-05-01'],
      端午节: ['2027-06-09'],
      中秋节: ['2027-09-15'],
      国庆节: ['2027-10-01', '2027-10-02', '2027-10-03'],
    });
  });

  it('finds every arrangement the State Council published since 2008 plausible', () => {
    for (let year = 2008; year <= 2026; year += 1) expect([year, implausibilities(bundledArrangement(year)!)]).toEqual([year, []]);
  });

  it('refuses an empty 2026, naming each holiday that would become a working day', () => {
    const problems = implausibilities({ year: 2026, daysOff: [], makeUpWorkdays: [] });
    // 清明 fell on a Sunday in 2026: off without being listed.
    expect(problems.map((p) => p.message.split(' ')[0])).toEqual(['元旦', '春节', '劳动节', '端午节', '中秋节', '国庆节']);
    expect(problems.find((p) => p.message.startsWith('国庆节'))?.message).toContain('2026-10-01, 2026-10-02');
  });

  it('counts a weekend holiday as off unless it is worked as a make-up day', () => {
    const year = leastPlausibleYear(2027);
    expect(implausibilities(year)).toEqual([]);
    // 2027-10-02 is a Saturday: off by itself, a working day once listed as 调休.
    expect(implausibilities({ ...year, makeUpWorkdays: ['2027-10-02'] }).map((p) => p.message)).toEqual([
      '国庆节 (2027-10-01, 2027-10-02, 2027-10-03) is a public holiday by law, but 2027-10-02 would be a working day: list it among the days off',
    ]);
  });

  it('names each wrong date by its list and position before judging the holidays', () => {
    expect(implausibilities({ year: 2027, daysOff: ['2026-12-31', '2027-02-06'], makeUpWorkdays: ['2027-02-03', '2027-02-06'] })).toEqual([
      { path: 'daysOff', index: 0, message: 'must be a date in 2027' },
      { path: 'makeUpWorkdays', index: 0, message: 'a make-up working day (调休) must be a Saturday or Sunday' },
      { path: 'makeUpWorkdays', index: 1, message: 'is also listed as a day off' },
    ]);
  });
});

describe('a year in force and its changes', () => {
  it('writes the bundled 2026 as an admin would enter it', () => {
    const year = bundledArrangement(2026)!;
    expect(year.daysOff).toContain('2026-10-01');
    expect(year.makeUpWorkdays.every((date) => [0, 6].includes(new Date(date).getUTCDay()))).toBe(true);
    expect(bundledArrangement(2027)).toBeUndefined();
  });

  it('lists exactly the days whose kind an amendment changes', () => {
    const bundled = bundledArrangement(2026)!;
    const amended = { ...bundled, daysOff: [...bundled.daysOff.filter((d) => d !== '2026-10-07'), '2026-12-31'] };
    expect(dayChanges(2026, calendarOf(undefined), calendarOf(amended))).toEqual([
      { date: '2026-10-07', before: 'day-off', after: 'workday' },
      { date: '2026-12-31', before: 'workday', after: 'day-off' },
    ]);
    expect(dayChanges(2027, calendarOf(undefined), calendarOf(leastPlausibleYear(2027)))).toEqual([]);
  });
});

describe('the request body', () => {
  const days = { daysOff: [], makeUpWorkdays: [] };

  it('wants a reason with an override, and a reason in words', () => {
    expect(YearArrangementBody.safeParse({ ...days, override: true }).error?.issues[0]?.path).toEqual(['reason']);
    expect(YearArrangementBody.safeParse({ ...days, override: true, reason: '   ' }).error?.issues[0]?.path).toEqual(['reason']);
    expect(YearArrangementBody.safeParse({ ...days, override: true, reason: ' 县政府补充通知 ' }).data?.reason).toBe('县政府补充通知');
  });

  it('refuses dates that are not YYYY-MM-DD', () => {
    expect(YearArrangementBody.safeParse({ daysOff: ['2027-13-01'], makeUpWorkdays: [] }).success).toBe(false);
  });
});

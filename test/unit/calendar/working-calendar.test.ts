import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addDays, UnknownCalendarYear, shanghaiDate, workingCalendar } from '#shared/calendar/working-calendar.ts';

const calendar = workingCalendar();

describe('working calendar (工作日历)', () => {
  it('counts 5 working days after 2026-09-28 across National Day to the make-up Saturday 2026-10-10', () => {
    expect(calendar.workingDaysAfter('2026-09-28', 5)).toBe('2026-10-10');
  });

  it('treats make-up weekend days as working days and holiday weekdays as days off', () => {
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday, 调休
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday, 调休
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false); // Monday, National Day
    expect(calendar.isWorkingDay('2026-01-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-28')).toBe(false); // ordinary Saturday
    expect(calendar.isWorkingDay('2026-11-27')).toBe(true); // ordinary Friday
  });

  it('skips the Spring Festival week', () => {
    // 2026-02-13 is a Friday; 2/14 Saturday is a make-up day, 2/15–2/23 off.
    expect(calendar.workingDaysAfter('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.workingDaysAfter('2026-02-13', 2)).toBe('2026-02-24');
  });

  it('refuses to compute in a year nobody has published rather than guessing', () => {
    expect(calendar.knowsYear(2027)).toBe(false);
    expect(() => calendar.isWorkingDay('2027-01-04')).toThrow(UnknownCalendarYear);
    expect(() => calendar.workingDaysAfter('2026-12-30', 5)).toThrow(/2027 is not known/);
  });

  it("uses a tenant's entered arrangement for a year the package does not know", () => {
    const withNextYear = workingCalendar([{ year: 2027, daysOff: ['2027-01-01'], makeUpWorkdays: ['2027-01-02'] }]);
    expect(withNextYear.isWorkingDay('2027-01-01')).toBe(false); // Friday, entered as off
    expect(withNextYear.isWorkingDay('2027-01-02')).toBe(true); // Saturday, entered as make-up
    expect(withNextYear.isWorkingDay('2027-01-03')).toBe(false); // Sunday
    expect(withNextYear.workingDaysAfter('2026-12-31', 1)).toBe('2027-01-02');
  });

  it('counts working days between two dates, negative when the second is earlier', () => {
    expect(calendar.workingDaysBetween('2026-09-28', '2026-10-10')).toBe(5);
    expect(calendar.workingDaysBetween('2026-10-10', '2026-09-28')).toBe(-5);
    expect(calendar.workingDaysBetween('2026-11-27', '2026-11-27')).toBe(0);
  });

  it('finds the first date whose year is unknown within a horizon', () => {
    expect(calendar.firstUnknownDate('2026-11-27', 60)).toBe('2027-01-01');
    expect(calendar.firstUnknownDate('2026-10-01', 60)).toBeUndefined();
    expect(calendar.firstUnknownDate('2027-03-01', 10)).toBe('2027-03-01');
  });

  it("agrees with chinese-days on every day of every year the package knows, and on which years those are (its data, read without its code)", () => {
    const calendar = workingCalendar();
    const known = [];
    for (let year = 2000; year <= 2035; year++) {
      const packageKnows = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
      expect(calendar.knowsYear(year), String(year)).toBe(packageKnows);
      if (packageKnows) known.push(year);
    }
    expect(known.length).toBeGreaterThan(20); // 2004 onwards at least
    const disagreements = [];
    for (let date = `${known[0]}-01-01`; date <= `${known.at(-1)}-12-31`; date = addDays(date, 1)) {
      if (calendar.isWorkingDay(date) !== chineseDays.isWorkday(date)) disagreements.push(date);
    }
    expect(disagreements).toEqual([]);
  });

  it('takes "today" in Asia/Shanghai, not in the server zone', () => {
    expect(shanghaiDate(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
    expect(shanghaiDate(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
  });
});

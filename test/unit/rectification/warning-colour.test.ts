import { describe, expect, it } from 'vitest';
import { colourOn, defaultRules, warningDates } from '#shared/rectification/warning-colour.ts';
import { calendar, newItem } from './fixtures.ts';

describe('warning colour (red / yellow / green)', () => {
  // Assigned Tue 2026-12-01, due Tue 2026-12-15: 3 working days before is Thu 12-10.
  const item = newItem();

  it('stores the dates on which the item turns yellow and red', () => {
    expect(warningDates(item, defaultRules, calendar)).toEqual({ yellowFrom: '2026-12-10', redFrom: '2026-12-16' });
    expect(item).toMatchObject({ yellowFrom: '2026-12-10', redFrom: '2026-12-16' });
  });

  it('is green before, yellow from 3 working days before the deadline, red the day after it', () => {
    expect(colourOn(item, '2026-12-09')).toBe('green');
    expect(colourOn(item, '2026-12-10')).toBe('yellow');
    expect(colourOn(item, '2026-12-15')).toBe('yellow');
    expect(colourOn(item, '2026-12-16')).toBe('red');
  });

  it('turns yellow after 10 working days without progress, even far from the deadline', () => {
    const longer = { ...item, deadline: '2026-12-31' };
    expect(warningDates(longer, defaultRules, calendar).yellowFrom).toBe('2026-12-15'); // 10 working days after 12-01
    expect(warningDates({ ...longer, lastProgressOn: '2026-12-14' }, defaultRules, calendar).yellowFrom).toBe('2026-12-28'); // 3 before 12-31
  });

  it('counts working days across the National Day holiday', () => {
    expect(warningDates({ ...item, assignedOn: '2026-09-01', deadline: '2026-10-09' }, defaultRules, calendar).yellowFrom).toBe('2026-09-15');
    expect(warningDates({ ...item, assignedOn: '2026-09-28', lastProgressOn: '2026-09-28', deadline: '2026-10-09' }, defaultRules, calendar).yellowFrom).toBe('2026-09-29');
  });

  it('follows tenant thresholds', () => {
    expect(warningDates(item, { ...defaultRules, yellowWithinWorkingDays: 5 }, calendar).yellowFrom).toBe('2026-12-08');
  });

  it('has no colour once closed or cancelled', () => {
    expect(colourOn({ ...item, status: 'closed' }, '2026-12-20')).toBeUndefined();
    expect(colourOn({ ...item, status: 'cancelled' }, '2026-12-20')).toBeUndefined();
  });
});

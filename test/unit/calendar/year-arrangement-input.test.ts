import { describe, expect, it } from 'vitest';
import { yearArrangementInput } from '#shared/calendar/year-arrangement-input.ts';

describe('year arrangement input', () => {
  const schema = yearArrangementInput(2027);

  it('accepts days off and make-up weekend days of that year', () => {
    expect(schema.safeParse({ daysOff: ['2027-01-01', '2027-02-08'], makeUpWorkdays: ['2027-02-06'] }).success).toBe(true);
  });

  it('names each wrong entry by its path', () => {
    const result = schema.safeParse({ daysOff: ['2026-12-31', '2027-02-06'], makeUpWorkdays: ['2027-02-03', '2027-02-06'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['daysOff.0', 'must be a date in 2027'],
      ['makeUpWorkdays.0', 'a make-up working day (调休) falls on a Saturday or Sunday'],
      ['makeUpWorkdays.1', 'is also listed as a day off'],
    ]);
  });

  it('rejects dates that are not YYYY-MM-DD', () => {
    expect(schema.safeParse({ daysOff: ['2027-13-01'], makeUpWorkdays: [] }).success).toBe(false);
  });
});

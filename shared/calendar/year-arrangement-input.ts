import * as z from 'zod';
import { CalendarDate, isWeekend } from './working-calendar.ts';

/** What an admin sends for one year (放假调休安排): weekdays off and make-up working weekend days. */
export const YearArrangementBody = z.object({
  daysOff: z.array(CalendarDate).max(60),
  makeUpWorkdays: z.array(CalendarDate).max(20),
});

/** The same, checked against its year so that a typo cannot silently shift every deadline. */
export const yearArrangementInput = (year: number) =>
  YearArrangementBody.superRefine((input, ctx) => {
      const check = (list: 'daysOff' | 'makeUpWorkdays') =>
        input[list].forEach((date, i) => {
          if (!date.startsWith(`${year}-`)) ctx.addIssue({ code: 'custom', path: [list, i], message: `must be a date in ${year}` });
        });
      check('daysOff');
      check('makeUpWorkdays');
      input.makeUpWorkdays.forEach((date, i) => {
        if (!isWeekend(date)) ctx.addIssue({ code: 'custom', path: ['makeUpWorkdays', i], message: 'a make-up working day (调休) falls on a Saturday or Sunday' });
        if (input.daysOff.includes(date)) ctx.addIssue({ code: 'custom', path: ['makeUpWorkdays', i], message: 'is also listed as a day off' });
      });
    });

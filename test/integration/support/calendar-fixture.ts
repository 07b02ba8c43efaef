import { shanghaiDate, workingCalendar } from '#shared/calendar/working-calendar.ts';
import { exampleUsers } from '#infra/local/example-data.ts';
import { leastPlausibleYear } from '../../support/calendar-years.ts';
import type { startTestStack } from './test-stack.ts';

/**
 * Tests run on the real date, so last year, this year or the next may be one the calendar package does not know.
 * For such a year the test enters the least plausible arrangement (the statutory holidays off) as test data.
 */
export const ensureCalendarYears = async (stack: Awaited<ReturnType<typeof startTestStack>>) => {
  const year = Number(shanghaiDate(new Date()).slice(0, 4));
  const entered = [];
  for (const y of [year - 1, year, year + 1]) {
    if (workingCalendar().knowsYear(y)) continue;
    const { year: _, ...body } = leastPlausibleYear(y);
    const response = await stack.request('PUT', `/v1/working-calendar/years/${y}`, { user: exampleUsers.admin, body });
    if (response.status !== 200) throw new Error(`could not enter ${y}: ${JSON.stringify(response.body)}`);
    entered.push(leastPlausibleYear(y));
  }
  return workingCalendar(entered);
};

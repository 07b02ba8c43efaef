import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { exampleUsers } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { leastPlausibleYear } from '../support/calendar-years.ts';
import { probeConsumer } from './support/probe-consumer.ts';
import { eventually, startTestStack } from './support/test-stack.ts';

const probe = probeConsumer();
let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeAll(async () => {
  stack = await startTestStack({ functions: probe.functions, handlers: probe.handlers });
  expect(await seedExampleData()).toBe('loaded');
});
afterAll(() => stack.runtime.stop());

const warnings = () => probe.handled.filter((e) => e.type === 'WorkingCalendarExpiring');

describe('calendar watch schedule (09:00 Asia/Shanghai)', () => {
  it('warns each tenant once a day when next year is missing, however often it runs', async () => {
    const at = new Date('2026-12-01T09:00:00+08:00');
    expect(await stack.runtime.runSchedule('calendar-watch-daily', at)).toEqual({ today: '2026-12-01', warned: 1 });
    expect(await stack.runtime.runSchedule('calendar-watch-daily', at)).toEqual({ today: '2026-12-01', warned: 0 });
    await eventually(() => (warnings().length > 0 ? true : undefined));
    await sleep(1500);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatchObject({ tenant: '360923', payload: { checkedOn: '2026-12-01', firstUnknownDate: '2027-01-01', daysLeft: 31 } });
  });

  it('says nothing once an admin has entered the coming year', async () => {
    const entered = await stack.request('PUT', '/v1/working-calendar/years/2027', {
      user: exampleUsers.admin,
      body: { daysOff: leastPlausibleYear(2027).daysOff, makeUpWorkdays: [] },
    });
    expect(entered.status).toBe(200);
    expect(await stack.runtime.runSchedule('calendar-watch-daily', new Date('2026-12-02T09:00:00+08:00'))).toEqual({ today: '2026-12-02', warned: 0 });
    await eventually(() => (probe.handled.some((e) => e.type === 'WorkingCalendarYearEntered') ? true : undefined));
  });
});

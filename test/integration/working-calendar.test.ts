import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleUsers } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '#shared/adapters/aws.ts';
import { bundledArrangement } from '#shared/calendar/calendar-year.ts';
import { workingCalendar } from '#shared/calendar/working-calendar.ts';
import { leastPlausibleYear } from '../support/calendar-years.ts';
import { startTestStack } from './support/test-stack.ts';

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.runtime.stop());

const admin = exampleUsers.admin;
const otherCounty: DevUser = { userId: 'admin-taojiang', tenant: '430922', organisation: 'bureau', roles: ['admin'] };
const { year: _, ...plausible2027 } = leastPlausibleYear(2027);
const bundled2026 = bundledArrangement(2026)!;
const { year: __, ...as2026 } = bundled2026;

describe('the working calendar (工作日历)', () => {
  it("keeps one tenant's entries away from another tenant", async () => {
    expect((await stack.request('PUT', '/v1/working-calendar/years/2027', { user: otherCounty, body: plausible2027 })).status).toBe(200);
    expect((await stack.request('GET', '/v1/working-calendar/years', { user: otherCounty })).body).toEqual({ years: [{ year: 2027, ...plausible2027 }] });
    expect((await stack.request('GET', '/v1/working-calendar/years', { user: exampleUsers.office })).body).toEqual({ years: [] });
    expect((await stack.request('GET', '/v1/working-calendar/years/2027', { user: exampleUsers.office })).body).toMatchObject({ source: 'unknown', history: [] });
  });

  it('lets only admins enter a year, and names each wrong date', async () => {
    expect((await stack.request('PUT', '/v1/working-calendar/years/2028', { user: exampleUsers.office, body: plausible2027 })).status).toBe(403);
    const wrong = await stack.request('PUT', '/v1/working-calendar/years/2028', { user: admin, body: { daysOff: ['2027-12-31'], makeUpWorkdays: ['2028-01-05'] } });
    expect(wrong.status).toBe(422);
    expect(wrong.body!.error.fields.map((f: { path: string }) => f.path)).toEqual(['body.daysOff.0', 'body.makeUpWorkdays.0']);
  });

  it('refuses an empty 2026 and keeps 1 October a day off', async () => {
    const empty = await stack.request('PUT', '/v1/working-calendar/years/2026', { user: admin, body: { daysOff: [], makeUpWorkdays: [], override: true, reason: '测试' } });
    expect(empty.status).toBe(422);
    expect(empty.body!.error.fields.map((f: { message: string }) => f.message.split(' ')[0])).toEqual(['元旦', '春节', '劳动节', '端午节', '中秋节', '国庆节']);
    const read = await stack.request('GET', '/v1/working-calendar/years/2026', { user: exampleUsers.office });
    expect(read.body).toMatchObject({ year: 2026, source: 'bundled', history: [] });
    expect(read.body!.daysOff).toContain('2026-10-01');
  });

  it('amends a bundled year only with override and a reason, lists the days that change, keeps history and reverts', async () => {
    const amended = { ...as2026, daysOff: [...as2026.daysOff, '2026-12-31'] };
    const unasked = await stack.request('PUT', '/v1/working-calendar/years/2026', { user: admin, body: amended });
    expect(unasked).toMatchObject({ status: 422, body: { error: { code: 'unprocessable', fields: [{ path: 'body.override' }] } } });
    const blank = await stack.request('PUT', '/v1/working-calendar/years/2026', { user: admin, body: { ...amended, override: true, reason: '  ' } });
    expect(blank).toMatchObject({ status: 400, body: { error: { fields: [{ path: 'body.reason' }] } } });

    const entered = await stack.request('PUT', '/v1/working-calendar/years/2026', { user: admin, body: { ...amended, override: true, reason: '县委决定12月31日放假' } });
    expect(entered.status).toBe(200);
    expect(entered.body).toMatchObject({ source: 'entered', sourceBefore: 'bundled', changes: [{ date: '2026-12-31', before: 'workday', after: 'day-off' }] });

    const reverted = await stack.request('DELETE', '/v1/working-calendar/years/2026?reason=%E5%BD%95%E9%94%99', { user: admin });
    expect(reverted.body).toMatchObject({ source: 'bundled', sourceBefore: 'entered', changes: [{ date: '2026-12-31', before: 'day-off', after: 'workday' }] });
    expect(reverted.body!.daysOff).toEqual(bundled2026.daysOff);

    const history = (await stack.request('GET', '/v1/working-calendar/years/2026', { user: exampleUsers.supervisor })).body!.history;
    expect(history.map((h: { action: string; reason: string; actor: { id: string } }) => [h.action, h.reason, h.actor.id])).toEqual([
      ['entered', '县委决定12月31日放假', admin.userId],
      ['reverted', '录错', admin.userId],
    ]);
    expect((await stack.request('DELETE', '/v1/working-calendar/years/2026', { user: admin })).status).toBe(404);
  });

  it('enters an unknown year without an override and withdraws it back to unknown', async () => {
    const entered = await stack.request('PUT', '/v1/working-calendar/years/2027', { user: admin, body: { ...plausible2027, reason: '国办通知' } });
    expect(entered.body).toMatchObject({ source: 'entered', sourceBefore: 'unknown', changes: [], daysOff: plausible2027.daysOff });
    const corrected = await stack.request('PUT', '/v1/working-calendar/years/2027', { user: admin, body: { ...plausible2027, daysOff: [...plausible2027.daysOff, '2027-02-09'] } });
    expect(corrected.body).toMatchObject({ sourceBefore: 'entered', changes: [{ date: '2027-02-09', before: 'workday', after: 'day-off' }] });
    expect((await stack.request('DELETE', '/v1/working-calendar/years/2027', { user: exampleUsers.office })).status).toBe(403);
    const withdrawn = await stack.request('DELETE', '/v1/working-calendar/years/2027', { user: admin });
    expect(withdrawn.body).toMatchObject({ source: 'unknown', daysOff: [], changes: [] });
    expect(withdrawn.body!.history).toHaveLength(3);
  });

  it('lets an assignment into a year another function has just entered through at once, though calendars are reused for a while', async () => {
    await seedExampleData();
    const calendar2027 = workingCalendar([{ year: 2027, ...plausible2027 }]);
    const deadline = calendar2027.workingDaysAfter('2027-03-01', 1);
    const assign = () => stack.request('POST', '/v1/rectifications', { user: exampleUsers.supervisor, body: { problem: { title: '跨年事项' }, responsibility: { organisation: 'office-aoyang' }, deadline: { date: deadline } } });
    expect((await assign()).body!.error.code).toBe('calendar_unknown');
    // Entered as the working-calendar function would in another container: this one still holds the calendar without 2027.
    const row = { pk: 'T#360923#CALENDAR', sk: 'YEAR#2027', year: 2027, ...plausible2027 };
    await dynamo().send(new PutCommand({ TableName: stack.runtime.tables.records, Item: row }));
    try {
      const assigned = await assign();
      expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
      expect(assigned.body).toMatchObject({ deadline });
    } finally {
      await dynamo().send(new DeleteCommand({ TableName: stack.runtime.tables.records, Key: { pk: row.pk, sk: row.sk } }));
    }
  });
});

import { createHmac } from 'node:crypto';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleUsers } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { dynamo } from '#shared/adapters/aws.ts';
import { workingCalendar } from '#shared/calendar/working-calendar.ts';
import type { InspectionFiling } from '#shared/filing/filing.ts';
import { filingStore } from '#shared/filing/filing-store.ts';
import { assign } from '#shared/rectification/assignment.ts';
import type { Rectification } from '#shared/rectification/rectification.ts';
import { rectificationStore } from '#shared/rectification/store.ts';
import { defaultRules } from '#shared/rectification/warning-colour.ts';
import { eventually, startTestStack } from './support/test-stack.ts';

let stack: Awaited<ReturnType<typeof startTestStack>>;
const calendar = workingCalendar();
const { admin, office } = exampleUsers;
const secret = 'robot-secret-0123456789';

/** An item as it was assigned on `assignedOn` (fixed 2026 dates: the calendar for 2026 is published). */
const item = (id: string, organisation: string, assignedOn: string, deadline: string, extra: Partial<Rectification> = {}, supervisingOrganisation?: string, measureDue?: string) => {
  const built = assign(id, '360923', { kind: 'manual' }, {
    problem: { title: `问题${id}`, description: '' },
    measures: measureDue ? [{ text: `措施${id.slice(-1)}`, dueDate: measureDue }] : [],
    responsibility: { organisation, ...(supervisingOrganisation ? { supervisingOrganisation } : {}) },
    severity: 'major',
    deadline: { date: deadline },
    evidence: [],
  }, { actor: { kind: 'system', job: 'test' }, today: assignedOn, at: new Date(`${assignedOn}T02:00:00Z`), calendar, rules: defaultRules });
  if ('field' in built) throw new Error(built.message);
  return { ...built, ...extra };
};

beforeAll(async () => {
  stack = await startTestStack({ visibilityTimeoutSeconds: 1 });
  await seedExampleData();
  const items = rectificationStore(dynamo(), stack.runtime.tables.records);
  // On the make-up Saturday 2026-10-10 (previous working day 10-09):
  await items.create(item('R0000000000000000000000001', 'office-sixi', '2026-10-08', '2026-10-14', {}, undefined, '2026-10-10'), []); // turns yellow 10-10, a measure due that day
  await items.create(item('R0000000000000000000000002', 'office-aoyang', '2026-09-28', '2026-10-09'), []); // turns red 10-10
  await items.create(item('R0000000000000000000000003', 'enterprise:91360923MA35F2K8XC', '2026-09-28', '2026-10-09', {}, 'agency-market'), []); // red, to the agency
  await items.create(item('R0000000000000000000000004', 'office-aoyang', '2026-09-21', '2026-09-30'), []); // overdue
  await items.create(item('R0000000000000000000000005', 'office-jinjiang', '2026-09-21', '2026-10-30', { pendingExtension: { requestedOn: '2026-09-29', reason: 'r', proposedDeadline: '2026-11-30', progress: 'p' } }), []);
  await items.create(item('R0000000000000000000000006', 'office-hantang', '2026-09-21', '2026-11-30'), []); // nothing due
  // A measure due 10-10 on an item closed before: not reminded.
  const closedSoon = item('R0000000000000000000000007', 'office-hantang', '2026-09-21', '2026-11-30', {}, undefined, '2026-10-10');
  await items.create(closedSoon, []);
  await items.update({ ...closedSoon, status: 'closed', version: 2, closedOn: '2026-09-30' }, 1, []);
  const awaiting = { id: 'F0000000000000000000000001', tenant: '360923', version: 1, status: 'planned', agency: 'agency-health', enterprise: { creditCode: '91360923MA36C7WN0K', name: '上高县安康医疗器械有限公司' }, plannedOn: '2026-09-29', resultDueBy: '2026-10-09', items: [], code: { token: 'T'.repeat(32) } } as unknown as InspectionFiling;
  await filingStore(dynamo(), stack.runtime.tables.records).create(awaiting, 0, []);
  const lateEmergency = { ...awaiting, id: 'F0000000000000000000000002', agency: 'agency-market', status: 'result-filed', plannedOn: '2026-09-29', filedOn: '2026-10-09', codeless: { inspectedOn: '2026-09-29', reason: '突发事件', late: true }, code: { token: 'U'.repeat(32) } } as unknown as InspectionFiling;
  await filingStore(dynamo(), stack.runtime.tables.records).create(lateEmergency, 0, []);

  const robot = (org: string, url: string) => stack.request('PUT', `/v1/webhooks/${org}`, { user: admin, body: { url, secret, format: 'wecom' } });
  expect((await robot('office-aoyang', `${stack.runtime.url}/_local/webhooks/aoyang`)).status).toBe(200);
  expect((await robot('office-sixi', `${stack.runtime.url}/_local/webhooks/sixi?fail=1`)).status).toBe(200);
});
afterAll(() => stack.runtime.stop());

const run = async (date: string) => (await stack.runtime.runSchedule('reminders-daily', new Date(`${date}T09:00:00+08:00`))) as { runs: { tenant: string; workingDay: boolean; sent: string[]; alreadySent: string[] }[] };
const ours = (result: Awaited<ReturnType<typeof run>>) => result.runs.find((r) => r.tenant === '360923')!;

describe('working-day reminders', () => {
  it('does nothing on a holiday (National Day, Monday 2026-10-05)', async () => {
    expect(ours(await run('2026-10-05'))).toMatchObject({ workingDay: false, sent: [] });
  });

  it('on the make-up Saturday 2026-10-10 sends exactly one digest to each organisation with something due', async () => {
    expect(ours(await run('2026-10-10')).sent.sort()).toEqual(['agency-health', 'agency-market', 'bureau', 'office-aoyang', 'office-sixi']);
    const mine = await stack.request('GET', '/v1/notifications', { user: office });
    expect(mine.body!.notifications[0]).toMatchObject({
      date: '2026-10-10',
      entries: [
        { kind: 'turning-red', id: 'R0000000000000000000000002' },
        { kind: 'overdue', id: 'R0000000000000000000000004' },
      ],
    });
  });

  it("tells the bureau's supervisors of extension requests waiting and of emergency inspections filed late", async () => {
    const bureau = (await stack.request('GET', '/v1/notifications?organisation=bureau', { user: admin })).body!.notifications[0];
    expect(bureau.entries.map((e: { kind: string; id: string }) => `${e.kind}:${e.id.slice(-1)}`)).toEqual(['codeless-late:2', 'extension-waiting:5']);
  });

  it('sends nothing twice when the job runs again the same day', async () => {
    expect(ours(await run('2026-10-10'))).toMatchObject({ sent: [], alreadySent: expect.arrayContaining(['office-aoyang', 'office-sixi']) });
  });

  it('delivers a signed message to a working robot, once', async () => {
    const received = await eventually(async () => {
      const body = (await fetch(`${stack.runtime.url}/_local/webhooks/aoyang`).then((r) => r.json())) as { raw: string; headers: Record<string, string>; body: { markdown: { content: string } } }[];
      return body.length ? body : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const after = (await fetch(`${stack.runtime.url}/_local/webhooks/aoyang`).then((r) => r.json())) as unknown[];
    expect(after).toHaveLength(1);
    const [message] = received;
    expect(message!.body.markdown.content).toContain('问题R0000000000000000000000002');
    expect(message!.headers['x-signature']).toBe(createHmac('sha256', secret).update(`${message!.headers['x-timestamp']}\n${message!.raw}`).digest('base64'));
  });

  it('retries a failing robot, then parks the message in the DLQ, keeping the in-app notification', async () => {
    const sqs = new SQSClient({});
    const dlq = stack.runtime.queues.get('notifier')!.deadLetterUrl;
    await eventually(async () => {
      const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq, AttributeNames: ['ApproximateNumberOfMessages'] }));
      return Number(Attributes?.ApproximateNumberOfMessages) > 0 ? true : undefined;
    }, 30_000);
    const seen = await stack.request('GET', '/v1/notifications?organisation=office-sixi', { user: admin });
    expect(seen.body!.notifications[0]).toMatchObject({
      date: '2026-10-10',
      entries: [{ kind: 'measure-due', title: '问题R0000000000000000000000001：措施1' }, { kind: 'turning-yellow' }],
      webhook: { status: 'failed', attempts: 3, error: 'HTTP 500' },
    });
    expect((await stack.request('GET', '/v1/notifications?organisation=office-sixi', { user: office })).status).toBe(403);
  });

  it('on the next working day (Monday 2026-10-12) reminds what is still due, without repeating what merely turned yellow', async () => {
    // office-hantang and office-jinjiang: no progress for 10 working days since 09-21, so they turn yellow today.
    expect(ours(await run('2026-10-12')).sent.sort()).toEqual(['agency-health', 'agency-market', 'bureau', 'office-aoyang', 'office-hantang', 'office-jinjiang']);
    const aoyang = (await stack.request('GET', '/v1/notifications', { user: office })).body!.notifications[0];
    expect(aoyang.entries.map((e: { kind: string; id: string }) => `${e.kind}:${e.id.slice(-1)}`)).toEqual(['overdue:4', 'overdue:2']);
  });

  it("waits for the tenant's send hour", async () => {
    expect(ours(await stack.runtime.runSchedule('reminders-daily', new Date('2026-10-13T08:00:00+08:00')) as never)).toMatchObject({ sendHour: false, sent: [] });
    expect((await stack.request('PUT', '/v1/settings/reminders', { user: admin, body: { sendHour: 8 } })).status).toBe(200);
    expect(ours(await stack.runtime.runSchedule('reminders-daily', new Date('2026-10-13T08:00:00+08:00')) as never).sent.length).toBeGreaterThan(0);
  });

  it('marks a notification read', async () => {
    expect((await stack.request('POST', '/v1/notifications/2026-10-12/read', { user: office })).body).toMatchObject({ date: '2026-10-12', readAt: expect.any(String) });
    expect((await stack.request('POST', '/v1/notifications/2026-10-11/read', { user: office })).status).toBe(404);
  });
  it('lists the robots without their secrets and sends a test message through one, saying how it went', async () => {
    const listed = (await stack.request('GET', '/v1/webhooks', { user: admin })).body!.webhooks as Record<string, unknown>[];
    expect(listed.map((w) => w.organisation).sort()).toEqual(['office-aoyang', 'office-sixi']);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await stack.request('POST', '/v1/webhooks/office-aoyang/test', { user: admin })).body).toMatchObject({ status: 'delivered', attempts: 1 });
    // Digests may still be arriving from the runs above: the test message is the one that says so, once.
    const received = (await fetch(`${stack.runtime.url}/_local/webhooks/aoyang`).then((r) => r.json())) as { body: { markdown: { content: string } } }[];
    expect(received.filter((m) => m.body.markdown.content.includes('测试消息'))).toHaveLength(1);
    expect((await stack.request('POST', '/v1/webhooks/office-sixi/test', { user: admin })).body).toMatchObject({ status: 'failed', attempts: 1, error: 'HTTP 500' });
    expect((await stack.request('POST', '/v1/webhooks/office-hantang/test', { user: admin })).status).toBe(404);
    expect((await stack.request('POST', '/v1/webhooks/office-aoyang/test', { user: exampleUsers.supervisor })).status).toBe(403);
  });
});

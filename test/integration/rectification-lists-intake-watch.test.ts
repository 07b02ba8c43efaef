import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleUsers } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { dynamo } from '#shared/adapters/aws.ts';
import { shanghaiDate, type WorkingCalendar } from '#shared/calendar/working-calendar.ts';
import type { EventOf } from '#shared/events/catalog.ts';
import { commit } from '#shared/store/transaction.ts';
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ensureCalendarYears } from './support/calendar-fixture.ts';
import { eventually, startTestStack } from './support/test-stack.ts';

let stack: Awaited<ReturnType<typeof startTestStack>>;
let calendar: WorkingCalendar;
const today = shanghaiDate(new Date());
const { supervisor, agency } = exampleUsers;

beforeAll(async () => {
  stack = await startTestStack();
  await seedExampleData();
  calendar = await ensureCalendarYears(stack);
});
afterAll(() => stack.runtime.stop());

const assign = async (organisation: string, deadline: Record<string, unknown>, title = '问题') => {
  const response = await stack.request('POST', '/v1/rectifications', { user: supervisor, body: { problem: { title }, responsibility: { organisation }, deadline } });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body!;
};
const list = async (query: string, user: DevUser = supervisor) => {
  const response = await stack.request('GET', `/v1/rectifications?${query}`, { user });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { items: { id: string; colour: string }[]; cursor: string | null };
};
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id).sort();

const checklistAccepted = (submissionId: string): EventOf<'ChecklistAccepted'> => ({
  id: `evt-${submissionId}`,
  type: 'ChecklistAccepted',
  version: 1,
  tenant: '360923',
  occurredAt: new Date().toISOString(),
  actor: { kind: 'user', id: 'dev-supervisor', organisation: 'supervision-section', roles: ['supervisor'] },
  subject: { kind: 'checklist-submission', id: submissionId },
  payload: {
    submissionId,
    templateId: 'office-standardization',
    templateVersion: 1,
    templateKind: 'office-standardization',
    subject: { organisation: 'office-jinjiang' },
    year: 2026,
    score: 72,
    grade: '不达标',
    meetsStandard: false,
    model: false,
    vetoed: false,
    revision: 1,
    submissionVersion: 2,
    acceptedOn: today,
    failedItems: [
      { itemId: '12', text: '人民调解组织网络不健全', note: '两个村未设调解委员会', critical: false, deadlineWorkingDays: 10 },
      { itemId: '17', text: '社区矫正对象未按规定报到', critical: true, deadlineWorkingDays: 5 },
    ],
  },
});

const resultFiled = (filingId: string): EventOf<'InspectionResultFiled'> => ({
  id: `evt-${filingId}`,
  type: 'InspectionResultFiled',
  version: 1,
  tenant: '360923',
  occurredAt: new Date().toISOString(),
  actor: { kind: 'user', id: 'dev-agency', organisation: 'agency-market', roles: ['agency'] },
  subject: { kind: 'inspection-filing', id: filingId },
  payload: {
    filingId,
    inspectionCode: 'SG-2026-0042',
    agency: 'agency-market',
    enterprise: { creditCode: '91360923MA35F2K8XC', name: '上高县锦绣食品有限公司' },
    inspectedOn: today,
    filedOn: today,
    onTime: true,
    findings: [{ id: 'f1', text: '冷库温度记录缺失' }],
    orders: [{ orderId: 'o1', problem: '冷库温度记录缺失', measure: '建立每日温度记录台账', deadlineWorkingDays: 10 }],
    penaltyDecisions: [],
  },
});

describe('rectification lists', () => {
  it('filters by organisation, status, source, escalation, due date and colour, each through an index, and pages with a cursor', async () => {
    const near = await assign('office-hantang', { date: calendar.workingDaysAfter(today, 1) }, '临期');
    const far = await assign('office-hantang', { workingDays: 30 }, '远期');
    const other = await assign('office-sixi', { workingDays: 30 }, '他所');
    await stack.request('POST', `/v1/rectifications/${far.id}/escalate`, { user: supervisor, body: { expectedVersion: 1, reason: '重点督办' } });

    expect(ids(await list('organisation=office-hantang'))).toEqual([near.id, far.id].sort());
    expect(ids(await list('organisation=office-hantang&escalated=true'))).toEqual([far.id]);
    expect(ids(await list('escalated=true&organisation=office-hantang'))).toEqual([far.id]);
    // Escalation's index serves the source filter too, rather than dropping it.
    expect(ids(await list('escalated=true&organisation=office-hantang&source=manual'))).toEqual([far.id]);
    expect(ids(await list('escalated=true&organisation=office-hantang&source=checklist'))).toEqual([]);
    expect(ids(await list('organisation=office-hantang&colour=yellow'))).toEqual([near.id]);
    expect(ids(await list('organisation=office-hantang&colour=green'))).toEqual([far.id]);
    expect(ids(await list('colour=yellow')).includes(near.id)).toBe(true);
    expect(ids(await list('colour=green')).includes(near.id)).toBe(false);
    expect(ids(await list(`organisation=office-hantang&dueBefore=${calendar.workingDaysAfter(today, 5)}`))).toEqual([near.id]);
    expect(ids(await list('source=manual&organisation=office-sixi'))).toEqual([other.id]);
    expect(ids(await list('status=assigned&organisation=office-sixi'))).toEqual([other.id]);

    const first = await list('organisation=office-hantang&limit=1');
    expect(first.items).toHaveLength(1);
    const second = await list(`organisation=office-hantang&limit=1&cursor=${first.cursor}`);
    expect(ids({ items: [...first.items, ...second.items] })).toEqual([near.id, far.id].sort());

    const foreign = await stack.request('GET', `/v1/rectifications?organisation=office-sixi&cursor=${first.cursor}`, { user: supervisor });
    expect(foreign).toMatchObject({ status: 400, body: { error: { fields: [{ path: 'query.cursor' }] } } });
    expect((await stack.request('GET', '/v1/rectifications?cursor=not-a-cursor', { user: supervisor })).status).toBe(400);
    expect((await stack.request('GET', '/v1/rectifications?colour=purple&limit=500', { user: supervisor })).body!.error.fields.map((f: { path: string }) => f.path)).toEqual(['query.colour', 'query.limit']);
  });
});

describe('rectification intake', () => {
  it('creates one item per failed checklist item and per order to correct, however often the event is delivered', async () => {
    const accepted = checklistAccepted('sub-2026-0001');
    const filed = resultFiled('filing-2026-0042');
    await commit(dynamo(), stack.runtime.tables.records, [], [accepted, filed]);
    const sqs = new SQSClient({});
    const intakeQueue = stack.runtime.queues.get('rectification-intake')!.url;
    await sqs.send(new SendMessageCommand({ QueueUrl: intakeQueue, MessageBody: JSON.stringify(accepted) }));
    await sqs.send(new SendMessageCommand({ QueueUrl: intakeQueue, MessageBody: JSON.stringify({ ...accepted, id: 'evt-redelivered-under-new-id' }) }));

    const fromChecklist = await eventually(async () => {
      const page = await list('source=checklist');
      return page.items.length >= 2 ? page : undefined;
    });
    await sleep(1500);
    const items = (await list('source=checklist')).items as unknown as { responsibility: { organisation: string }; severity: string; deadline: string; problem: { title: string } }[];
    expect(items).toHaveLength(2);
    expect(fromChecklist.items).toHaveLength(2);
    expect(items.map((i) => [i.problem.title, i.severity, i.deadline]).sort()).toEqual(
      [
        ['人民调解组织网络不健全', 'major', calendar.workingDaysAfter(today, 10)],
        ['社区矫正对象未按规定报到', 'critical', calendar.workingDaysAfter(today, 5)],
      ].sort(),
    );
    expect(items.every((i) => i.responsibility.organisation === 'office-jinjiang')).toBe(true);

    const order = await eventually(async () => (await list('source=inspection')).items[0] as unknown as Record<string, any> | undefined);
    expect(order).toMatchObject({
      responsibility: { organisation: 'enterprise:91360923MA35F2K8XC', supervisingOrganisation: 'agency-market' },
      source: { kind: 'inspection', inspectionCode: 'SG-2026-0042' },
      measures: [{ text: '建立每日温度记录台账' }],
    });
    // The agency that ordered the correction follows it up and sees it.
    expect((await stack.request('GET', `/v1/rectifications/${order.id}`, { user: agency })).status).toBe(200);
    const followedUp = async () => (await list('supervising=agency-market', agency)).items.map((i) => i.id);
    expect(await followedUp()).toContain(order.id);

    // A row written before gsi10 existed lacks its keys: the daily watch gives them, once per bureau.
    const db = dynamo();
    const TableName = stack.runtime.tables.records;
    await db.send(new UpdateCommand({ TableName, Key: { pk: `T#360923#RECT#${order.id}`, sk: 'ITEM' }, UpdateExpression: 'REMOVE gsi10pk, gsi10sk' }));
    await db.send(new DeleteCommand({ TableName, Key: { pk: 'T#360923#RECT#PERIOD-INDEXES', sk: 'READY#gsi10' } }));
    expect(await followedUp()).not.toContain(order.id);
    await stack.runtime.runSchedule('rectification-watch-daily', new Date());
    expect(await followedUp()).toContain(order.id);
    expect((await db.send(new GetCommand({ TableName, Key: { pk: 'T#360923#RECT#PERIOD-INDEXES', sk: 'READY#gsi10' } }))).Item).toBeDefined();
  });
});

describe('rectification watch (daily, 08:30 Asia/Shanghai)', () => {
  it('marks overdue items and escalates them after 5 overdue working days, once however often it runs', async () => {
    const item = await assign('office-aoyang', { workingDays: 2 }, '逾期测试');
    const deadline = item.deadline as string;
    const run = (date: string) => stack.runtime.runSchedule('rectification-watch-daily', new Date(`${date}T08:30:00+08:00`));
    const reportFor = (result: unknown) => (result as { reports: { tenant: string; markedOverdue: number; escalated: number }[] }).reports.find((r) => r.tenant === '360923');

    const dayAfter = calendar.workingDaysAfter(deadline, 1);
    expect(reportFor(await run(dayAfter))).toMatchObject({ markedOverdue: expect.any(Number), escalated: 0 });
    let current = (await stack.request('GET', `/v1/rectifications/${item.id}`, { user: supervisor })).body!;
    expect(current.overdueSince).toBe(dayAfter);
    expect(current.escalation).toBeUndefined();
    expect(reportFor(await run(dayAfter))).toMatchObject({ markedOverdue: 0, escalated: 0 });

    const fiveLate = calendar.workingDaysAfter(deadline, 5);
    expect(reportFor(await run(fiveLate))!.escalated).toBeGreaterThanOrEqual(1);
    current = (await stack.request('GET', `/v1/rectifications/${item.id}`, { user: supervisor })).body!;
    expect(current.escalation).toMatchObject({ since: fiveLate, automatic: true });
    expect(reportFor(await run(fiveLate))).toMatchObject({ markedOverdue: 0, escalated: 0 });
    expect(current.history.filter((h: { action: string }) => h.action === 'markOverdue')).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleUsers } from '#infra/local/example-data.ts';
import { shanghaiDate, type WorkingCalendar } from '#shared/calendar/working-calendar.ts';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { ensureCalendarYears } from './support/calendar-fixture.ts';
import { probeConsumer } from './support/probe-consumer.ts';
import { eventually, startTestStack } from './support/test-stack.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { dynamo } from '#shared/adapters/aws.ts';
import { rectificationStore } from '#shared/rectification/store.ts';

const probe = probeConsumer();
let stack: Awaited<ReturnType<typeof startTestStack>>;
let calendar: WorkingCalendar;
const today = shanghaiDate(new Date());
const { supervisor, office, admin } = exampleUsers;
const otherOffice: DevUser = { userId: 'u-sixi', tenant: '360923', organisation: 'office-sixi', roles: ['office'] };
const otherCountySupervisor: DevUser = { userId: 'u-tj', tenant: '430922', organisation: 'bureau', roles: ['supervisor'] };

beforeAll(async () => {
  stack = await startTestStack({ functions: probe.functions, handlers: probe.handlers });
  await seedExampleData();
  calendar = await ensureCalendarYears(stack);
});
afterAll(() => stack.runtime.stop());

const assignNew = async (overrides: Record<string, unknown> = {}) => {
  const response = await stack.request('POST', '/v1/rectifications', {
    user: supervisor,
    body: {
      reference: '2026年法治督察 第7项',
      problem: { title: '行政执法案卷归档不规范', description: '部分案卷缺少送达回证' },
      measures: [{ text: '补齐送达回证并重新装订', owner: '李四' }],
      responsibility: { organisation: 'office-aoyang', person: '张三', supervisingLeader: '王局长' },
      severity: 'major',
      deadline: { workingDays: 10 },
      ...overrides,
    },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body!;
};

const command = (user: DevUser, id: string, name: string, body: Record<string, unknown>) =>
  stack.request('POST', `/v1/rectifications/${id}/${name}`, { user, body });

describe('rectification over HTTP', () => {
  it('runs a full life: assign, acknowledge, progress with evidence, return, extension, escalation, close-out, reopen', async () => {
    const created = await assignNew();
    expect(created).toMatchObject({ status: 'assigned', version: 1, assignedOn: today, deadline: calendar.workingDaysAfter(today, 10) });
    const id = created.id as string;
    const step = async (user: DevUser, name: string, body: Record<string, unknown>, expected: Record<string, unknown>) => {
      const current = (await stack.request('GET', `/v1/rectifications/${id}`, { user: supervisor })).body!;
      const response = await command(user, id, name, { expectedVersion: current.version, ...body });
      expect(response.status, `${name}: ${JSON.stringify(response.body)}`).toBe(200);
      expect(response.body).toMatchObject(expected);
      return response.body!;
    };

    await step(office, 'acknowledge', { note: '已签收' }, { status: 'acknowledged', version: 2 });
    await step(office, 'progress', { text: '已补齐一半', percent: 50, evidence: [{ reference: 'archive/2026/0012.pdf' }] }, { status: 'in_progress', progressPercent: 50 });
    await step(office, 'request-close', { summary: '已全部补齐', measuresDone: ['m1'] }, { status: 'close_requested' });
    await step(supervisor, 'return', { reasons: ['送达回证缺少签名'] }, { status: 'in_progress' });
    const proposed = calendar.workingDaysAfter(created.deadline as string, 5);
    await step(office, 'request-extension', { reason: '当事人外出', proposedDeadline: proposed, progress: '完成 80%' }, { pendingExtension: { proposedDeadline: proposed } });
    await step(supervisor, 'decide-extension', { approve: true, deadline: proposed }, { deadline: proposed, originalDeadline: created.deadline });
    await step(supervisor, 'escalate', { reason: '多次催办' }, { escalation: { since: today, automatic: false } });
    await step(office, 'request-close', { summary: '签名已补', evidence: [{ reference: 'archive/2026/0013.pdf' }] }, { status: 'close_requested' });
    const closed = await step(supervisor, 'close', { note: '核查属实，准予销号' }, { status: 'closed', closedOn: today, colour: null });
    expect(closed.escalation).toBeUndefined();
    const reopenBy = calendar.workingDaysAfter(today, 15);
    await step(supervisor, 'reopen', { reason: '回头看发现问题反弹', deadline: reopenBy }, { status: 'in_progress', reopenedCount: 1, deadline: reopenBy });

    const read = await stack.request('GET', `/v1/rectifications/${id}`, { user: office });
    expect(read.body!.history.map((h: { action: string }) => h.action)).toEqual([
      'assign', 'acknowledge', 'reportProgress', 'requestClose', 'return', 'requestExtension', 'decideExtension', 'escalate', 'requestClose', 'close', 'reopen',
    ]);
    expect(read.body!.evidence).toHaveLength(2);
    expect(read.body!.colour).toBe('green');

    const types = await eventually(() => {
      const seen = new Set(probe.handled.filter((e) => e.subject.id === id).map((e) => e.type));
      return seen.size === 10 ? seen : undefined;
    });
    expect([...types].sort()).toEqual([
      'RectificationAcknowledged', 'RectificationAssigned', 'RectificationCloseRequested', 'RectificationClosed', 'RectificationEscalated',
      'RectificationExtensionDecided', 'RectificationExtensionRequested', 'RectificationProgressReported', 'RectificationReopened', 'RectificationReturned',
    ]);
    const closedEvent = probe.handled.find((e) => e.subject.id === id && e.type === 'RectificationClosed');
    expect(closedEvent?.payload).toMatchObject({ responsibleOrganisation: 'office-aoyang', sourceKind: 'manual', onTime: true, wasEscalated: true, workingDaysToClose: 0 });
  });

  it('answers 409 with the current version when the client read a stale one, and loses no update', async () => {
    const { id } = await assignNew();
    expect((await command(office, id, 'acknowledge', { expectedVersion: 1 })).status).toBe(200);
    const stale = await command(supervisor, id, 'escalate', { expectedVersion: 1, reason: '催办' });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'version_conflict', currentVersion: 2, currentStatus: 'acknowledged' } } });
    const invalid = await command(office, id, 'acknowledge', { expectedVersion: 2 });
    expect(invalid).toMatchObject({ status: 409, body: { error: { currentStatus: 'acknowledged' } } });
  });

  it('answers 403 across organisations and keeps other tenants out', async () => {
    const { id } = await assignNew();
    expect((await command(otherOffice, id, 'acknowledge', { expectedVersion: 1 })).status).toBe(403);
    expect((await stack.request('GET', `/v1/rectifications/${id}`, { user: otherOffice })).status).toBe(403);
    expect((await stack.request('GET', '/v1/rectifications?organisation=office-aoyang', { user: otherOffice })).status).toBe(403);
    expect((await stack.request('GET', `/v1/rectifications/${id}`, { user: otherCountySupervisor })).status).toBe(404);
    expect((await stack.request('GET', '/v1/rectifications', { user: otherCountySupervisor })).body).toEqual({ items: [], cursor: null });
    expect((await stack.request('POST', '/v1/rectifications', { user: office, body: {} })).status).toBe(403);
    // Close-out only by a supervisor outside the responsible organisation.
    await command(office, id, 'acknowledge', { expectedVersion: 1 });
    await command(office, id, 'request-close', { expectedVersion: 2, summary: '完成', evidence: [{ reference: 'x.jpg' }], measuresDone: ['m1'] });
    const supervisorInOffice: DevUser = { userId: 'u-s', tenant: '360923', organisation: 'office-aoyang', roles: ['supervisor'] };
    expect((await command(supervisorInOffice, id, 'close', { expectedVersion: 3 })).status).toBe(403);
  });

  it('ticks measures off one by one (逐项销号); close-out waits for the last, or for a supervisor to waive it', async () => {
    const created = await stack.request('POST', '/v1/rectifications', {
      user: supervisor,
      body: {
        problem: { title: '调解台账不规范' },
        measures: [{ text: '补齐调解台账', dueDate: calendar.workingDaysAfter(today, 2) }, { text: '建立台账核对制度', owner: '王五' }],
        responsibility: { organisation: 'office-aoyang' },
        deadline: { workingDays: 10 },
      },
    });
    const id = created.body!.id as string;
    const remindedOf = async () => (await rectificationStore(dynamo(), stack.runtime.tables.records).measuresDueBetween('360923', today, calendar.workingDaysAfter(today, 2))).filter((m) => m.itemId === id);
    expect(await remindedOf()).toHaveLength(1);
    await command(office, id, 'acknowledge', { expectedVersion: 1 });
    expect((await stack.request('GET', `/v1/rectifications/${id}`, { user: office })).body!.actions).toEqual(expect.arrayContaining(['update-measure', 'request-close']));
    const ticked = await command(office, id, 'update-measure', { expectedVersion: 2, measureId: 'm1', status: 'done', note: '台账已补齐', evidence: [{ reference: '台账-2026.pdf' }] });
    expect(ticked.body!.measures[0]).toMatchObject({ status: 'done', note: '台账已补齐', evidence: [{ reference: '台账-2026.pdf' }] });
    expect(await remindedOf()).toEqual([]); // a measure done is not reminded of any more
    expect(await command(office, id, 'update-measure', { expectedVersion: 2, measureId: 'm2', status: 'done' })).toMatchObject({ status: 409, body: { error: { code: 'version_conflict' } } });
    const refused = await command(office, id, 'request-close', { expectedVersion: 3, summary: '已整改' });
    expect(refused).toMatchObject({ status: 422, body: { error: { fields: [{ path: 'body.measuresDone' }] } } });
    expect(refused.body!.error.message).toContain('m2「建立台账核对制度」');
    expect((await command(office, id, 'waive-measure', { expectedVersion: 3, measureId: 'm2', reason: '县局统一制定' })).status).toBe(403);
    expect((await command(supervisor, id, 'waive-measure', { expectedVersion: 3, measureId: 'm2', reason: '县局已统一制定核对制度' })).body!.measures[1]).toMatchObject({ status: 'waived' });
    expect((await command(office, id, 'request-close', { expectedVersion: 4, summary: '已整改' })).body).toMatchObject({ status: 'close_requested' });
  });

  it('takes the 62 measures of a real 述法 follow-up in one item, and bounds what one record can hold', async () => {
    const assignWith = (measures: Record<string, unknown>[]) =>
      stack.request('POST', '/v1/rectifications', { user: supervisor, body: { problem: { title: '年度述法问题整改' }, measures, responsibility: { organisation: 'office-aoyang' }, deadline: { workingDays: 20 } } });
    const sixtyTwo = await assignWith(Array.from({ length: 62 }, (_, i) => ({ text: `整改措施第${i + 1}条：落实年度现场法治述职指出的问题`, owner: '李四' })));
    expect(sixtyTwo.status).toBe(201);
    expect(sixtyTwo.body!.measures).toHaveLength(62);
    const dated = await assignWith(Array.from({ length: 91 }, (_, i) => ({ text: `措施${i + 1}`, dueDate: calendar.workingDaysAfter(today, 5) })));
    expect(dated).toMatchObject({ status: 422, body: { error: { fields: [{ path: 'body.measures' }] } } });
    const huge = await assignWith(Array.from({ length: 200 }, (_, i) => ({ text: `${'很长的措施说明'.repeat(280)}${i}` })));
    // Far above what a record holds: refused before it reaches the item (commands later are bounded by itemLimits).
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });

  it('names bad fields, refuses close-out without evidence, and creates once per Idempotency-Key', async () => {
    const bad = await stack.request('POST', '/v1/rectifications', { user: supervisor, body: { problem: { title: '' }, responsibility: {}, deadline: { workingDays: 0 } } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['body.problem.title', 'body.responsibility.organisation']));
    const { id } = await assignNew();
    await command(office, id, 'acknowledge', { expectedVersion: 1 });
    expect(await command(office, id, 'request-close', { expectedVersion: 2, summary: '完成' })).toMatchObject({ status: 422, body: { error: { fields: [{ path: 'body.measuresDone' }] } } });
    expect(await command(office, id, 'request-close', { expectedVersion: 2, summary: '完成', measuresDone: ['m1'] })).toMatchObject({ status: 422, body: { error: { fields: [{ path: 'body.evidence' }] } } });

    const post = () =>
      stack.fetch(`/v1/rectifications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'form-7f3a', authorization: '' },
        body: JSON.stringify({ problem: { title: '重复提交测试' }, responsibility: { organisation: 'office-sixi' }, deadline: { workingDays: 5 } }),
      });
    const token = await stack.auth.sign(supervisor);
    const send = async () => {
      const response = await stack.fetch(`/v1/rectifications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'form-7f3a', authorization: `Bearer ${token}` },
        body: JSON.stringify({ problem: { title: '重复提交测试' }, responsibility: { organisation: 'office-sixi' }, deadline: { workingDays: 5 } }),
      });
      return { status: response.status, body: response.json() as { id: string } };
    };
    expect((await post()).status).toBe(401);
    const first = await send();
    const again = await send();
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
  });

  it('refuses a deadline in a year nobody has entered, telling the admin what to do', async () => {
    const farYear = Number(today.slice(0, 4)) + 3;
    const response = await stack.request('POST', '/v1/rectifications', {
      user: supervisor,
      body: { problem: { title: '远期事项' }, responsibility: { organisation: 'office-aoyang' }, deadline: { date: `${farYear}-06-30` } },
    });
    expect(response).toMatchObject({ status: 422, body: { error: { code: 'calendar_unknown', year: farYear } } });
  });

  it('lets admins set the warning rules of their tenant', async () => {
    const rules = { yellowWithinWorkingDays: 5, yellowAfterIdleWorkingDays: 8, autoEscalateAfterOverdueWorkingDays: null };
    expect((await stack.request('PUT', '/v1/settings/rectification', { user: supervisor, body: rules })).status).toBe(403);
    expect((await stack.request('PUT', '/v1/settings/rectification', { user: admin, body: rules })).body).toEqual(rules);
    expect((await stack.request('GET', '/v1/settings/rectification', { user: office })).body).toEqual(rules);
    await stack.request('PUT', '/v1/settings/rectification', { user: admin, body: { yellowWithinWorkingDays: 3, yellowAfterIdleWorkingDays: 10, autoEscalateAfterOverdueWorkingDays: 5 } });
  });

  it('shows an item due in less than the yellow window as yellow', async () => {
    const { id } = await assignNew({ deadline: { date: calendar.workingDaysAfter(today, 2) } });
    expect((await stack.request('GET', `/v1/rectifications/${id}`, { user: supervisor })).body!.colour).toBe('yellow');
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleUsers } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '#shared/adapters/aws.ts';
import { addDays, shanghaiDate, type WorkingCalendar } from '#shared/calendar/working-calendar.ts';
import { env } from '#shared/config.ts';
import { tenantKey } from '#shared/tenancy/tenant.ts';
import { ensureCalendarYears } from './support/calendar-fixture.ts';
import { probeConsumer } from './support/probe-consumer.ts';
import { eventually, startTestStack } from './support/test-stack.ts';

const probe = probeConsumer();
let stack: Awaited<ReturnType<typeof startTestStack>>;
let calendar: WorkingCalendar;
const today = shanghaiDate(new Date());
const { agency, supervisor, admin } = exampleUsers;
const healthAgency: DevUser = { userId: 'u-ws', tenant: '360923', organisation: 'agency-health', roles: ['agency'] };
const otherCountyAgency: DevUser = { userId: 'u-tj', tenant: '430922', organisation: 'agency-market', roles: ['agency'] };

beforeAll(async () => {
  stack = await startTestStack({ functions: probe.functions, handlers: probe.handlers });
  await seedExampleData();
  calendar = await ensureCalendarYears(stack);
});
afterAll(() => stack.runtime.stop());

const plan = (overrides: Record<string, unknown> = {}) => {
  const from = addDays(today, 3);
  return {
    enterprise: '91360923MA35F2K8XC',
    inspectionType: 'routine',
    items: ['SC-SP-01'],
    legalBasis: '《中华人民共和国食品安全法》第一百一十条',
    window: { from, to: from },
    officers: ['sc-liu', 'sc-chen'],
    approval: { approver: '县市场监督管理局局长', approvedOn: today },
    ...overrides,
  };
};

describe('enterprise-inspection filing', () => {
  it('files → code → verify → result with an order → rectification item → rating, one rating only', async () => {
    const filed = await stack.request('POST', '/v1/inspection-filings', { user: agency, body: plan() });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body!.code.display).toMatch(/^JC\d{6}-[2-9A-Z]{6}$/);
    expect(filed.body!.code.qrContent).toBe(`${stack.runtime.url}/verify/${filed.body!.code.token}`);
    const { id, code } = filed.body as { id: string; code: { token: string } };

    const page = await stack.request('GET', `/v1/inspection-codes/${code.token}`);
    expect(page.body).toMatchObject({
      status: 'planned',
      statusLabel: '已备案，待检查',
      inspectionTypeLabel: '日常检查',
      agency: 'agency-market',
      agencyName: '上高县市场监督管理局',
      enterprise: { name: '上高县锦绣食品有限公司' },
      officers: [{ name: '刘明', certificateNumber: '36092301001' }, { name: '陈芳', certificateNumber: '36092301002' }],
      items: [{ code: 'SC-SP-01', legalBasis: '《中华人民共和国食品安全法》第一百一十条' }],
    });
    expect(JSON.stringify(page.body)).not.toContain(id); // nothing internal leaks to the enterprise
    expect((await stack.request('POST', `/v1/inspection-codes/${code.token}/rating`, { body: { score: 5, showedCertificates: true, stayedWithinItems: true, askedNothingImproper: true } })).status).toBe(409);

    const result = await stack.request('POST', `/v1/inspection-filings/${id}/result`, {
      user: agency,
      body: { expectedVersion: 1, inspectedOn: today, officers: ['sc-liu', 'sc-chen'], findings: [{ text: '冷库温度记录缺失' }], orders: [{ problem: '冷库温度记录缺失', measure: '建立每日温度记录台账', deadlineWorkingDays: 10 }] },
    });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body!.result).toMatchObject({ onTime: true, dueOn: calendar.workingDaysAfter(today, 5) });

    const withItem = await eventually(async () => {
      const body = (await stack.request('GET', `/v1/inspection-codes/${code.token}`)).body!;
      return body.rectifications.length ? body : undefined;
    });
    expect(withItem.rectifications).toEqual([{ id: expect.any(String), version: 1, problem: '冷库温度记录缺失', deadline: calendar.workingDaysAfter(today, 10), status: 'assigned', statusLabel: '已交办', measures: [{ id: 'm1', text: '建立每日温度记录台账', status: 'not_started' }], actions: ['acknowledge', 'request-extension'] }]);

    // The enterprise works on its item through the code; a supervisor outside it closes it out.
    const itemId = withItem.rectifications[0].id as string;
    expect(result.body!.result.orders[0].rectificationId).toBe(itemId);
    expect((await stack.request('GET', `/v1/inspection-filings/${id}`, { user: supervisor })).body!.result.orders[0].rectificationId).toBe(itemId);

    // The agency follows the enterprise's item up: not among its own items, but among those it follows up; nobody
    // else's follow-ups are listed to it, nor its own to another agency.
    const listed = async (user: DevUser, query: string) => {
      const answer = await stack.request('GET', `/v1/rectifications?${query}`, { user });
      return answer.status === 200 ? (answer.body!.items as { id: string }[]).map((i) => i.id) : answer.status;
    };
    expect(await listed(agency, '')).not.toContain(itemId);
    expect(await listed(agency, 'supervising=agency-market')).toContain(itemId);
    expect(await listed(agency, 'supervising=agency-market&status=assigned&source=inspection')).toContain(itemId);
    expect(await listed(agency, 'supervising=agency-market&status=closed')).not.toContain(itemId);
    expect(await listed(agency, 'supervising=agency-health')).toBe(403);
    expect(await listed(healthAgency, 'supervising=agency-market')).toBe(403);
    expect(await listed(supervisor, 'supervising=agency-market')).toContain(itemId);
    const viaCode = (command: string, body: Record<string, unknown>) => stack.request('POST', `/v1/inspection-codes/${code.token}/rectifications/${itemId}/${command}`, { body });
    const acknowledged = (await viaCode('acknowledge', { expectedVersion: 1 })).body!;
    expect(acknowledged).toMatchObject({ status: 'acknowledged' });
    // Only what the code has routes for: measures are finished with the close-out request, not one by one.
    expect(acknowledged.actions).toEqual(['progress', 'request-close', 'request-extension']);
    expect((await viaCode('request-close', { expectedVersion: 2, summary: '已建立温度记录台账', evidence: [{ reference: 'photos/ledger.jpg' }], measuresDone: ['m1'] })).body).toMatchObject({ status: 'close_requested' });
    expect((await viaCode('close', { expectedVersion: 3 })).status).toBe(404);
    const closed = await stack.request('POST', `/v1/rectifications/${itemId}/close`, { user: supervisor, body: { expectedVersion: 3 } });
    expect(closed.body).toMatchObject({ status: 'closed', history: expect.arrayContaining([expect.objectContaining({ action: 'acknowledge', actor: { kind: 'enterprise', inspectionCode: filed.body!.code.display } })]) });

    const rating = { score: 4, showedCertificates: true, stayedWithinItems: true, askedNothingImproper: true, comment: '检查规范' };
    expect((await stack.request('POST', `/v1/inspection-codes/${code.token}/rating`, { body: rating })).status).toBe(201);
    expect((await stack.request('POST', `/v1/inspection-codes/${code.token}/rating`, { body: rating })).status).toBe(409);
    expect((await stack.request('GET', `/v1/inspection-filings/${id}/rating`, { user: supervisor })).body).toMatchObject({ score: 4 });
    expect((await stack.request('GET', `/v1/inspection-filings/${id}/rating`, { user: agency })).status).toBe(403);
    const rated = await eventually(() => probe.handled.find((e) => e.type === 'InspectionRated' && e.subject.id === id));
    expect(rated.actor).toEqual({ kind: 'enterprise', inspectionCode: filed.body!.code.display });
    await sleep(1000);
    expect(probe.handled.filter((e) => e.type === 'InspectionRated' && e.subject.id === id)).toHaveLength(1);
  });

  it('opens a code issued before codes were indexed, from the code row filings had then', async () => {
    const filed = await stack.request('POST', '/v1/inspection-filings', { user: agency, body: plan({ window: { from: addDays(today, 5), to: addDays(today, 5) } }) });
    const { id, code } = filed.body as { id: string; code: { token: string; display: string } };
    // The filing as it was stored then: no index keys for its code, and a row of the code's own.
    const [db, TableName] = [dynamo(), env.recordsTable()];
    await db.send(new UpdateCommand({ TableName, Key: { pk: tenantKey(agency.tenant, 'FILING', id), sk: 'ITEM' }, UpdateExpression: 'REMOVE gsi7pk, gsi7sk' }));
    expect((await stack.request('GET', `/v1/inspection-codes/${code.token}`)).status).toBe(404);
    await db.send(new PutCommand({ TableName, Item: { pk: `CODE#${code.token}`, sk: 'CODE', tenant: agency.tenant, filingId: id } }));
    const page = await stack.request('GET', `/v1/inspection-codes/${code.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ code: code.display, status: 'planned', agency: 'agency-market' });
    // Its slot under the enterprise's yearly cap goes back for the tests after this one.
    expect((await stack.request('POST', `/v1/inspection-filings/${id}/cancel`, { user: agency, body: { expectedVersion: 1, reason: '测试完毕' } })).status).toBe(200);
  });

  it('answers every broken rule in one 422, and records the rejection; the dry run finds the same and records nothing', async () => {
    const broken = plan({ enterprise: '913609231585621039', items: ['SC-SP-01', 'XX-99'], officers: ['sc-liu', 'sc-zhou', 'ws-huang'] });
    const dryRun = await stack.request('POST', '/v1/inspection-filings/check', { user: agency, body: broken });
    expect(dryRun.status).toBe(200);
    expect(dryRun.body).toMatchObject({ accepted: false, warnings: [] });
    expect(dryRun.body!.violations.map((r: { code: string; field: string }) => `${r.code}@${r.field}`)).toEqual(['item_not_listed@items.1', 'certificate_invalid@officers.1', 'officer_of_other_agency@officers.2', 'no_disturb@enterprise']);
    expect(dryRun.body!.violations[3].message).toContain('无事不扰');
    await sleep(1500);
    expect(probe.handled.filter((e) => e.type === 'InspectionFilingRejected' && e.payload.enterprise === '913609231585621039')).toEqual([]);
    expect((await stack.request('POST', '/v1/inspection-filings/check', { user: agency, body: plan({ enterprise: '91360923MA36C7WN0K', items: ['SC-TZ-01'] }) })).body).toMatchObject({ accepted: true, violations: [] });
    expect((await stack.request('POST', '/v1/inspection-filings/check', { user: supervisor, body: plan() })).status).toBe(403);

    const response = await stack.request('POST', '/v1/inspection-filings', { user: agency, body: broken });
    expect(response.status).toBe(422);
    expect(response.body!.error.rules.map((r: { code: string }) => r.code)).toEqual(['item_not_listed', 'certificate_invalid', 'officer_of_other_agency', 'no_disturb']);
    expect(response.body!.error.fields.map((f: { path: string }) => f.path)).toEqual(['body.items.1', 'body.officers.1', 'body.officers.2', 'body.enterprise']);
    const rejected = await eventually(() => probe.handled.find((e) => e.type === 'InspectionFilingRejected' && e.payload.enterprise === '913609231585621039'));
    expect(rejected.payload).toMatchObject({ reasonCodes: expect.arrayContaining(['no_disturb']) });
  });

  it('stops the third inspection of the year by the same agency, and proposes joint inspections across agencies', async () => {
    const enterprise = '92360923MA39P4R1LY';
    // All three plans in one calendar year, whatever day the suite runs.
    const base = addDays(today, 25).slice(0, 4) === today.slice(0, 4) ? today : `${Number(today.slice(0, 4)) + 1}-01-05`;
    const at = (days: number) => ({ from: addDays(base, days), to: addDays(base, days) });
    expect((await stack.request('POST', '/v1/inspection-filings', { user: agency, body: plan({ enterprise, window: at(1) }) })).status).toBe(201);
    expect((await stack.request('POST', '/v1/inspection-filings', { user: agency, body: plan({ enterprise, window: at(8) }) })).status).toBe(201);
    const third = await stack.request('POST', '/v1/inspection-filings', { user: agency, body: plan({ enterprise, window: at(20) }) });
    expect(third.body!.error.rules).toContainEqual(expect.objectContaining({ code: 'cap_reached', details: { count: 2, cap: 2 } }));
    const exempt = await stack.request('POST', '/v1/inspection-filings', { user: agency, body: plan({ enterprise, window: at(20), exemptionReason: 'complaint' }) });
    expect(exempt.status).toBe(201);
    const health = await stack.request('POST', '/v1/inspection-filings', {
      user: healthAgency,
      body: plan({ enterprise, items: ['WS-YL-01'], officers: ['ws-huang', 'ws-wu'], window: at(3), approval: { approver: '卫健委主任', approvedOn: today } }),
    });
    expect(health.status, JSON.stringify(health.body)).toBe(201);
    expect(health.body!.warnings[0]).toMatchObject({ code: 'joint_inspection_proposed', details: { filings: expect.arrayContaining([expect.objectContaining({ agency: 'agency-market' })]) } });

    // The market agency re-plans for day 3 (a referral, so past its cap) and both visit together.
    const marketOnDay3 = (await stack.request('POST', '/v1/inspection-filings', { user: agency, body: plan({ enterprise, window: at(3), exemptionReason: 'referral' }) })).body!;
    const joint = await stack.request('POST', '/v1/joint-inspections', { user: healthAgency, body: { filingIds: [health.body!.id, marketOnDay3.id], visitOn: at(3).from } });
    expect(joint.status, JSON.stringify(joint.body)).toBe(201);
    const event = await eventually(() => probe.handled.find((e) => e.type === 'JointInspectionFormed' && e.subject.id === joint.body!.id));
    expect(event.payload).toMatchObject({ enterprise, visitOn: at(3).from, agencies: ['agency-health', 'agency-market'] });
    expect((await stack.request('GET', `/v1/inspection-filings/${marketOnDay3.id}`, { user: agency })).body!.joint).toMatchObject({ id: joint.body!.id });
    const again = await stack.request('POST', '/v1/joint-inspections', { user: healthAgency, body: { filingIds: [health.body!.id, marketOnDay3.id], visitOn: at(3).from } });
    expect(again.status).toBe(422);
  });

  it('keeps agencies to their own filings and tenants apart', async () => {
    const filed = await stack.request('POST', '/v1/inspection-filings', { user: agency, body: plan({ enterprise: '91360923MA36C7WN0K', items: ['SC-TZ-01'] }) });
    const id = filed.body!.id as string;
    expect((await stack.request('GET', `/v1/inspection-filings/${id}`, { user: healthAgency })).status).toBe(403);
    expect((await stack.request('GET', `/v1/inspection-filings/${id}`, { user: otherCountyAgency })).status).toBe(404);
    expect((await stack.request('GET', `/v1/inspection-filings/${id}`, { user: supervisor })).status).toBe(200);
    expect((await stack.request('GET', '/v1/inspection-filings', { user: healthAgency })).body!.filings.map((f: { agency: string }) => f.agency)).not.toContain('agency-market');
    expect((await stack.request('GET', '/v1/inspection-filings?agency=agency-market', { user: healthAgency })).status).toBe(403);
    const month = filed.body!.plannedOn.slice(0, 7) as string;
    const ofMonth = (await stack.request('GET', `/v1/inspection-filings?month=${month}`, { user: supervisor })).body!.filings as { id: string; agency: string; plannedOn: string }[];
    expect(ofMonth.map((f) => f.id)).toContain(id);
    expect(ofMonth.every((f) => f.plannedOn.startsWith(month))).toBe(true);
    expect(ofMonth.map((f) => f.plannedOn)).toEqual(ofMonth.map((f) => f.plannedOn).sort().reverse());
    expect((await stack.request('GET', `/v1/inspection-filings?agency=agency-health&month=${month}`, { user: supervisor })).body!.filings.map((f: { agency: string }) => f.agency)).not.toContain('agency-market');
    expect((await stack.request('GET', '/v1/inspection-filings?month=2026-13', { user: supervisor })).status).toBe(400);
    expect((await stack.request('POST', '/v1/inspection-filings', { user: exampleUsers.inspector, body: plan() })).status).toBe(403);
    const cancelled = await stack.request('POST', `/v1/inspection-filings/${id}/cancel`, { user: agency, body: { expectedVersion: 1, reason: '企业停产' } });
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    expect((await stack.request('POST', `/v1/inspection-filings/${id}/result`, { user: agency, body: { expectedVersion: 2, inspectedOn: today, officers: ['sc-liu', 'sc-chen'] } })).status).toBe(409);
  });

  it('accepts a codeless (emergency) inspection filed afterwards, flagged late after 3 working days, and files once per Idempotency-Key', async () => {
    const inspectedOn = calendar.workingDaysBefore(today, 6);
    const codeless = plan({
      enterprise: '91360923MA36C7WN0K',
      items: ['SC-TZ-01'],
      window: { from: inspectedOn, to: inspectedOn },
      codeless: { inspectedOn, reason: '电梯困人事故应急检查' },
      approval: { approver: '县市场监督管理局局长', approvedOn: today },
      exemptionReason: 'complaint',
    });
    const token = await stack.auth.sign(agency);
    const send = (body: object = codeless) =>
      stack.fetch(`/v1/inspection-filings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'emergency-2026-001' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: r.json() }));
    const first = await send();
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.codeless).toMatchObject({ inspectedOn, late: true });
    const again = await send();
    expect([again.status, again.body.id]).toEqual([200, first.body.id]);
    const other = await send({ ...codeless, legalBasis: '《特种设备安全法》第五十七条' });
    expect([other.status, other.body.error?.code]).toEqual([422, 'idempotency_key_reused']);
  });

  it('validates credit codes on enterprise records, letting an admin accept a failing code with a reason', async () => {
    const corrupted = '91360923MA35F2K8XD';
    const refused = await stack.request('PUT', `/v1/enterprises/${corrupted}`, { user: admin, body: { name: '测试企业' } });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'check_character', expected: 'C' } } });
    const accepted = await stack.request('PUT', `/v1/enterprises/${corrupted}`, { user: admin, body: { name: '测试企业', creditCodeOverride: '营业执照原件核对无误' } });
    expect(accepted.body).toMatchObject({ creditCode: corrupted, creditCodeOverride: '营业执照原件核对无误' });
    expect((await stack.request('PUT', '/v1/enterprises/91360923MA35F2K8XO', { user: admin, body: { name: 'x', creditCodeOverride: 'r' } })).status).toBe(400);
  });

  it('reads a credit code as typed (spaces, lower case) and wants an override reason in words', async () => {
    const typed = encodeURIComponent(' 91360923ma35f2k8xd ');
    const blank = await stack.request('PUT', `/v1/enterprises/${typed}`, { user: admin, body: { name: '测试企业', creditCodeOverride: '   ' } });
    expect(blank).toMatchObject({ status: 400, body: { error: { fields: [{ path: 'body.creditCodeOverride', message: 'say why in words' }] } } });
    const refused = await stack.request('PUT', `/v1/enterprises/${typed}`, { user: admin, body: { name: '测试企业' } });
    expect(refused.body!.error.message).toContain('the check character (the 18th) should be C by GB 32100, not D');
    const known = await stack.request('GET', `/v1/enterprises/${encodeURIComponent('91360923ma35f2k8xc')}`, { user: admin });
    expect(known.body).toMatchObject({ creditCode: '91360923MA35F2K8XC' });
  });

  it('finds enterprises by a part of the name or the start of the code, and lists the no-disturb ones', async () => {
    const found = (q: string, extra = '') => stack.request('GET', `/v1/enterprises?q=${encodeURIComponent(q)}${extra}`, { user: agency }).then((r) => r.body!);
    expect((await found('锦绣')).enterprises.map((e: { creditCode: string }) => e.creditCode)).toEqual(['91360923MA35F2K8XC']);
    expect((await found('91360923ma35')).enterprises.map((e: { name: string }) => e.name)).toContain('上高县锦绣食品有限公司');
    const quiet = (await stack.request('GET', '/v1/enterprises?noDisturb=true', { user: agency })).body!.enterprises as { creditCode: string; noDisturb: boolean }[];
    expect(quiet.map((e) => e.creditCode)).toContain('913609231585621039');
    expect(quiet.every((e) => e.noDisturb)).toBe(true);
    expect(await found('', '&limit=1')).toMatchObject({ enterprises: [expect.anything()], more: true });
    expect((await stack.request('GET', '/v1/enterprises?limit=0', { user: agency })).status).toBe(400);
  });
});

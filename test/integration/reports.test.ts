import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import ExcelJS from 'exceljs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleOrganisations, exampleUsers, officeAnswers, officeSubmission } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { DeleteCommand, GetCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '#shared/adapters/aws.ts';
import { assign } from '#shared/rectification/assignment.ts';
import { indexKeyBackfill, rectificationStore } from '#shared/rectification/store.ts';
import { defaultRules } from '#shared/rectification/warning-colour.ts';
import { addDays, shanghaiDate, type WorkingCalendar } from '#shared/calendar/working-calendar.ts';
import { officeStandardization } from '#shared/checklist/starter-templates.ts';
import { TemplateContent } from '#shared/checklist/template.ts';
import { aggregator, type ReportedEvent, reportedEvents } from '#shared/reporting/aggregator.ts';
import { quarterOf, quarterPeriod, yearPeriod } from '#shared/reporting/period.ts';
import { reconcile } from '#shared/reporting/reconciliation.ts';
import { counterPk, factKey } from '#shared/reporting/aggregate-store.ts';
import { shardOf } from '#shared/reporting/contributions.ts';
import { queryAll } from '#shared/store/query-all.ts';
import { reportService } from '#shared/reporting/report-service.ts';
import { ensureCalendarYears } from './support/calendar-fixture.ts';
import { probeConsumer } from './support/probe-consumer.ts';
import { eventually, startTestStack } from './support/test-stack.ts';

/**
 * A scenario through the other functions' APIs (rectifications, checklists, filings), then every
 * figure of the three reports compared with values this test computes itself from what the APIs
 * answered — never from the aggregates.
 */
const probe = probeConsumer();
let stack: Awaited<ReturnType<typeof startTestStack>>;
let calendar: WorkingCalendar;
const today = shanghaiDate(new Date());
const year = Number(today.slice(0, 4));
const { inspector, supervisor, admin, agency, office } = exampleUsers;
const jinjiang: DevUser = { userId: 'u-jj', tenant: '360923', organisation: 'office-jinjiang', roles: ['office'] };
const healthAgency: DevUser = { userId: 'u-ws', tenant: '360923', organisation: 'agency-health', roles: ['agency'] };
const office24 = TemplateContent.parse(officeStandardization);
// Filings are planned a few days ahead, in one calendar year whatever day the suite runs.
const base = addDays(today, 25).slice(0, 4) === today.slice(0, 4) ? today : `${year + 1}-01-05`;
const at = (days: number) => ({ from: addDays(base, days), to: addDays(base, days) });
const inspectionYear = yearPeriod(Number(base.slice(0, 4)));
const rectificationYear = yearPeriod(year);
const E1 = '92360923MA39P4R1LY';
const E2 = '91360923MA35F2K8XC';

const range = (p: { from: string; to: string }) => `from=${p.from}&to=${p.to}`;
const get = async (path: string, user: DevUser = supervisor) => {
  const response = await stack.request('GET', path, { user });
  expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body!;
};
const post = async (path: string, user: DevUser, body: unknown, status = 200) => {
  const response = await stack.request('POST', path, { user, body });
  expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(status);
  return response.body!;
};
const download = async (path: string, user: DevUser = supervisor) => {
  const response = await stack.fetch(path, { headers: { authorization: `Bearer ${await stack.auth.sign(user)}` } });
  expect(response.status, path).toBe(200);
  return { type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: response.bytes };
};

const submission = (organisation: string, changes: Record<string, Record<string, unknown>> = {}) => officeSubmission(organisation, today, changes);
const plan = (overrides: Record<string, unknown> = {}) => ({
  enterprise: E1,
  inspectionType: 'routine',
  items: ['SC-SP-01'],
  legalBasis: '《中华人民共和国食品安全法》第一百一十条',
  window: at(3),
  officers: ['sc-liu', 'sc-chen'],
  approval: { approver: '县市场监督管理局局长', approvedOn: today },
  ...overrides,
});
const healthPlan = (overrides: Record<string, unknown> = {}) =>
  plan({ items: ['WS-YL-01'], officers: ['ws-huang', 'ws-wu'], approval: { approver: '卫健委主任', approvedOn: today }, ...overrides });

/** What the scenario did, as the APIs answered it. */
const scenario = { submissions: [] as Record<string, any>[], filings: [] as Record<string, any>[], rejectionReasons: [] as string[], rating: { score: 3, showedCertificates: false, stayedWithinItems: true, askedNothingImproper: true } };

const runScenario = async () => {
  // Rectifications (整改): closed on time, escalated and open, cancelled, closed then reopened.
  const assign = (organisation: string) =>
    post('/v1/rectifications', supervisor, { problem: { title: `报表测试 ${organisation}` }, responsibility: { organisation }, severity: 'major', deadline: { workingDays: 10 } }, 201);
  const step = async (user: DevUser, id: string, name: string, body: Record<string, unknown> = {}) => {
    const current = await get(`/v1/rectifications/${id}`);
    return post(`/v1/rectifications/${id}/${name}`, user, { expectedVersion: current.version, ...body });
  };
  const a = await assign('office-aoyang');
  await step(office, a.id, 'acknowledge');
  await step(office, a.id, 'request-close', { summary: '已整改', evidence: [{ reference: 'photos/a.jpg' }] });
  await step(supervisor, a.id, 'close');
  const b = await assign('office-sixi');
  await step(supervisor, b.id, 'escalate', { reason: '进度滞后' });
  const c = await assign('office-aoyang');
  await step(supervisor, c.id, 'cancel', { reason: '重复交办' });
  const d = await assign('office-jinjiang');
  await step(jinjiang, d.id, 'acknowledge');
  await step(jinjiang, d.id, 'request-close', { summary: '已整改', evidence: [{ reference: 'photos/d.jpg' }] });
  await step(supervisor, d.id, 'close');
  await step(supervisor, d.id, 'reopen', { reason: '问题反弹', deadline: calendar.workingDaysAfter(today, 15) });

  // Checklists (检查评估): one accepted with failed items, one returned → resubmitted → accepted, one in review.
  const s1 = await post('/v1/checklist-submissions', inspector, submission('office-sixi', { '7': { deductions: [{ id: 'no-lawyer', count: 1 }], note: '无法律专业人员' }, '10': { value: 55 } }), 201);
  const s1Accepted = await post(`/v1/checklist-submissions/${s1.id}/accept`, supervisor, { expectedVersion: 1 });
  const s2 = await post('/v1/checklist-submissions', inspector, submission('office-hantang'), 201);
  await post(`/v1/checklist-submissions/${s2.id}/return`, supervisor, { expectedVersion: 1, reasons: [{ reason: '材料不全' }] });
  await post(`/v1/checklist-submissions/${s2.id}/resubmit`, inspector, { expectedVersion: 2, answers: officeAnswers({ '7': { deductions: [{ id: 'no-lawyer', count: 1 }] } }) });
  const s2Accepted = await post(`/v1/checklist-submissions/${s2.id}/accept`, supervisor, { expectedVersion: 3 });
  const s3 = await post('/v1/checklist-submissions', inspector, submission('office-jinjiang'), 201);
  scenario.submissions.push(s1Accepted, s2Accepted, s3);
  expect((await stack.request('PUT', `/v1/checklist-targets/office-standardization/${year}`, { user: admin, body: { share: 0.8 } })).status).toBe(200);

  // Filings (涉企行政检查): market ×2 on E1 (one with result, orders and a rating), health on E1 (joint) and E2 (cancelled), one refused.
  const f1 = await post('/v1/inspection-filings', agency, plan(), 201);
  const f2 = await post('/v1/inspection-filings', agency, plan({ window: at(10) }), 201);
  const f3 = await post('/v1/inspection-filings', healthAgency, healthPlan({ enterprise: E2, window: at(5) }), 201);
  const f4 = await post('/v1/inspection-filings', healthAgency, healthPlan(), 201);
  await post('/v1/joint-inspections', healthAgency, { filingIds: [f4.id, f1.id], visitOn: at(3).from }, 201);
  await post(`/v1/inspection-filings/${f3.id}/cancel`, healthAgency, { expectedVersion: 1, reason: '企业停产' });
  const f1Now = await get(`/v1/inspection-filings/${f1.id}`);
  const f1Result = await post(`/v1/inspection-filings/${f1.id}/result`, agency, {
    expectedVersion: f1Now.version,
    inspectedOn: today,
    officers: ['sc-liu', 'sc-chen'],
    findings: [{ text: '冷库温度记录缺失' }, { text: '从业人员健康证过期' }],
    orders: [
      { problem: '冷库温度记录缺失', measure: '建立温度记录台账', deadlineWorkingDays: 10 },
      { problem: '健康证过期', measure: '补办健康证', deadlineWorkingDays: 5 },
    ],
  });
  await post(`/v1/inspection-codes/${f1.code.token}/rating`, agency, scenario.rating, 201);
  const refused = await stack.request('POST', '/v1/inspection-filings', { user: agency, body: plan({ enterprise: '913609231585621039', items: ['SC-SP-01', 'XX-99'] }) });
  expect(refused.status).toBe(422);
  scenario.rejectionReasons = refused.body!.error.rules.map((r: { code: string }) => r.code);
  scenario.filings.push(f1Result, f2, await get(`/v1/inspection-filings/${f3.id}`), await get(`/v1/inspection-filings/${f4.id}`));

  // The intake turns failed items and orders into rectification items: wait for them (3 + 2).
  await eventually(async () => ((await allItems()).length === 4 + 3 + 2 ? true : undefined), 30_000);
};

const allItems = async () => {
  const items: Record<string, any>[] = [];
  let cursor: string | undefined;
  do {
    const page = await get(`/v1/rectifications?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return items;
};

// ——— Figures computed here, independently of the reporting code ———

const shown = (p: { from: string; to: string; label: string }) => ({ from: p.from, to: p.to, label: p.label });
const shareOf = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null);
const percentile = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const n = sorted.length;
  if (!n) return { median: null, p90: null };
  return { median: n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2, p90: sorted[Math.ceil(0.9 * n) - 1] };
};
const rowOf = (item: Record<string, any>) => (item.responsibility.organisation.startsWith('enterprise:') ? `enterprises:${item.responsibility.supervisingOrganisation}` : item.responsibility.organisation);
const expectedRectificationFigures = (items: Record<string, any>[], period: { from: string; to: string }) => {
  const inPeriod = (date?: string) => date !== undefined && date >= period.from && date <= period.to;
  const open = (i: Record<string, any>) => !['closed', 'cancelled'].includes(i.status);
  const assigned = items.filter((i) => inPeriod(i.assignedOn));
  const live = assigned.filter((i) => i.status !== 'cancelled');
  const closed = items.filter((i) => i.status === 'closed' && inPeriod(i.closedOn));
  return {
    opened: live.length,
    cancelled: assigned.length - live.length,
    closed: closed.length,
    closedOnTime: closed.filter((i) => i.closedOn <= i.deadline).length,
    closedOnTimeShare: shareOf(closed.filter((i) => i.closedOn <= i.deadline).length, closed.length),
    openNow: live.filter(open).length,
    overdueNow: live.filter((i) => open(i) && i.overdueSince).length,
    escalated: live.filter((i) => i.history.some((h: { action: string }) => h.action === 'escalate')).length,
    workingDaysToClose: percentile(closed.map((i) => calendar.workingDaysBetween(i.assignedOn, i.closedOn))),
  };
};
/** Names as a person reads them, from the example organisations (an agency's enterprises named after it). */
const nameOf = (id: string): string => (id.startsWith('enterprises:') ? `${nameOf(id.slice('enterprises:'.length))}督促的企业` : (exampleOrganisations.find((o) => o.id === id)?.name ?? id));

const expectedRectificationReport = (items: Record<string, any>[], period: { from: string; to: string; label: string }, visible: (row: string) => boolean = () => true) => {
  const mine = items.filter((i) => visible(rowOf(i)));
  const touched = mine.filter((i) => (i.assignedOn >= period.from && i.assignedOn <= period.to) || (i.closedOn && i.closedOn >= period.from && i.closedOn <= period.to));
  const groups = (key: (i: Record<string, any>) => string) => [...new Set(touched.map(key))].sort();
  return {
    period: shown(period),
    totals: expectedRectificationFigures(mine, period),
    byOrganisation: groups(rowOf).map((organisation) => ({ organisation, organisationName: nameOf(organisation), ...expectedRectificationFigures(mine.filter((i) => rowOf(i) === organisation), period) })),
    bySource: groups((i) => i.source.kind).map((source) => ({ source, ...expectedRectificationFigures(mine.filter((i) => i.source.kind === source), period) })),
    // These items belong to no campaign; a campaign's figures are checked in rectification-campaigns.test.ts.
    byCampaign: [],
  };
};

const expectedInspectionFigures = (filings: Record<string, any>[], rejections: number, detailedRatings: boolean) => {
  const live = filings.filter((f) => f.status !== 'cancelled');
  const results = live.filter((f) => f.result);
  const rated = live.filter((f) => f.id === scenario.filings[0]!.id);
  const complaints = rated.length && !scenario.rating.showedCertificates ? 1 : 0;
  return {
    filings: live.length,
    codeless: live.filter((f) => f.codeless).length,
    codelessLate: live.filter((f) => f.codeless?.late).length,
    joint: live.filter((f) => f.joint).length,
    jointShare: shareOf(live.filter((f) => f.joint).length, live.length),
    resultsFiled: results.length,
    resultsOnTime: results.filter((f) => f.result.onTime).length,
    resultsOnTimeShare: shareOf(results.filter((f) => f.result.onTime).length, results.length),
    ordersToCorrect: results.reduce((n, f) => n + f.result.orders.length, 0),
    rejections,
    ratings: detailedRatings
      ? { count: rated.length, average: rated.length ? scenario.rating.score : null, withComplaints: complaints, complaints: complaints ? { noCertificates: 1 } : {} }
      : { count: rated.length, average: null },
  };
};
const perEnterprise = (filings: Record<string, any>[]) => {
  const counts = new Map<string, number>();
  for (const f of filings.filter((x) => x.status !== 'cancelled')) counts.set(f.enterprise.creditCode, (counts.get(f.enterprise.creditCode) ?? 0) + 1);
  const histogram = new Map<number, number>();
  for (const n of counts.values()) histogram.set(n, (histogram.get(n) ?? 0) + 1);
  return {
    enterprises: counts.size,
    maximum: Math.max(0, ...counts.values()),
    distribution: [...histogram].sort(([x], [y]) => x - y).map(([inspections, enterprises]) => ({ inspections, enterprises })),
  };
};
const expectedInspectionReport = (agencyOnly?: string) => {
  const filings = scenario.filings.filter((f) => !agencyOnly || f.agency === agencyOnly);
  const rejectionsOf = (a: string) => (a === 'agency-market' ? 1 : 0);
  const agencies = [...new Set(filings.filter((f) => f.status !== 'cancelled').map((f) => f.agency as string))].sort();
  const monthly = new Map<string, number>();
  for (const f of filings.filter((x) => x.status !== 'cancelled')) monthly.set(`${f.agency}|${f.plannedOn.slice(0, 7)}`, (monthly.get(`${f.agency}|${f.plannedOn.slice(0, 7)}`) ?? 0) + 1);
  const rejections = agencyOnly ? rejectionsOf(agencyOnly) : 1;
  return {
    period: shown(inspectionYear),
    totals: expectedInspectionFigures(filings, rejections, !agencyOnly),
    byAgency: agencies.map((a) => ({ agency: a, agencyName: nameOf(a), ...expectedInspectionFigures(filings.filter((f) => f.agency === a), rejectionsOf(a), !agencyOnly) })),
    filingsByAgencyAndMonth: [...monthly].map(([key, filingsCount]) => ({ agency: key.split('|')[0], agencyName: nameOf(key.split('|')[0]!), month: key.split('|')[1], filings: filingsCount })).sort((x, y) => x.agency!.localeCompare(y.agency!) || x.month!.localeCompare(y.month!)),
    inspectionsPerEnterprise: perEnterprise(filings),
    rejectionsByReason: scenario.rejectionReasons.map((reason) => ({ reason, count: 1 })).sort((x, y) => x.reason.localeCompare(y.reason)),
  };
};

const expectedChecklistReport = () => {
  const accepted = scenario.submissions.filter((s) => s.status === 'accepted');
  const failures = new Map<string, number>();
  for (const s of accepted) for (const i of s.result.items.filter((x: { failed: boolean }) => x.failed)) failures.set(i.itemId, (failures.get(i.itemId) ?? 0) + 1);
  const texts = new Map(office24.sections.flatMap((s) => s.items).map((i) => [i.id, i.text]));
  const subjects = new Set(accepted.map((s) => s.subject.organisation));
  const meeting = new Set(accepted.filter((s) => s.result.meetsStandard).map((s) => s.subject.organisation));
  const grades: Record<string, number> = {};
  for (const s of accepted) grades[s.result.grade] = (grades[s.result.grade] ?? 0) + 1;
  return {
    year,
    kinds: [
      {
        kind: 'office-standardization',
        kindName: office24.title,
        subjectsAssessed: subjects.size,
        subjectsMeetingStandard: meeting.size,
        shareMeetingStandard: shareOf(meeting.size, subjects.size),
        target: 0.8,
        reachesTarget: meeting.size / subjects.size >= 0.8,
        assessmentsAccepted: accepted.length,
        assessmentsMeetingStandard: accepted.filter((s) => s.result.meetsStandard).length,
        inReview: scenario.submissions.filter((s) => s.status === 'submitted').length,
        returned: 0,
        modelCount: accepted.filter((s) => s.result.model).length,
        averageScore: Math.round((accepted.reduce((n, s) => n + s.result.score, 0) / accepted.length) * 100) / 100,
        grades,
        mostFailedItems: [...failures]
          .map(([itemId, n]) => ({ itemId, text: texts.get(itemId), failures: n }))
          .sort((x, y) => y.failures - x.failures || x.itemId.localeCompare(y.itemId)),
      },
    ],
  };
};

/** Waits until the report (read through the API) equals what we expect, then checks it stays so. */
const settlesTo = async (path: string, expected: () => unknown, user: DevUser = supervisor) => {
  let last: unknown;
  try {
    await eventually(async () => {
      last = await get(path, user);
      return isDeepStrictEqual(last, JSON.parse(JSON.stringify(expected()))) ? true : undefined;
    }, 30_000);
  } catch {
    expect(last).toEqual(JSON.parse(JSON.stringify(expected())));
  }
  return last;
};

beforeAll(async () => {
  stack = await startTestStack({ functions: probe.functions, handlers: probe.handlers });
  await seedExampleData();
  calendar = await ensureCalendarYears(stack);
  await runScenario();
}, 120_000);
afterAll(() => stack.runtime.stop());

describe('reports read from event-fed aggregates', () => {
  it('rectifications: every figure, in total, by responsible organisation and by source', async () => {
    const items = await allItems();
    await settlesTo(`/v1/reports/rectifications?${range(rectificationYear)}`, () => expectedRectificationReport(items, rectificationYear));
    const quarter = quarterPeriod(year, quarterOf(today));
    await settlesTo(`/v1/reports/rectifications?${range(quarter)}`, () => expectedRectificationReport(items, quarter));
  });

  it('inspections: per agency and month, per enterprise, rejections, joint share, results on time, ratings', async () => {
    await settlesTo(`/v1/reports/inspections?${range(inspectionYear)}`, () => expectedInspectionReport());
  });

  it('checklists: per template kind against the yearly target, with the most-failed items', async () => {
    await settlesTo(`/v1/reports/checklists?year=${year}`, () => expectedChecklistReport());
  });

  it('shows an agency its own figures only, and never ratings of itself in detail; an office its own rectifications', async () => {
    await settlesTo(`/v1/reports/inspections?${range(inspectionYear)}`, () => expectedInspectionReport('agency-market'), agency);
    const items = await allItems();
    await settlesTo(
      `/v1/reports/rectifications?${range(rectificationYear)}`,
      () => expectedRectificationReport(items, rectificationYear, (row) => row === 'agency-market' || row === 'enterprises:agency-market'),
      agency,
    );
    await settlesTo(`/v1/reports/rectifications?${range(rectificationYear)}`, () => expectedRectificationReport(items, rectificationYear, (row) => row === 'office-aoyang'), office);
    expect((await stack.request('GET', `/v1/reports/inspections?${range(inspectionYear)}`, { user: office })).status).toBe(403);
    expect((await stack.request('GET', `/v1/reports/checklists?year=${year}`, { user: agency })).status).toBe(403);
  });

  it('answers bad periods and names with 400 naming the field', async () => {
    const notAPeriod = await stack.request('GET', `/v1/reports/rectifications?from=${year}-01-05&to=${year}-02-10`, { user: supervisor });
    expect(notAPeriod).toMatchObject({ status: 400, body: { error: { code: 'bad_request', fields: [{ path: 'query.to' }] } } });
    expect((await stack.request('GET', '/v1/reports/checklists', { user: supervisor })).body!.error.fields[0].path).toBe('query.year');
    expect((await stack.request('GET', '/v1/reports/everything.xlsx', { user: supervisor })).body!.error.fields[0].path).toBe('path.file');
    expect((await stack.request('GET', '/v1/reports/inspections.xlsx?year=2026', { user: supervisor })).body!.error.fields.map((f: { path: string }) => f.path)).toEqual(['query.from', 'query.to']);
  });

  it('leaves every figure unchanged after redelivery, and gives the same figures for the same events in any order, one by one or in batches', async () => {
    const paths = [`/v1/reports/rectifications?${range(rectificationYear)}`, `/v1/reports/inspections?${range(inspectionYear)}`, `/v1/reports/checklists?year=${year}`];
    const before = await Promise.all(paths.map((p) => get(p)));
    const events = probe.handled.filter((e) => (reportedEvents as readonly string[]).includes(e.type) && e.tenant === '360923') as ReportedEvent[];
    expect(events.length).toBeGreaterThan(30);

    // Redelivery: every event sent to the reporting queue once more.
    const queue = stack.runtime.queues.get('reporting')!.url;
    const sqs = new SQSClient({});
    for (const event of events) await sqs.send(new SendMessageCommand({ QueueUrl: queue, MessageBody: JSON.stringify(event) }));
    await sleep(3000);
    expect(await Promise.all(paths.map((p) => get(p)))).toEqual(before);
    // … by the aggregates' own fact versions: the consumer keeps no memory of events (one write per event).
    const remembered = await dynamo().send(new ScanCommand({ TableName: stack.runtime.tables.idempotency, FilterExpression: 'begins_with(id, :consumer)', ExpressionAttributeValues: { ':consumer': 'reporting#' } }));
    expect(remembered.Count).toBe(0);

    // Reordering and duplicates past the consumer's de-duplication: the same events, reversed,
    // shuffled and each twice, applied concurrently for another tenant.
    const copy = (e: ReportedEvent) => ({ ...e, tenant: '360999' }) as ReportedEvent;
    let seed = 7;
    const shuffled = [...events.slice().reverse(), ...events].map((e) => ({ e, key: (seed = (seed * 16807) % 2147483647) })).sort((x, y) => x.key - y.key).map((x) => x.e);
    const aggregates = aggregator(dynamo(), stack.runtime.tables.records);
    for (let i = 0; i < shuffled.length; i += 8) await Promise.all(shuffled.slice(i, i + 8).map((e) => aggregates.apply(copy(e))));
    // … and for a third tenant in batches, as the consumer takes them from its queue: batches of 1 to 40 events,
    // three at a time, so batches overlap on the same subjects and counter rows.
    const asThird = (e: ReportedEvent) => ({ ...e, tenant: '360996' }) as ReportedEvent;
    const batches: ReportedEvent[][] = [];
    for (let i = 0, n = 0; i < shuffled.length; n += 1) {
      const size = [1, 40, 3, 17][n % 4]!;
      batches.push(shuffled.slice(i, (i += size)).map(asThird));
    }
    expect(Math.max(...batches.map((b) => b.length))).toBeGreaterThan(30);
    for (let i = 0; i < batches.length; i += 3) await Promise.all(batches.slice(i, i + 3).map((b) => aggregates.applyAll(b)));
    // … and all at once for a fourth, with transactions of at most 12 rows: split by subjects, again and again.
    await aggregator(dynamo(), stack.runtime.tables.records, { maxTransactionItems: 12 }).applyAll(shuffled.map((e) => ({ ...e, tenant: '360995' })));
    const reports = reportService(dynamo(), stack.runtime.tables.records);
    // That tenant has no organisations or templates of its own: its rows are named by their ids.
    const namedByIds = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), function (this: Record<string, unknown>, key, v: unknown) {
        if (key === 'organisationName') return String(this.organisation).replace(/^enterprises:(.+)$/, '$1督促的企业');
        if (key === 'agencyName') return this.agency;
        if (key === 'kindName') return this.kind;
        return v;
      });
    for (const tenant of ['360999', '360996', '360995'] as const) {
      expect(await reports.rectifications(tenant, rectificationYear, { all: true })).toEqual(namedByIds(before[0]));
      expect(await reports.inspections(tenant, inspectionYear, { all: true })).toEqual(namedByIds(before[1]));
      expect((await reports.checklists(tenant, year)).kinds).toEqual((namedByIds(before[2]) as typeof before[2]).kinds.map((k: Record<string, unknown>) => ({ ...k, target: null, reachesTarget: null })));
    }
  });

  it('reconciles: recomputing the aggregates from the source records finds no difference', async () => {
    for (const period of new Set([rectificationYear, inspectionYear, quarterPeriod(year, quarterOf(today))])) {
      const result = await reconcile(dynamo(), stack.runtime.tables.records, '360923', period);
      expect(result.figuresCompared).toBeGreaterThan(10);
      expect(result.differences).toEqual([]);
    }
  });

  it('reconciles: a record written without its event shows up as a difference', async () => {
    // Another bureau, so the scenario's figures stay as they are.
    const built = assign('R-LOST-0000000000000000001', '360998', { kind: 'manual' }, {
      problem: { title: '无事件写入的事项', description: '' },
      measures: [],
      responsibility: { organisation: 'office-x' },
      severity: 'minor',
      deadline: { date: '2026-09-30' },
      evidence: [],
    }, { actor: { kind: 'system', job: 'test' }, today: '2026-09-01', at: new Date('2026-09-01T02:00:00Z'), calendar, rules: defaultRules });
    if ('field' in built) throw new Error(built.message);
    await rectificationStore(dynamo(), stack.runtime.tables.records).create(built, []);
    const result = await reconcile(dynamo(), stack.runtime.tables.records, '360998', yearPeriod(2026));
    expect(result.differences).toEqual(
      ['opened', 'openNow'].map((figure) => ({ family: 'rectifications', row: 'M2026-09#organisation=office-x|source=manual', figure, expected: 1, actual: 0 })),
    );
  });

  it('rebuilds: a corrupted counter, a lost fact and a record written without its event are put right, and a second rebuild changes nothing', async () => {
    const table = stack.runtime.tables.records;
    const paths = [`/v1/reports/rectifications?${range(rectificationYear)}`, `/v1/reports/inspections?${range(inspectionYear)}`, `/v1/reports/checklists?year=${year}`];
    const before = await Promise.all(paths.map((p) => get(p)));

    // Corrupt on purpose: inflate one counter row, and forget one subject's fact.
    const counters = await queryAll(dynamo(), {
      TableName: table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :month)',
      ExpressionAttributeValues: { ':pk': counterPk('360923', 'rectifications', shardOf(`rectification:${(await allItems())[0]!.id}`)), ':month': 'M' },
    });
    const row = counters.find((c) => typeof c['c:opened'] === 'number')!;
    await dynamo().send(new UpdateCommand({ TableName: table, Key: { pk: row.pk, sk: row.sk }, UpdateExpression: 'ADD #opened :five', ExpressionAttributeNames: { '#opened': 'c:opened' }, ExpressionAttributeValues: { ':five': 5 } }));
    await dynamo().send(new DeleteCommand({ TableName: table, Key: factKey('360923', `submission:${scenario.submissions[0]!.id}`) }));
    expect((await reconcile(dynamo(), table, '360923', rectificationYear)).differences.length).toBeGreaterThan(0);
    expect((await get(paths[0]!)).totals).not.toEqual(before[0]!.totals);

    // Through the operator's door: `npm run reports:rebuild -- 360923 <year>` posts exactly this.
    const invoke = async (payload: unknown) => {
      const answer = await fetch(`${stack.runtime.url}/_local/functions/report-rebuild/invoke`, { method: 'POST', body: JSON.stringify(payload) });
      const body = (await answer.json()) as Record<string, any>;
      expect(answer.status, JSON.stringify(body)).toBe(200);
      return body;
    };
    const first = await invoke({ tenant: '360923', year });
    expect(first).toMatchObject({ tenant: '360923', period: `Y${year}`, factsRepaired: 1, differencesAfter: [] });
    expect(first.rowsRewritten).toBeGreaterThan(0);
    expect(await Promise.all(paths.map((p) => get(p)))).toEqual(before);
    expect(await invoke({ tenant: '360923', year })).toMatchObject({ factsRepaired: 0, rowsRewritten: 0, membersRewritten: 0, differencesAfter: [] });

    // The item of the previous test, written without its event, is counted after a rebuild.
    expect(await invoke({ tenant: '360998', year: 2026 })).toMatchObject({ factsRepaired: 1, differencesAfter: [] });
    expect((await reconcile(dynamo(), table, '360998', yearPeriod(2026))).differences).toEqual([]);

    // The nightly reconciliation repairs by itself when the stage says so.
    await dynamo().send(new UpdateCommand({ TableName: table, Key: { pk: row.pk, sk: row.sk }, UpdateExpression: 'ADD #opened :two', ExpressionAttributeNames: { '#opened': 'c:opened' }, ExpressionAttributeValues: { ':two': 2 } }));
    process.env.REPORTS_AUTO_REPAIR = 'true';
    try {
      const nightly = (await stack.runtime.runSchedule('report-reconciliation-nightly', new Date())) as { results: { differences: unknown[] }[]; repaired: boolean };
      expect(nightly.repaired).toBe(true);
      expect(nightly.results.flatMap((r) => r.differences).length).toBeGreaterThan(0);
    } finally {
      delete process.env.REPORTS_AUTO_REPAIR;
    }
    expect(await Promise.all(paths.map((p) => get(p)))).toEqual(before);

    const refused = await fetch(`${stack.runtime.url}/_local/functions/report-rebuild/invoke`, { method: 'POST', body: JSON.stringify({ tenant: '36', year: 1900 }) });
    expect(refused.status).toBe(500);
    expect(((await refused.json()) as { errorMessage: string }).errorMessage).toMatch(/tenant|year/);
  });

  it('exports xlsx with Chinese headers and the rectification items behind the figures, and csv', async () => {
    const items = (await allItems()).filter((i) => i.assignedOn >= rectificationYear.from && i.assignedOn <= rectificationYear.to);
    const file = await download(`/v1/reports/rectifications.xlsx?${range(rectificationYear)}`);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.disposition).toContain(`filename*=UTF-8''360923-rectifications-${year}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['整改汇总', '按责任单位', '按问题来源', '整改事项清单', '措施清单', '责任清单', '佐证材料清单']);
    // Made to print: whose report and which period above the header row, which repeats on every page.
    const summary = workbook.getWorksheet('整改汇总')!;
    expect(summary.getRow(1).getCell(1).value).toBe('上高县司法局 整改汇总');
    expect(summary.getRow(2).getCell(1).value).toBe(`报告期：${year}年  制表日期：${today}`);
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(summary.headerFooter.oddFooter).toContain('第 &P 页，共 &N 页');
    expect(summary.getRow(3).getCell(2).value).toBe('新增');
    const expected = expectedRectificationFigures(items, rectificationYear);
    expect([summary.getRow(4).getCell(2).value, summary.getRow(4).getCell(4).value]).toEqual([expected.opened, expected.closed]);
    // Names where a person reads, the id in its own column.
    const byOrganisation = workbook.getWorksheet('按责任单位')!;
    const organisations = byOrganisation.getSheetValues().slice(4).map((row) => [(row as unknown[])[1], (row as unknown[]).at(-1)]);
    expect(organisations).toContainEqual(['敖阳司法所', 'office-aoyang']);
    const listed = workbook.getWorksheet('整改事项清单')!;
    const idColumn = (listed.getRow(3).values as unknown[]).indexOf('编号');
    expect(listed.getRow(3).getCell(1).value).toBe('问题');
    expect(listed.rowCount - 3).toBe(items.length);
    expect(new Set(listed.getColumn(idColumn).values.slice(4))).toEqual(new Set(items.map((i) => i.id)));

    const inspections = new ExcelJS.Workbook();
    await inspections.xlsx.load((await download(`/v1/reports/inspections.xlsx?${range(inspectionYear)}`)).bytes as unknown as ArrayBuffer);
    expect(inspections.worksheets.map((s) => s.name)).toEqual(['检查汇总', '按执法部门', '按部门按月备案', '企业受检次数分布', '备案被拒原因', '整改事项清单', '措施清单', '责任清单', '佐证材料清单']);
    expect(inspections.getWorksheet('整改事项清单')!.rowCount - 3).toBe(2); // the two orders to correct
    // 三清单: each order's measure in 措施清单, each item's responsibility in 责任清单, in Chinese.
    const measures = inspections.getWorksheet('措施清单')!;
    expect(measures.rowCount - 3).toBe(2);
    expect(['未开始', '进行中', '已完成']).toContain(measures.getRow(4).getCell(7).value);
    expect(inspections.getWorksheet('责任清单')!.getRow(4).getCell(4).value).toBe('上高县市场监督管理局');

    const csv = await download(`/v1/reports/checklists.csv?year=${year}`);
    expect(csv.type).toBe('text/csv; charset=utf-8');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF检查评估汇总\r\n检查类别,评估对象数,达标对象数,达标率')).toBe(true);
    expect(text).toContain('整改事项清单');
  });

  it('exports read the items of their period by index once every row carries its keys, and every item until then', async () => {
    const table = stack.runtime.tables.records;
    const listedIds = async (path: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await download(path)).bytes as unknown as ArrayBuffer);
      const listed = workbook.getWorksheet('整改事项清单')!;
      const idColumn = (listed.getRow(3).values as unknown[]).indexOf('编号');
      return new Set(listed.getColumn(idColumn).values.slice(4) as string[]);
    };
    const path = `/v1/reports/rectifications.xlsx?${range(rectificationYear)}`;
    const expected = new Set((await allItems()).filter((i) => i.assignedOn >= rectificationYear.from && i.assignedOn <= rectificationYear.to).map((i) => i.id as string));
    // A row as written before the assignment index existed: without its keys.
    const [old] = [...expected];
    const key = { pk: `T#360923#RECT#${old}`, sk: 'ITEM' };
    const unindex = () => dynamo().send(new UpdateCommand({ TableName: table, Key: key, UpdateExpression: 'REMOVE gsi9pk, gsi9sk', ConditionExpression: 'attribute_exists(pk)' }));
    await unindex();
    expect(await listedIds(path)).toEqual(expected);

    // The daily watch gives older rows their keys, once, and marks the tenant ready.
    const watch = async () => ((await stack.runtime.runSchedule('rectification-watch-daily', new Date())) as { reports: unknown[] }).reports;
    await watch();
    const row = (await dynamo().send(new GetCommand({ TableName: table, Key: key }))).Item;
    expect(row).toMatchObject({ gsi9pk: 'T#360923#RECT#ASSIGNED', gsi9sk: expect.stringMatching(new RegExp(`^\\d{4}-\\d{2}-\\d{2}#${old}$`)) });
    expect(await listedIds(path)).toEqual(expected);

    // From then on the export reads the index: a row without keys is no longer found by reading everything.
    await unindex();
    expect((await listedIds(path)).has(old!)).toBe(false);
    await dynamo().send(new UpdateCommand({ TableName: table, Key: key, UpdateExpression: 'SET gsi9pk = :pk, gsi9sk = :sk', ExpressionAttributeValues: { ':pk': row!.gsi9pk, ':sk': row!.gsi9sk } }));
    expect(await listedIds(path)).toEqual(expected);
  });

  it('reads a period by assignment and by closing: an item of last year closed in this quarter is in it, by index as before', async () => {
    // Another bureau, so the scenario's figures stay as they are.
    const built = assign('R-LATE-0000000000000000001', '360997', { kind: 'manual' }, {
      problem: { title: '去年交办、今年销号的事项', description: '' },
      measures: [],
      responsibility: { organisation: 'office-x' },
      severity: 'minor',
      deadline: { date: '2025-12-31' },
      evidence: [],
    }, { actor: { kind: 'system', job: 'test' }, today: '2025-11-03', at: new Date('2025-11-03T02:00:00Z'), calendar, rules: defaultRules });
    if ('field' in built) throw new Error(built.message);
    const store = rectificationStore(dynamo(), stack.runtime.tables.records);
    await store.create({ ...built, status: 'closed', closedOn: '2026-01-12' }, []);
    const ids = async (from: string, to: string) => (await store.assignedOrClosedBetween('360997', from, to)).map((i) => i.id);
    const periods = [['2026-01-01', '2026-03-31'], ['2025-10-01', '2025-12-31'], ['2025-01-01', '2025-10-31'], ['2026-04-01', '2026-06-30']] as const;
    const expected = [[built.id], [built.id], [], []];
    expect(await Promise.all(periods.map(([from, to]) => ids(from, to)))).toEqual(expected);
    expect(await indexKeyBackfill(dynamo(), stack.runtime.tables.records).backfill('360997', new Date())).toEqual({ alreadyReady: false, rewritten: 0 });
    expect(await Promise.all(periods.map(([from, to]) => ids(from, to)))).toEqual(expected);
  });

  it('generates the quarterly report once, on the first working day of the next quarter, lists it and serves it', async () => {
    const thisQuarter = quarterOf(today);
    const next = thisQuarter === 4 ? quarterPeriod(year + 1, 1) : quarterPeriod(year, thisQuarter + 1);
    const firstWorkingDay = calendar.isWorkingDay(next.from) ? next.from : calendar.workingDaysAfter(next.from, 1);
    const run = async (date: string) => ((await stack.runtime.runSchedule('quarterly-report', new Date(`${date}T09:00:00+08:00`))) as { runs: { tenant: string; outcome: string }[] }).runs.find((r) => r.tenant === '360923');
    if (firstWorkingDay > next.from) expect(await run(next.from)).toMatchObject({ outcome: 'not-yet' });
    const quarterName = `${year}-Q${thisQuarter}`;
    expect(await run(firstWorkingDay)).toEqual({ tenant: '360923', quarter: quarterName, outcome: 'generated' });
    expect(await run(firstWorkingDay)).toMatchObject({ outcome: 'already-generated' });
    expect(await run(addDays(firstWorkingDay, 1))).toMatchObject({ outcome: 'already-generated' });

    const listed = await get('/v1/reports/quarterly');
    expect(listed.reports).toHaveLength(1);
    expect(listed.reports[0]).toMatchObject({ quarter: quarterName, download: `/v1/reports/quarterly/${quarterName}.xlsx` });
    const file = await download(listed.reports[0].download);
    // Written to, and served from, the reports bucket on the embedded S3 server (as in AWS).
    const stored = await new S3Client({}).send(new ListObjectsV2Command({ Bucket: process.env.REPORTS_BUCKET }));
    expect(stored.Contents?.map((o) => o.Size)).toEqual([file.bytes.length]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['整改汇总', '检查汇总', '检查评估汇总', '整改事项清单']));
    const quarter = quarterPeriod(year, thisQuarter);
    const expected = expectedRectificationFigures(await allItems(), quarter);
    expect(workbook.getWorksheet('整改汇总')!.getRow(4).getCell(2).value).toBe(expected.opened);
    expect(workbook.getWorksheet('整改汇总')!.getRow(2).getCell(1).value).toContain(`报告期：${quarter.label}`);
    const announced = await eventually(() => probe.handled.find((e) => e.type === 'QuarterlyReportGenerated' && e.tenant === '360923'));
    await sleep(500);
    expect(probe.handled.filter((e) => e.type === 'QuarterlyReportGenerated')).toHaveLength(1);
    expect(announced.payload).toMatchObject({ quarter: quarterName, summary: { rectificationsOpened: expected.opened } });
    expect((await stack.request('GET', '/v1/reports/quarterly', { user: agency })).status).toBe(403);
    expect((await stack.request('GET', '/v1/reports/quarterly/2001-Q1.xlsx', { user: supervisor })).status).toBe(404);
  });
});

import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleUsers, officeAnswers, officeSubmission } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { shanghaiDate, type WorkingCalendar } from '#shared/calendar/working-calendar.ts';
import { officeStandardization } from '#shared/checklist/starter-templates.ts';
import { ensureCalendarYears } from './support/calendar-fixture.ts';
import { probeConsumer } from './support/probe-consumer.ts';
import { eventually, startTestStack } from './support/test-stack.ts';

const probe = probeConsumer();
let stack: Awaited<ReturnType<typeof startTestStack>>;
let calendar: WorkingCalendar;
const today = shanghaiDate(new Date());
const { inspector, supervisor, admin, agency, office } = exampleUsers;
const otherCountyInspector: DevUser = { userId: 'u-tj', tenant: '430922', organisation: 'bureau', roles: ['inspector'] };

beforeAll(async () => {
  stack = await startTestStack({ functions: probe.functions, handlers: probe.handlers });
  await seedExampleData();
  calendar = await ensureCalendarYears(stack);
});
afterAll(() => stack.runtime.stop());

const submission = (overrides: Record<string, unknown> = {}) => ({ ...officeSubmission('office-sixi', today), ...overrides });

describe('checklist submissions', () => {
  it('runs submit → return → resubmit → accept, keeps every revision, and turns failed items into rectification items once', async () => {
    const failing = officeAnswers({ '7': { deductions: [{ id: 'no-lawyer', count: 1 }], note: '无法律专业人员' }, '10': { value: 55 }, '21': { option: 'mostly' } });
    const submitted = await stack.request('POST', '/v1/checklist-submissions', { user: inspector, body: submission({ answers: failing, score: 100 }) });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    // 100 − 3 (item 7) − 6 (item 10) − 2 (item 21) = 89: 达标, whatever score the client sent.
    expect(submitted.body!.result).toMatchObject({ score: 89, grade: '达标', meetsStandard: true, vetoed: false });
    const id = submitted.body!.id as string;

    const returned = await stack.request('POST', `/v1/checklist-submissions/${id}/return`, {
      user: supervisor,
      body: { expectedVersion: 1, reasons: [{ itemId: '21', reason: '业务用房应附照片' }] },
    });
    expect(returned.body).toMatchObject({ status: 'returned', version: 2 });

    const fixed = officeAnswers({ '7': { deductions: [{ id: 'no-lawyer', count: 1 }], note: '无法律专业人员' }, '10': { value: 55, note: '调处比例偏低' } });
    const resubmitted = await stack.request('POST', `/v1/checklist-submissions/${id}/resubmit`, { user: inspector, body: { expectedVersion: 2, answers: fixed } });
    expect(resubmitted.body).toMatchObject({ status: 'submitted', revision: 2, result: { score: 91, grade: '模范' } });
    expect(resubmitted.body!.revisions).toHaveLength(1);
    expect(resubmitted.body!.revisions[0].result.score).toBe(89);

    expect((await stack.request('POST', `/v1/checklist-submissions/${id}/accept`, { user: inspector, body: { expectedVersion: 3 } })).status).toBe(403);
    const accepted = await stack.request('POST', `/v1/checklist-submissions/${id}/accept`, { user: supervisor, body: { expectedVersion: 3 } });
    expect(accepted.body).toMatchObject({ status: 'accepted', acceptedOn: today });
    expect((await stack.request('POST', `/v1/checklist-submissions/${id}/accept`, { user: supervisor, body: { expectedVersion: 4 } })).status).toBe(409);

    const accEvent = await eventually(() => probe.handled.find((e) => e.type === 'ChecklistAccepted' && e.subject.id === id));
    expect(accEvent.payload).toMatchObject({ score: 91, grade: '模范', meetsStandard: true, model: true, failedItems: [{ itemId: '7' }, { itemId: '10' }] });

    // Deliver the same acceptance to the intake once more: still one item per failed line.
    await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: stack.runtime.queues.get('rectification-intake')!.url, MessageBody: JSON.stringify(accEvent) }));
    const listItems = async () => (await stack.request('GET', '/v1/rectifications?organisation=office-sixi&source=checklist', { user: supervisor })).body!.items as Record<string, any>[];
    await eventually(async () => ((await listItems()).length >= 2 ? true : undefined));
    await sleep(1500);
    const items = await listItems();
    expect(items).toHaveLength(2);
    expect(items.map((i) => [i.source.itemId, i.problem.description, i.deadline]).sort()).toEqual([
      ['10', '调处比例偏低', calendar.workingDaysAfter(today, 10)],
      ['7', '无法律专业人员', calendar.workingDaysAfter(today, 10)],
    ]);
    // The accepted assessment names the item each failed line became.
    const read = (await stack.request('GET', `/v1/checklist-submissions/${id}`, { user: supervisor })).body!;
    const named = Object.fromEntries(read.result.items.filter((i: { rectificationId?: string }) => i.rectificationId).map((i: { itemId: string; rectificationId: string }) => [i.itemId, i.rectificationId]));
    expect(named).toEqual(Object.fromEntries(items.map((i) => [i.source.itemId, i.id])));
    expect(accepted.body!.result.items.find((i: { itemId: string }) => i.itemId === '7').rectificationId).toBe(named['7']);
  });

  it('answers bad submissions with 400 naming each item, and refuses drafts and unknown subjects with 422', async () => {
    const bad = await stack.request('POST', '/v1/checklist-submissions', {
      user: inspector,
      body: submission({ answers: officeAnswers({ '1': { deductions: [{ id: 'unknown-rule' }] }, '5': { value: 999 }, '12': { option: 'maybe' }, '13': { passed: false } }).filter((a) => a.itemId !== '24') }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.fields).toEqual([
      { path: 'body.answers.0.deductions', message: 'item 1: no deduction rule unknown-rule' },
      { path: 'body.answers.4.value', message: 'item 5: must be between 0 and 50' },
      { path: 'body.answers.11.option', message: 'item 12: choose one of merged, in-progress, none' },
      { path: 'body.answers.12.evidence', message: 'item 13: evidence is required when it fails' },
      { path: 'body.answers', message: 'item 24 is not answered' },
    ]);
    expect((await stack.request('POST', '/v1/checklist-submissions', { user: inspector, body: submission({ subject: { organisation: 'office-nowhere' } }) })).status).toBe(422);
    expect((await stack.request('POST', '/v1/checklist-submissions', { user: inspector, body: submission({ templateVersion: 9 }) })).status).toBe(422);
  });

  it('vetoes a submission whose critical item fails, whatever the points', async () => {
    const vetoed = await stack.request('POST', '/v1/checklist-submissions', {
      user: inspector,
      body: submission({ answers: officeAnswers({ '13': { passed: false, evidence: [{ reference: 'sqjz/2026/脱管记录.pdf' }] } }) }),
    });
    expect(vetoed.body!.result).toMatchObject({ score: 94, vetoed: true, grade: '不达标', meetsStandard: false });
  });

  it('keeps role and tenant boundaries: agencies cannot submit, other tenants see nothing, offices see only their own', async () => {
    expect((await stack.request('POST', '/v1/checklist-submissions', { user: agency, body: submission() })).status).toBe(403);
    const mine = await stack.request('POST', '/v1/checklist-submissions', { user: inspector, body: submission({ subject: { organisation: 'office-aoyang' } }) });
    const id = mine.body!.id as string;
    expect((await stack.request('GET', `/v1/checklist-submissions/${id}`, { user: otherCountyInspector })).status).toBe(404);
    expect((await stack.request('GET', '/v1/checklist-submissions?subject=office-aoyang', { user: otherCountyInspector })).body).toEqual({ items: [], cursor: null });
    expect((await stack.request('GET', `/v1/checklist-submissions/${id}`, { user: office })).status).toBe(200);
    expect((await stack.request('GET', '/v1/checklist-submissions?subject=office-sixi', { user: office })).status).toBe(403);
    const byInspector = await stack.request('GET', `/v1/checklist-submissions?inspector=${inspector.userId}&grade=模范&limit=1`, { user: supervisor });
    expect(byInspector.body!.items).toHaveLength(1);
    expect(byInspector.body!.items[0].result.grade).toBe('模范');
  });

  it('creates once per Idempotency-Key, and refuses the key with another body', async () => {
    const token = await stack.auth.sign(inspector);
    const send = (organisation = 'office-hantang') =>
      stack.fetch(`/v1/checklist-submissions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'tablet-42-form-7' },
        body: JSON.stringify(submission({ subject: { organisation } })),
      }).then(async (r) => ({ status: r.status, id: (r.json() as { id: string }).id, code: (r.json() as { error?: { code: string } }).error?.code }));
    const [first, again] = [await send(), await send()];
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.id).toBe(first.id);
    expect(await send('office-sixi')).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
  });
});

describe('checklist templates', () => {
  const content = { ...officeStandardization, title: '司法所规范化建设考核表（2027版）' };

  it('keeps published versions immutable and scores old submissions by their own version', async () => {
    expect((await stack.request('PUT', '/v1/checklist-templates/office-standardization/versions/1', { user: admin, body: { content } })).status).toBe(409);
    const v2 = await stack.request('POST', '/v1/checklist-templates/office-standardization/versions', { user: admin, body: { content: { ...content, bands: [
      { grade: '不达标', minScore: 0, maxScore: 90, meetsStandard: false },
      { grade: '达标', minScore: 90, maxScore: 95, meetsStandard: true },
      { grade: '模范', minScore: 95, maxScore: 100, meetsStandard: true, model: true },
    ] } } });
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    expect((await stack.request('POST', '/v1/checklist-templates/office-standardization/versions', { user: admin, body: { content } })).status).toBe(409);
    expect((await stack.request('POST', '/v1/checklist-templates/office-standardization/versions/2/publish', { user: supervisor })).status).toBe(403);
    expect((await stack.request('POST', '/v1/checklist-templates/office-standardization/versions/2/publish', { user: admin })).body).toMatchObject({ status: 'published' });

    const answers89 = officeAnswers({ '7': { deductions: [{ id: 'no-lawyer', count: 1 }] }, '10': { value: 55 }, '21': { option: 'mostly' } });
    const onV1 = await stack.request('POST', '/v1/checklist-submissions', { user: inspector, body: submission({ answers: answers89 }) });
    const onV2 = await stack.request('POST', '/v1/checklist-submissions', { user: inspector, body: submission({ templateVersion: 2, answers: answers89 }) });
    expect([onV1.body!.result.grade, onV2.body!.result.grade]).toEqual(['达标', '不达标']);
  });

  it('refuses a template that cannot be scored, naming the fields', async () => {
    const broken = { ...content, kind: 'broken-sheet', bands: [{ grade: 'A', minScore: 0, maxScore: 50, meetsStandard: false }, { grade: 'B', minScore: 40, maxScore: 100, meetsStandard: true }], vetoGrade: 'A' };
    const response = await stack.request('POST', '/v1/checklist-templates', { user: admin, body: { id: 'broken-sheet', content: broken } });
    expect(response.status).toBe(400);
    expect(response.body!.error.fields).toContainEqual({ path: 'body.content.bands.1.minScore', message: 'overlaps band A' });
  });

  it('lets admins set yearly targets, and shows the seeded 60% / 80% / 100%', async () => {
    expect((await stack.request('PUT', '/v1/checklist-targets/office-standardization/2025', { user: admin, body: { share: 1 } })).status).toBe(200);
    expect((await stack.request('PUT', '/v1/checklist-targets/office-standardization/2026', { user: admin, body: { share: 1.5 } })).status).toBe(400);
    const targets = await stack.request('GET', '/v1/checklist-targets?kind=office-standardization', { user: office });
    expect(targets.body!.targets.map((t: { year: number; share: number }) => [t.year, t.share])).toEqual([[2022, 0.6], [2023, 0.8], [2024, 1], [2025, 1]]);
  });
});

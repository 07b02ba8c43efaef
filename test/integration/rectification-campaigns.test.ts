import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleUsers } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { shanghaiDate } from '#shared/calendar/working-calendar.ts';
import type { Caller } from '#shared/http/caller.ts';
import { AssignmentInput } from '#shared/rectification/assignment.ts';
import { rectificationService } from '#shared/rectification/service.ts';
import { rectificationStore } from '#shared/rectification/store.ts';
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ensureCalendarYears } from './support/calendar-fixture.ts';
import { probeConsumer } from './support/probe-consumer.ts';
import { eventually, startTestStack } from './support/test-stack.ts';

const probe = probeConsumer();
let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeAll(async () => {
  stack = await startTestStack({ functions: probe.functions, handlers: probe.handlers });
  await seedExampleData();
  await ensureCalendarYears(stack);
}, 120_000);
afterAll(() => stack.runtime.stop());

const { supervisor, office } = exampleUsers;
const command = (user: DevUser, id: string, name: string, body: Record<string, unknown>) => stack.request('POST', `/v1/rectifications/${id}/${name}`, { user, body });
const campaignOf = async (id: string) => (await stack.request('GET', `/v1/rectification-campaigns/${id}`, { user: office })).body!;
const eventsOf = (type: string, id: string) => probe.handled.filter((e) => e.type === type && e.subject.id === id);

describe('rectification campaigns (整改专项)', () => {
  it('counts its items and measures as they move, completes with the last close-out, and opens again on 复号', { timeout: 60_000 }, async () => {
    const opened = await stack.request('POST', '/v1/rectification-campaigns', {
      user: supervisor,
      body: { title: '2026年度法治述职问题整改', sourceDocument: '上司发〔2026〕12号', issuingBody: '县委依法治县办', owner: 'supervision-section' },
    });
    expect(opened).toMatchObject({ status: 201, body: { status: 'open', counts: { items: 0 }, progress: { openItems: 0, itemsSettledShare: null } } });
    const campaign = opened.body!.id as string;

    const assign = async (title: string, measures: string[]) =>
      (await stack.request('POST', '/v1/rectifications', { user: supervisor, body: { problem: { title }, measures: measures.map((text) => ({ text })), responsibility: { organisation: 'office-aoyang' }, deadline: { workingDays: 10 }, campaign } })).body!;
    const [a, b] = [await assign('述法问题一：台账不全', ['补齐台账', '建立核对制度']), await assign('述法问题二：公示不及时', ['按月公示'])];
    expect(a.campaignId).toBe(campaign);
    expect((await campaignOf(campaign)).counts).toEqual({ items: 2, closed: 0, closedOnTime: 0, cancelled: 0, overdue: 0, measures: 3, measuresSettled: 0 });

    // Two items of the campaign acted on at once: neither blocks the other, and nothing counts twice.
    await Promise.all([command(office, a.id, 'acknowledge', { expectedVersion: 1 }), command(office, b.id, 'acknowledge', { expectedVersion: 1 })]);
    const ticked = await Promise.all([
      command(office, a.id, 'update-measure', { expectedVersion: 2, measureId: 'm1', status: 'done' }),
      command(office, b.id, 'update-measure', { expectedVersion: 2, measureId: 'm1', status: 'done' }),
    ]);
    expect(ticked.map((r) => r.status)).toEqual([200, 200]);
    expect((await campaignOf(campaign)).counts).toMatchObject({ measures: 3, measuresSettled: 2 });

    await command(office, a.id, 'request-close', { expectedVersion: 3, summary: '已整改', evidence: [{ reference: 'a.pdf' }], measuresDone: ['m2'] });
    await command(office, b.id, 'request-close', { expectedVersion: 3, summary: '已整改', evidence: [{ reference: 'b.pdf' }] });
    await command(supervisor, a.id, 'close', { expectedVersion: 4 });
    expect(await campaignOf(campaign)).toMatchObject({ status: 'open', counts: { closed: 1, measuresSettled: 3 }, progress: { openItems: 1, itemsSettledShare: 0.5, measuresSettledShare: 1 } });
    await command(supervisor, b.id, 'close', { expectedVersion: 4 });
    expect(await campaignOf(campaign)).toMatchObject({ status: 'completed', counts: { items: 2, closed: 2, closedOnTime: 2 }, progress: { openItems: 0, itemsSettledShare: 1 } });
    await eventually(() => (eventsOf('RectificationCampaignCompleted', campaign).length ? true : undefined));

    const deadline = (await stack.request('GET', `/v1/rectifications/${b.id}`, { user: supervisor })).body!.deadline as string;
    expect((await command(supervisor, b.id, 'reopen', { expectedVersion: 5, reason: '回头看发现公示又中断', deadline })).status).toBe(200);
    expect(await campaignOf(campaign)).toMatchObject({ status: 'open', counts: { closed: 1 } });
    await eventually(() => (eventsOf('RectificationCampaignReopened', campaign).length ? true : undefined));
    expect(eventsOf('RectificationCampaignCompleted', campaign)).toHaveLength(1);

    // 三清单 of the campaign, by name.
    const file = await stack.fetch(`/v1/rectification-campaigns/${campaign}/lists.xlsx`, { headers: { authorization: `Bearer ${await stack.auth.sign(supervisor)}` } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['整改事项清单', '措施清单', '责任清单', '佐证材料清单']);
    expect(workbook.getWorksheet('措施清单')!.rowCount - 3).toBe(3);
    expect(workbook.getWorksheet('整改事项清单')!.getRow(2).getCell(1).value).toContain('上司发〔2026〕12号');
    const csv = await stack.fetch(`/v1/rectification-campaigns/${campaign}/lists.csv`, { headers: { authorization: `Bearer ${await stack.auth.sign(supervisor)}` } });
    expect(csv.bytes.toString('utf8')).toContain('\uFEFF整改事项清单\r\n问题,问题来源,责任单位');

    // The reports count the campaign's items beside the rest, fed by the same events.
    const year = shanghaiDate(new Date()).slice(0, 4);
    const figures = await eventually(async () => {
      const report = (await stack.request('GET', `/v1/reports/rectifications?from=${year}-01-01&to=${year}-12-31`, { user: supervisor })).body!;
      const row = (report.byCampaign as { campaign: string; opened: number; closed: number }[]).find((r) => r.campaign === campaign);
      return row?.opened === 2 && row.closed === 1 ? row : undefined;
    });
    expect(figures).toMatchObject({ campaignTitle: '2026年度法治述职问题整改', closedOnTime: 1, openNow: 1, cancelled: 0 });

    // The bureau's rectification export (and the quarterly workbook) shows the campaign's progress.
    const exported = await stack.fetch(`/v1/reports/rectifications.xlsx?from=${year}-01-01&to=${year}-12-31`, { headers: { authorization: `Bearer ${await stack.auth.sign(supervisor)}` } });
    const report = new ExcelJS.Workbook();
    await report.xlsx.load(exported.bytes as unknown as ArrayBuffer);
    const progress = report.getWorksheet('整改专项进度')!;
    expect((progress.getRow(4).values as unknown[]).slice(1, 7)).toEqual(['2026年度法治述职问题整改', '上司发〔2026〕12号', '上高县司法局行政执法协调监督股', '进行中', 2, 1]);
    expect((report.getWorksheet('按整改专项')!.getRow(4).values as unknown[]).slice(1, 4)).toEqual(['2026年度法治述职问题整改', 2, 0]);
    // Its items' rows in the bureau's three lists say which campaign they belong to.
    const measures = report.getWorksheet('措施清单')!;
    expect((measures.getRow(3).values as unknown[]).slice(1, 3)).toEqual(['问题', '整改专项']);
    expect((measures.getRow(4).values as unknown[]).slice(1, 3)).toEqual(['述法问题一：台账不全', '2026年度法治述职问题整改']);
  });

  it('retries an assignment whose campaign moved meanwhile, and answers 409 with nothing written when it keeps moving', { timeout: 60_000 }, async () => {
    const campaign = (await stack.request('POST', '/v1/rectification-campaigns', { user: supervisor, body: { title: '计数竞争', owner: 'supervision-section' } })).body!.id as string;
    const db = dynamo();
    // Before each write that counts the item into the campaign, another item of it moves the counts first.
    let moves = 0;
    let movesLeft = 0;
    const racing = new Proxy(db, {
      get: (target, name) =>
        name === 'send'
          ? async (command: unknown) => {
              const counted = command instanceof TransactWriteCommand && command.input.TransactItems?.find((t) => t.Put?.Item?.campaign?.id === campaign)?.Put;
              if (counted && movesLeft > 0) {
                movesLeft -= 1;
                moves += 1;
                const key = { pk: counted.Item!.pk, sk: counted.Item!.sk };
                await target.send(new UpdateCommand({ TableName: counted.TableName, Key: key, UpdateExpression: 'SET campaign.version = campaign.version + :one', ExpressionAttributeValues: { ':one': 1 } }));
              }
              return target.send(command as never);
            }
          : Reflect.get(target, name),
    });
    const caller: Caller = { tenant: '360923', userId: supervisor.userId, organisation: supervisor.organisation, roles: ['supervisor'], name: supervisor.name };
    const service = rectificationService({ db: racing, tableName: stack.runtime.tables.records, clock: systemClock, ids: ulidGenerator });
    const input = (title: string) => AssignmentInput.parse({ problem: { title }, measures: [{ text: '补齐' }], responsibility: { organisation: 'office-aoyang' }, deadline: { workingDays: 10 }, campaign });

    movesLeft = 2;
    const { item } = await service.create(caller, { kind: 'manual' }, input('两次竞争后写入'));
    expect(moves).toBe(2);
    expect((await campaignOf(campaign)).counts).toMatchObject({ items: 1, measures: 1 });

    movesLeft = 100;
    await expect(service.create(caller, { kind: 'manual' }, input('一直竞争'))).rejects.toMatchObject({ status: 409, code: 'conflict' });
    expect(moves).toBe(2 + 5);
    expect((await campaignOf(campaign)).counts).toMatchObject({ items: 1, measures: 1 });
    const stored = (await rectificationStore(db, stack.runtime.tables.records).all('360923')).filter((i) => i.campaignId === campaign);
    expect(stored.map((i) => i.id)).toEqual([item.id]);
  });

  it('refuses a campaign of another bureau or none, and lets only supervisors open one', async () => {
    const body = { problem: { title: '无专项' }, responsibility: { organisation: 'office-aoyang' }, deadline: { workingDays: 5 }, campaign: '01ARZ3NDEKTSV4RRFFQ69G5FAV' };
    expect(await stack.request('POST', '/v1/rectifications', { user: supervisor, body })).toMatchObject({ status: 422, body: { error: { fields: [{ path: 'body.campaign' }] } } });
    expect((await stack.request('POST', '/v1/rectification-campaigns', { user: office, body: { title: 'x', owner: 'office-aoyang' } })).status).toBe(403);
    expect(await stack.request('POST', '/v1/rectification-campaigns', { user: supervisor, body: { title: '专项', owner: 'nobody-here' } })).toMatchObject({ status: 422, body: { error: { code: 'organisation_unknown' } } });
    expect((await stack.request('GET', '/v1/rectification-campaigns/01ARZ3NDEKTSV4RRFFQ69G5FAV', { user: office })).status).toBe(404);
  });
});

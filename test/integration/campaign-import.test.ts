import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleUsers } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { shanghaiDate, type WorkingCalendar } from '#shared/calendar/working-calendar.ts';
import type { Caller } from '#shared/http/caller.ts';
import { campaignImportService } from '#shared/rectification/campaign-import-service.ts';
import { rectificationStore } from '#shared/rectification/store.ts';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ensureCalendarYears } from './support/calendar-fixture.ts';
import { startTestStack } from './support/test-stack.ts';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let stack: Awaited<ReturnType<typeof startTestStack>>;
let calendar: WorkingCalendar;
beforeAll(async () => {
  stack = await startTestStack();
  await seedExampleData();
  calendar = await ensureCalendarYears(stack);
}, 120_000);
afterAll(() => stack.runtime.stop());

const { supervisor, office } = exampleUsers;
const today = shanghaiDate(new Date());
const nextYear = Number(today.slice(0, 4)) + 1;
const authorised = async (user: DevUser = supervisor) => ({ authorization: `Bearer ${await stack.auth.sign(user)}` });
const openCampaign = async (title: string) =>
  (await stack.request('POST', '/v1/rectification-campaigns', { user: supervisor, body: { title, sourceDocument: '上司发〔2026〕12号', owner: 'supervision-section' } })).body!.id as string;
const campaignOf = async (id: string) => (await stack.request('GET', `/v1/rectification-campaigns/${id}`, { user: supervisor })).body!;
const upload = async (campaign: string, bytes: Buffer, contentType = xlsx, user: DevUser = supervisor) => {
  const response = await stack.fetch(`/v1/rectification-campaigns/${campaign}/import`, { method: 'POST', headers: { ...(await authorised(user)), 'content-type': contentType }, body: bytes });
  return { status: response.status, body: response.json() };
};

/** The template the API hands out, filled in the way a bureau fills it: row 3 onwards, 问题 merged over its measures. */
const filledTemplate = async (campaign: string, rows: readonly (readonly unknown[])[], merges: readonly [number, number][] = []) => {
  const template = await stack.fetch(`/v1/rectification-campaigns/${campaign}/import-template.xlsx`, { headers: await authorised() });
  expect(template.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template.bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('整改清单')!;
  rows.forEach((values, i) => values.forEach((value, c) => (sheet.getCell(3 + i, c + 1).value = value as ExcelJS.CellValue)));
  for (const [from, to] of merges) sheet.mergeCells(from, 2, to, 2);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/**
 * Seed 002's 62 measures, as 20 problems: each office and section with its measures (4 or 3 per problem, 问题
 * merged over them), dated the way people write dates: a date cell, 年月底, 年月日前, or working days.
 */
const sixtyTwoRows = () => {
  const units = ['敖阳司法所', '锦江司法所', '泗溪司法所', '翰堂司法所', '上高县司法局行政执法协调监督股'];
  const deadlines = [new Date(Date.UTC(nextYear, 2, 31)), `${nextYear}年3月底`, `${nextYear}年6月30日前`, '20个工作日', `${nextYear}/4/30`];
  const rows: unknown[][] = [];
  const merges: [number, number][] = [];
  for (let p = 0; rows.length < 62; p += 1) {
    const count = p < 2 ? 4 : 3;
    const first = 3 + rows.length;
    for (let m = 0; m < count; m += 1) {
      rows.push([rows.length + 1, m === 0 ? `述法问题${p + 1}：行政执法案卷评查发现的问题${p + 1}` : null, `整改措施${p + 1}-${m + 1}`, units[p % units.length], `责任人${p + 1}`, '王局长', deadlines[(p + m) % deadlines.length], '上高县司法局行政执法协调监督股']);
    }
    if (count > 1) merges.push([first, first + count - 1]);
  }
  return { rows, merges };
};

describe('importing a campaign’s list (导入整改清单)', () => {
  it('hands out a template with the columns and the bureau’s organisations to pick from', async () => {
    const campaign = await openCampaign('模板检查');
    const response = await stack.fetch(`/v1/rectification-campaigns/${campaign}/import-template.xlsx`, { headers: await authorised() });
    expect(response.headers.get('content-type')).toBe(xlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('整改清单')!;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['序号', '问题', '整改措施', '责任单位', '责任人', '责任领导', '整改时限', '督促单位']);
    expect(sheet.getCell('D3').dataValidation).toMatchObject({ type: 'list', formulae: ['单位!$A$1:$A$8'] });
    const names = workbook.getWorksheet('单位')!;
    expect(names.state).toBe('hidden');
    expect(names.getColumn(1).values.slice(1)).toContain('敖阳司法所');
    expect(names.getColumn(1).values.slice(1)).not.toContain('上高县司法局');
    expect((await stack.fetch(`/v1/rectification-campaigns/${campaign}/import-template.xlsx`, { headers: await authorised(office) })).status).toBe(403);
  });

  it('refuses the whole list when any row is wrong, naming each bad cell, and creates nothing', async () => {
    const campaign = await openCampaign('错误清单');
    const bytes = await filledTemplate(campaign, [
      [1, '台账不全', '补齐台账', '敖阳司法所', '张三', null, `${nextYear}-03-31`, null],
      [2, '公示不及时', '', '不存在的所', null, null, '三月底', null],
      [3, '制度缺失', '建立制度', '敖阳司法所、锦江司法所', null, null, '2020-01-01', '某某局'],
      [4, null, '继续补齐', '锦江所', null, null, `${nextYear}-02-30`, null],
    ]);
    const refused = await upload(campaign, bytes);
    expect(refused.status).toBe(422);
    const fields = refused.body.error.fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path)).toEqual(['body.rows.4.C', 'body.rows.4.D', 'body.rows.4.G', 'body.rows.5.D', 'body.rows.5.G', 'body.rows.5.H', 'body.rows.6.D', 'body.rows.6.G']);
    expect(fields.find((f) => f.path === 'body.rows.4.D')!.message).toBe('第 4 行 D 列（责任单位）：「不存在的所」不是本局的单位，请使用「设置 › 组织机构」中的名称');
    expect(fields.find((f) => f.path === 'body.rows.5.G')!.message).toContain('不在今天');
    expect(fields.find((f) => f.path === 'body.rows.6.G')!.message).toBe(`第 6 行 G 列（整改时限）：${nextYear}-02-30 不是有效的日期`);
    expect((await campaignOf(campaign)).counts.items).toBe(0);

    // Not a spreadsheet, or sent as something else, or by someone who may not.
    expect(await upload(campaign, Buffer.from('问题,整改措施\n'), xlsx)).toMatchObject({ status: 422, body: { error: { fields: [{ path: 'body' }] } } });
    expect((await upload(campaign, bytes, 'text/csv')).status).toBe(415);
    expect((await upload(campaign, bytes, xlsx, office)).status).toBe(403);
    expect((await upload('01J0000000000000000000000Z', bytes)).status).toBe(404);
  });

  it('imports 62 measures as 20 items in one go, once however often the file is sent, and exports them as the three lists', { timeout: 60_000 }, async () => {
    const campaign = await openCampaign('2026年度法治述职问题整改');
    const { rows, merges } = sixtyTwoRows();
    const bytes = await filledTemplate(campaign, rows, merges);
    const [first, again] = [await upload(campaign, bytes), await upload(campaign, bytes)];
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ campaignId: campaign, rows: 62, measures: 62 });
    expect(first.body.items).toHaveLength(20);
    expect(first.body.items[0]).toMatchObject({ title: '述法问题1：行政执法案卷评查发现的问题1', organisation: 'office-aoyang', rows: [3, 4, 5, 6] });
    expect(again).toEqual({ status: 200, body: first.body });
    expect((await campaignOf(campaign)).counts).toMatchObject({ items: 20, measures: 62, measuresSettled: 0, closed: 0 });

    const item = (await stack.request('GET', `/v1/rectifications/${first.body.items[0].id}`, { user: supervisor })).body!;
    expect(item).toMatchObject({ campaignId: campaign, status: 'assigned', responsibility: { organisation: 'office-aoyang', person: '责任人1', supervisingLeader: '王局长', supervisingOrganisation: 'supervision-section' } });
    // The item is due with its latest measure; earlier measures keep their own dates.
    const dates = [`${nextYear}-03-31`, `${nextYear}-03-31`, `${nextYear}-06-30`, calendar.workingDaysAfter(today, 20)];
    expect(item.deadline).toBe(dates.sort().at(-1));
    expect(item.measures.map((m: { text: string }) => m.text)).toEqual(['整改措施1-1', '整改措施1-2', '整改措施1-3', '整改措施1-4']);

    const lists = await stack.fetch(`/v1/rectification-campaigns/${campaign}/lists.xlsx`, { headers: await authorised() });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(lists.bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('整改事项清单')!.rowCount - 3).toBe(20);
    expect(workbook.getWorksheet('措施清单')!.rowCount - 3).toBe(62);
  });

  it('finishes an import cut off between its batches when the file is sent again, counting every item once', { timeout: 60_000 }, async () => {
    const campaign = await openCampaign('中断后重试');
    // 62 problems of one measure each: more writes than one transaction holds.
    const rows = Array.from({ length: 62 }, (_, i) => [i + 1, `问题${i + 1}`, `措施${i + 1}`, '泗溪司法所', null, null, `${nextYear}-05-31`, null]);
    const bytes = await filledTemplate(campaign, rows);
    const db = dynamo();
    let transactions = 0;
    const failing = new Proxy(db, {
      get: (target, name) =>
        name === 'send'
          ? (command: unknown) => {
              if (command instanceof TransactWriteCommand && ++transactions === 2) return Promise.reject(new Error('the connection dropped'));
              return target.send(command as never);
            }
          : Reflect.get(target, name),
    });
    const caller: Caller = { tenant: '360923', userId: supervisor.userId, organisation: supervisor.organisation, roles: ['supervisor'], name: supervisor.name };
    const service = (client: typeof db) => campaignImportService({ db: client, tableName: stack.runtime.tables.records, clock: systemClock, ids: ulidGenerator });
    await expect(service(failing).import(caller, campaign, bytes)).rejects.toThrow('the connection dropped');
    const partly = (await campaignOf(campaign)).counts.items;
    expect(partly).toBeGreaterThan(0);
    expect(partly).toBeLessThan(62);

    const finished = await upload(campaign, bytes);
    expect(finished.status).toBe(201);
    expect(finished.body.items).toHaveLength(62);
    expect((await campaignOf(campaign)).counts).toMatchObject({ items: 62, measures: 62 });
    const stored = (await rectificationStore(db, stack.runtime.tables.records).all('360923')).filter((i) => i.campaignId === campaign);
    expect(stored).toHaveLength(62);
  });
});

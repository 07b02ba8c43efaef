import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleUsers } from '#infra/local/example-data.ts';
import { addDays, shanghaiDate, workingCalendar } from '#shared/calendar/working-calendar.ts';
import { ensureCalendarYears } from './support/calendar-fixture.ts';
import { eventually, exampleStack } from './support/test-stack.ts';
import { accessibilityProblems, dialogButton, photo, shot, webPeople } from './support/web-people.ts';

const stack = exampleStack();
const { person, browser } = webPeople(stack);

const act = async (page: Page, action: string, fill?: (page: Page) => Promise<void>, closes = true) => {
  await page.getByRole('button', { name: action, exact: true }).click();
  await page.locator('.el-dialog').waitFor();
  await fill?.(page);
  await dialogButton(page, '确定').click();
  if (closes) await page.locator('.el-dialog').waitFor({ state: 'hidden' });
};
const status = (page: Page) => page.locator('.el-descriptions').getByText(/^(已交办|已签收|整改中|待核验销号|已销号|已撤销)$/);

describe('the web pages, as the bureau uses them', () => {
  it('a supervisor assigns, the office acknowledges and asks to close, the supervisor returns it, then closes it', { timeout: 180_000 }, async () => {
    const supervisor = await person('supervisor');
    const office = await person('office');
    const checked: Record<string, string[]> = {};

    // 工作台 and the list, as each sees them.
    await shot(supervisor.page, 'workbench-supervisor');
    checked.workbench = await accessibilityProblems(supervisor.page);

    // 交办: the form, an empty submit refused field by field, then a real one.
    await supervisor.page.getByRole('menuitem', { name: '交办整改' }).click();
    await supervisor.page.getByRole('button', { name: '交办', exact: true }).click();
    await supervisor.page.locator('.el-form-item__error').first().waitFor();
    // Refusals in Chinese, next to their fields.
    expect(await supervisor.page.locator('.el-form-item__error').allTextContents()).toEqual(['必填', '必填']);
    await supervisor.page.getByPlaceholder('发现的问题').fill('网页测试：执法案卷归档不规范');
    await supervisor.page.getByLabel('措施 1').fill('补齐送达回证');
    await supervisor.page.getByRole('button', { name: '＋ 添加措施' }).click();
    await supervisor.page.getByLabel('措施 2').fill('建立归档台账');
    await supervisor.page.locator('.el-select').first().click();
    await supervisor.page.getByRole('option', { name: '敖阳司法所' }).click();
    // Looked at once the options have faded out, not mid-transition.
    await expect.poll(() => supervisor.page.locator('.el-select-dropdown__item:visible').count()).toBe(0);
    checked.assign = await accessibilityProblems(supervisor.page);
    await shot(supervisor.page, 'assign');
    await supervisor.page.getByRole('button', { name: '交办', exact: true }).click();
    await supervisor.page.waitForURL(/\/rectifications\/[0-9A-Z]{26}$/);
    const itemUrl = supervisor.page.url();
    await expect.poll(() => status(supervisor.page).textContent()).toBe('已交办');
    await supervisor.page.getByText('剩余 10 个工作日').waitFor();

    // The office finds it on its workbench and acts on it.
    await office.page.reload();
    await office.page.getByRole('link', { name: '网页测试：执法案卷归档不规范' }).first().click();
    await office.page.waitForURL(itemUrl);
    expect(await office.page.getByRole('button', { name: '核验销号' }).count()).toBe(0);
    await act(office.page, '签收');
    await expect.poll(() => status(office.page).textContent()).toBe('已签收');
    // 逐项销号: the first measure ticked off on its own row; the close-out request then finishes the second.
    await office.page.locator('.measures li').first().getByRole('button', { name: '逐项销号' }).click();
    await office.page.locator('.el-dialog').waitFor();
    await office.page.locator('.el-dialog textarea').first().fill('已补齐 8 份送达回证');
    await dialogButton(office.page, '确定').click();
    await office.page.locator('.el-dialog').waitFor({ state: 'hidden' });
    await office.page.locator('.measures li').first().getByText('已完成').waitFor();
    await expect.poll(() => status(office.page).textContent()).toBe('整改中');
    await act(office.page, '申请销号', async (page) => {
      expect(await page.locator('.el-dialog .open-measures .el-checkbox').allTextContents()).toEqual(['m2：建立归档台账']);
      await page.locator('.el-dialog textarea').first().fill('已补齐 8 份送达回证并建立台账');
      // A photo, uploaded with its progress shown before the command can be sent.
      await page.locator('.el-dialog input[type=file]').setInputFiles({ name: '归档后照片.jpg', mimeType: 'image/jpeg', buffer: await photo(page) });
      await page.locator('.el-dialog .el-progress.is-success').waitFor();
      await page.locator('.el-dialog textarea').nth(1).fill('archive/web-0001.pdf');
      await shot(page, 'request-close-upload');
    });
    await expect.poll(() => status(office.page).textContent()).toBe('待核验销号');
    // Its thumbnail, drawn from the bucket through a signed link, and the paper archive beside it.
    await expect.poll(() => office.page.locator('img.thumbnail').evaluate((img) => { const drawn = img as unknown as { complete: boolean; naturalWidth: number }; return drawn.complete && drawn.naturalWidth; })).toBe(64);
    await office.page.getByRole('button', { name: '归档后照片.jpg' }).waitFor();
    await office.page.getByText('archive/web-0001.pdf').waitFor();
    // The success toasts fade out over the page; axe would judge their half-transparent text.
    await office.page.locator('.el-message').first().waitFor({ state: 'detached' });
    checked.detail = await accessibilityProblems(office.page);
    await shot(office.page, 'detail-office');

    // The supervisor returns it with a reason; the office asks again; the supervisor closes it.
    await supervisor.page.reload();
    await act(supervisor.page, '退回', (page) => page.locator('.el-dialog textarea').fill('送达回证缺少当事人签名'));
    await expect.poll(() => status(supervisor.page).textContent()).toBe('整改中');
    await office.page.reload();
    await act(office.page, '申请销号', async (page) => {
      await page.locator('.el-dialog textarea').first().fill('已补签名');
      await page.locator('.el-dialog textarea').nth(1).fill('archive/web-0002.pdf');
    });
    await expect.poll(() => status(office.page).textContent()).toBe('待核验销号');
    await supervisor.page.reload();
    await act(supervisor.page, '核验销号');
    await expect.poll(() => status(supervisor.page).textContent()).toBe('已销号');
    await supervisor.page.getByText('送达回证缺少当事人签名').waitFor();
    await shot(supervisor.page, 'detail-closed');

    // The list, filtered.
    await supervisor.page.getByRole('menuitem', { name: '整改事项' }).click();
    await supervisor.page.locator('.el-table').getByText('网页测试：执法案卷归档不规范').first().waitFor();
    checked.list = await accessibilityProblems(supervisor.page);
    await shot(supervisor.page, 'list');

    expect(checked).toEqual({ workbench: [], assign: [], detail: [], list: [] });
    // The one refused request was the empty form, on purpose; the browser logs its 400.
    expect([...supervisor.problems, ...office.problems].filter((p) => !p.includes('status of 400'))).toEqual([]);
    expect(supervisor.problems.filter((p) => p.includes('status of 400'))).toHaveLength(1);
    await supervisor.context.close();
    await office.context.close();
  });

  it('says "已被他人修改" when two tabs act on one version, and shows an office only its own items', { timeout: 120_000 }, async () => {
    const supervisor = await person('supervisor');
    await supervisor.page.goto(`${stack.runtime.url}/rectifications/assign`);
    await supervisor.page.getByPlaceholder('发现的问题').fill('网页测试：两个标签页');
    await supervisor.page.locator('.el-select').first().click();
    await supervisor.page.getByRole('option', { name: '敖阳司法所' }).click();
    await supervisor.page.getByRole('button', { name: '交办', exact: true }).click();
    await supervisor.page.waitForURL(/\/rectifications\/[0-9A-Z]{26}$/);
    const itemUrl = supervisor.page.url();

    const office = await person('office');
    const [first, second] = [office.page, await office.newPage()];
    await first.goto(itemUrl);
    await second.goto(itemUrl);
    await first.getByRole('button', { name: '签收', exact: true }).waitFor();
    await second.getByRole('button', { name: '签收', exact: true }).waitFor();
    await act(first, '签收');
    await expect.poll(() => status(first).textContent()).toBe('已签收');
    await act(second, '签收', undefined, false);
    await second.getByText('已被他人修改，请刷新后重试').waitFor();
    await shot(second, 'conflict');
    await second.getByRole('button', { name: '刷新' }).click();
    await expect.poll(() => status(second).textContent()).toBe('已签收');

    // 敖阳司法所 sees its own items and none of 泗溪's (the example activity assigned one there).
    await first.getByRole('menuitem', { name: '整改事项' }).click();
    await first.locator('.el-table').getByText('网页测试：两个标签页').first().waitFor();
    const organisations = await first.locator('.el-table__body tr td:nth-child(3)').allTextContents();
    expect(organisations.length).toBeGreaterThan(0);
    expect(new Set(organisations.map((o) => o.trim()))).toEqual(new Set(['敖阳司法所']));
    expect(await first.getByRole('menuitem', { name: '交办整改' }).count()).toBe(0);

    // A page outside the office's roles answers the "无权限" page.
    await first.goto(`${stack.runtime.url}/rectifications/assign`);
    await first.getByText('无权限').first().waitFor();
    await shot(first, 'forbidden');
    expect(office.problems.filter((p) => !p.includes('409'))).toEqual([]);
    await supervisor.context.close();
    await office.context.close();
  });

  it("shows an office today's reminders on its workbench and marks them read", { timeout: 120_000 }, async () => {
    // A measure due on the next working day (today on one): that morning's reminder run puts it in the office's digest.
    const calendar = await ensureCalendarYears(stack);
    const today = calendar.workingDaysAfter(addDays(shanghaiDate(new Date()), -1), 1);
    const assigned = await stack.request('POST', '/v1/rectifications', {
      user: exampleUsers.supervisor,
      body: { problem: { title: '网页测试：今日到期的措施' }, measures: [{ text: '完成台账整理', dueDate: today }], responsibility: { organisation: 'office-aoyang' }, deadline: { workingDays: 10 } },
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
    await stack.runtime.runSchedule('reminders-daily', new Date(`${today}T09:00:00+08:00`));
    await eventually(async () => ((await stack.request('GET', '/v1/notifications', { user: exampleUsers.office })).body!.notifications.some((n: { date: string }) => n.date === today) ? true : undefined));

    const office = await person('office');
    const reminders = office.page.locator('.notices');
    await reminders.getByText('网页测试：今日到期的措施').waitFor();
    await reminders.getByText('措施到期').first().waitFor();
    await shot(office.page, 'workbench-office-reminders');
    await reminders.getByRole('button', { name: '标为已读' }).click();
    await reminders.getByText('已读').waitFor();
    expect((await stack.request('GET', '/v1/notifications', { user: exampleUsers.office })).body!.notifications[0].readAt).toEqual(expect.any(String));

    // 消息提醒: the days' digests, this one read, its entry linked.
    await office.page.getByRole('menuitem', { name: '消息提醒' }).click();
    const day = office.page.locator('.day').filter({ hasText: `${today} 提醒` });
    await day.getByRole('link', { name: '网页测试：今日到期的措施' }).waitFor();
    await day.getByText('已读').waitFor();
    await shot(office.page, 'notifications-office');
    expect(await accessibilityProblems(office.page)).toEqual([]);
    await office.page.getByText('只看未读').click();
    await expect.poll(() => office.page.locator('.day').filter({ hasText: `${today} 提醒` }).count()).toBe(0);
    expect(office.problems).toEqual([]);
    await office.context.close();
  });

  it('a supervisor opens a campaign (整改专项), imports its list from a spreadsheet, fixing the rows it refuses, and reads its progress', { timeout: 120_000 }, async () => {
    const supervisor = await person('supervisor');
    const { page } = supervisor;
    await page.getByRole('menuitem', { name: '整改专项' }).click();
    await page.getByRole('button', { name: '新建整改专项' }).click();
    await page.locator('.el-dialog').waitFor();
    await page.getByLabel('专项名称').fill('2026年度法治述职问题整改');
    await page.getByLabel('来源文号').fill('上司发〔2026〕12号');
    await page.getByLabel('牵头单位').click();
    await page.getByRole('option', { name: '上高县司法局行政执法协调监督股' }).click();
    await dialogButton(page, '确定').click();
    await page.getByText('三清单与导入').waitFor();

    // The template downloads under the campaign's name.
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载导入模板' }).click()]);
    expect(template.suggestedFilename()).toBe('2026年度法治述职问题整改-整改清单导入模板.xlsx');

    const nextYear = Number(shanghaiDate(new Date()).slice(0, 4)) + 1;
    const sheet = async (unit: string) => {
      const workbook = new ExcelJS.Workbook();
      const rows = workbook.addWorksheet('清单');
      rows.addRow(['序号', '问题', '整改措施', '责任单位', '责任人', '整改时限']);
      rows.addRow([1, '法律文书不规范', '开展文书制作培训', '上高县司法局行政执法协调监督股', '李督察', `${nextYear}年3月底`]);
      rows.addRow([2, '法律文书不规范', '开展案卷交叉评查', '上高县司法局行政执法协调监督股', '李督察', `${nextYear}年6月30日前`]);
      rows.addRow([3, '普法覆盖面不够', '每季度开展法律进乡村', unit, '张所员', '20个工作日']);
      return { name: '述法问题整改清单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
    };
    const importFile = async (file: Awaited<ReturnType<typeof sheet>>) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入整改清单' }).click()]);
      await chooser.setFiles(file);
    };
    // A unit that is not the bureau's: the row and the cell are named, and nothing is imported.
    await importFile(await sheet('敖阳所'));
    await page.getByText('1 处需要修改，清单未导入').waitFor();
    await page.getByRole('cell', { name: '第 4 行 D 列（责任单位）' }).waitFor();
    await shot(page, 'campaign-import-refused');
    await importFile(await sheet('敖阳司法所'));
    await page.getByText('已导入 3 行：2 个整改事项，3 条措施').waitFor();
    await page.getByRole('link', { name: '普法覆盖面不够' }).waitFor();
    await page.locator('.el-statistic').filter({ hasText: '整改措施' }).getByText('3').waitFor();
    await page.locator('.el-message').first().waitFor({ state: 'detached' });
    await shot(page, 'campaign-detail');
    const detailProblems = await accessibilityProblems(page);

    await page.getByRole('menuitem', { name: '整改专项' }).click();
    await page.getByRole('link', { name: '2026年度法治述职问题整改' }).waitFor();
    await shot(page, 'campaign-list');
    expect(detailProblems).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    // The refused import (422) is logged by the browser; nothing else.
    expect(supervisor.problems.filter((p) => !/status of 422/.test(p))).toEqual([]);
    await supervisor.context.close();
  });

  it("shows the supervisor the quarter's reports as charts with their numbers, the same as the report API's, and an office only its own", { timeout: 120_000 }, async () => {
    const today = shanghaiDate(new Date());
    const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
    const year = Number(today.slice(0, 4));
    const from = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
    const to = addDays(`${quarter === 4 ? year + 1 : year}-${String(quarter === 4 ? 1 : quarter * 3 + 1).padStart(2, '0')}-01`, -1);
    // Two offices' items of this quarter, so the tables have rows whatever ran before.
    for (const organisation of ['office-aoyang', 'office-jinjiang']) {
      const assigned = await stack.request('POST', '/v1/rectifications', { user: exampleUsers.supervisor, body: { problem: { title: `报表测试：${organisation}` }, responsibility: { organisation }, deadline: { workingDays: 10 } } });
      expect(assigned.status).toBe(201);
    }
    const read = async () => JSON.stringify((await stack.request('GET', `/v1/reports/rectifications?from=${from}&to=${to}`, { user: exampleUsers.supervisor })).body);
    // The figures are event-fed: compare once the earlier tests' events have settled.
    const settled = await eventually(async () => {
      const first = await read();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return first === (await read()) ? (JSON.parse(first) as Record<string, any>) : undefined;
    }, 30_000);
    const inspections = (await stack.request('GET', `/v1/reports/inspections?from=${from}&to=${to}`, { user: exampleUsers.supervisor })).body!;

    const supervisor = await person('supervisor');
    const { page } = supervisor;
    await page.getByRole('menuitem', { name: '报表' }).click();
    await page.getByRole('heading', { name: /^整改情况 · / }).waitFor();
    await page.getByRole('heading', { name: /^涉企行政检查 · / }).waitFor();
    await page.getByRole('heading', { name: /^检查评估 · / }).waitFor();
    const statistic = (title: string) => page.locator('#rectification-title ~ .totals .el-statistic').filter({ hasText: title }).locator('.el-statistic__number');
    expect(await statistic('新增').textContent()).toBe(String(settled.totals.opened));
    expect(await statistic('在办').textContent()).toBe(String(settled.totals.openNow));
    // Element Plus draws a table's header and body as two tables inside the labelled element.
    const rowsOf = (p: Page, name: string) => p.locator(`[aria-label="${name}"] .el-table__body tbody tr`);
    const organisations = rowsOf(page, '按责任单位');
    await expect.poll(() => organisations.count()).toBe(settled.byOrganisation.length);
    expect(settled.byOrganisation.length).toBeGreaterThan(0);
    expect(await organisations.first().locator('td').nth(0).textContent()).toBe(settled.byOrganisation[0].organisationName);
    expect(await organisations.first().locator('td').nth(1).textContent()).toBe(String(settled.byOrganisation[0].opened));
    await expect.poll(() => rowsOf(page, '按执法部门').count()).toBe(inspections.byAgency.length);
    // Every chart is drawn and described, or says there is nothing to draw.
    await expect.poll(() => page.locator('.report-chart').count()).toBe(6);
    await expect.poll(async () => (await page.locator('[role=img] canvas').count()) + (await page.locator('.report-chart .empty').count())).toBe(6);
    expect(await page.getByRole('img', { name: /^各责任单位在办/ }).locator('canvas').count()).toBe(1);
    await expect.poll(() => page.locator('.el-loading-mask:visible').count()).toBe(0);
    await shot(page, 'reports-supervisor');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出整改情况（Excel）' }).click()]);
    expect(download.suggestedFilename()).toBe(`整改情况-${year}年第${'一二三四'[quarter - 1]}季度.xlsx`);
    const supervisorProblems = await accessibilityProblems(page);
    // Another period: the whole year, then back to a month.
    await page.getByText('年', { exact: true }).click();
    await page.getByRole('heading', { name: `整改情况 · ${year}年` }).waitFor();
    await page.getByText('月', { exact: true }).click();
    await page.getByRole('heading', { name: `整改情况 · ${year}年${Number(today.slice(5, 7))}月` }).waitFor();
    await expect.poll(async () => (await page.locator('[role=img] canvas').count()) + (await page.locator('.report-chart .empty').count())).toBe(6);

    // An office reads only the rectification report, only its own rows.
    const office = await person('office');
    await office.page.getByRole('menuitem', { name: '报表' }).click();
    await office.page.getByRole('heading', { name: /^整改情况 · / }).waitFor();
    await expect.poll(() => rowsOf(office.page, '按责任单位').locator('td:first-child').allTextContents()).toEqual(['敖阳司法所']);
    expect(await office.page.getByRole('heading', { name: /^涉企行政检查/ }).count()).toBe(0);
    await expect.poll(() => office.page.locator('.el-loading-mask:visible').count()).toBe(0);
    await shot(office.page, 'reports-office');

    expect(supervisorProblems).toEqual([]);
    expect(await accessibilityProblems(office.page)).toEqual([]);
    expect([...supervisor.problems, ...office.problems]).toEqual([]);
    await supervisor.context.close();
    await office.context.close();
  });

  it('an admin adds an office and a person to it, who sets a password with the activation code and signs in', { timeout: 120_000 }, async () => {
    const admin = await person('admin');
    const { page } = admin;
    await page.getByRole('menuitem', { name: '组织机构' }).click();
    await page.getByRole('button', { name: '新增单位' }).click();
    await page.locator('.el-dialog').waitFor();
    await page.getByLabel('编号').fill('office-xinjie');
    // A name the bureau already has is refused beside the field.
    await page.getByLabel('名称').fill('敖阳司法所');
    await dialogButton(page, '确定').click();
    await page.locator('.el-dialog .el-form-item__error').first().waitFor();
    await page.getByLabel('名称').fill('新街司法所');
    await page.getByLabel('简称').fill('新街所');
    await dialogButton(page, '确定').click();
    await page.locator('.el-dialog').waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '新街司法所' }).waitFor();
    await page.locator('.el-message').first().waitFor({ state: 'detached' });
    await shot(page, 'admin-organisations');
    const organisationProblems = await accessibilityProblems(page);

    await page.getByRole('menuitem', { name: '用户' }).click();
    await page.getByRole('button', { name: '新增用户' }).click();
    await page.locator('.el-dialog').waitFor();
    await page.getByLabel('账号').fill('xinjie.wang');
    await page.getByLabel('姓名').fill('王新');
    await page.getByLabel('单位').click();
    await page.getByRole('option', { name: '新街司法所' }).click();
    await page.locator('.el-dialog .el-checkbox').filter({ hasText: /^司法所$/ }).click();
    await dialogButton(page, '确定').click();
    const code = (await page.getByLabel('激活码', { exact: true }).textContent())!.trim();
    await expect.poll(() => page.locator('.el-dialog:visible').count()).toBe(1);
    expect(code).toMatch(/^[A-Z0-9-]{8,}$/);
    await shot(page, 'admin-activation-code');
    await dialogButton(page, '已记下').click();
    await page.getByRole('cell', { name: '王新' }).waitFor();
    await page.getByRole('row', { name: /王新/ }).getByText('待激活').waitFor();
    await expect.poll(() => page.locator('.el-overlay:visible').count()).toBe(0);
    const userProblems = await accessibilityProblems(page);

    // 王新, at their own browser: sets a password with the code, then signs in and works as 新街司法所.
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const newcomer = await context.newPage();
    await newcomer.goto(`${stack.runtime.url}/`);
    await newcomer.getByRole('link', { name: '首次使用？用激活码设置密码' }).click();
    await newcomer.locator('input[name=login]').fill('xinjie.wang');
    await newcomer.locator('input[name=code]').fill(code);
    await newcomer.locator('input[name=password]').fill('Xinjie-2026-secure');
    await newcomer.locator('input[name=confirm]').fill('Xinjie-2026-secure');
    await newcomer.getByRole('button', { name: '激活' }).click();
    await newcomer.getByText('账号已激活').waitFor();
    await newcomer.goto(`${stack.runtime.url}/`);
    await newcomer.locator('input[name=login]').fill('xinjie.wang');
    await newcomer.locator('input[name=password]').fill('Xinjie-2026-secure');
    await newcomer.locator('button[type=submit]').click();
    await newcomer.getByText('以下是需要您处理或关注的事项').waitFor({ timeout: 30_000 });
    await newcomer.getByText('新街司法所').first().waitFor();
    await context.close();

    await page.reload();
    await page.getByRole('row', { name: /王新/ }).getByText('在用').waitFor();
    expect(organisationProblems).toEqual([]);
    expect(userProblems).toEqual([]);
    // The refused duplicate name (422) is logged by the browser; nothing else.
    expect(admin.problems.filter((p) => !/status of 422/.test(p))).toEqual([]);
    await admin.context.close();
  });

  it('an admin amends a year the State Council published only with a reason, sees the day change, and withdraws it', { timeout: 120_000 }, async () => {
    const bundled = workingCalendar();
    const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
    const year = bundled.knowsYear(thisYear) ? thisYear : thisYear - 1;
    // The year's last working weekday, as the bundled arrangement has it.
    let day = `${year}-12-31`;
    while (!bundled.isWorkingDay(day)) day = addDays(day, -1);

    const admin = await person('admin');
    const { page } = admin;
    await page.getByRole('menuitem', { name: '工作日历' }).click();
    await page.locator('.toolbar .el-select').first().click();
    await page.getByRole('option', { name: `${year}年` }).click();
    await page.getByText('国务院安排（系统内置）').waitFor();
    await page.locator(`button[data-date="${day}"]`).click();
    await page.getByText('已修改 1 天').waitFor();
    // Without saying so on purpose, the published arrangement stays.
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('如需修改，请勾选「修改国务院已公布的安排」并填写原因').waitFor();
    await page.getByText('修改国务院已公布的安排（须说明原因）').click();
    await page.getByRole('textbox', { name: '原因' }).fill('县委决定年末集中休整（测试）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('本局录入', { exact: true }).waitFor();
    await page.getByText('上次保存：1 天有变化').waitFor();
    await page.getByRole('cell', { name: '县委决定年末集中休整（测试）' }).waitFor();
    await page.getByRole('cell', { name: `${day.slice(5)}休` }).waitFor();
    await expect.poll(() => page.locator(`button[data-date="${day}"]`).textContent()).toContain(`休 ${day} 放假`);
    expect((await stack.request('GET', `/v1/working-calendar/years/${year}`, { user: exampleUsers.office })).body!.daysOff).toContain(day);
    await page.locator('.el-message').first().waitFor({ state: 'detached' });
    await shot(page, 'admin-calendar');
    const calendarProblems = await accessibilityProblems(page);

    await page.getByRole('button', { name: '撤回本局录入' }).click();
    await page.locator('.el-message-box').getByRole('button', { name: '撤回' }).click();
    await page.getByText('国务院安排（系统内置）').waitFor();
    await expect.poll(() => page.locator('[aria-label="修改记录"] .el-table__body tbody tr').count()).toBe(2);
    expect((await stack.request('GET', `/v1/working-calendar/years/${year}`, { user: exampleUsers.office })).body!.daysOff).not.toContain(day);
    expect(calendarProblems).toEqual([]);
    // The refused save (422) is logged by the browser; nothing else.
    expect(admin.problems.filter((p) => !/status of 422/.test(p))).toEqual([]);
    await admin.context.close();
  });

  it('lets the enterprise verify the inspection on a phone, rate it once, and work on its item', { timeout: 120_000 }, async () => {
    // An agency files a plan and its result with one order to correct and no separate finding (through the API here; web-filings.test.ts files through the pages).
    const today = shanghaiDate(new Date());
    const filed = await stack.request('POST', '/v1/inspection-filings', {
      user: exampleUsers.agency,
      body: { enterprise: '91360923MA36C7WN0K', inspectionType: 'routine', items: ['SC-SP-01'], legalBasis: '《中华人民共和国食品安全法》第一百一十条', window: { from: addDays(today, 3), to: addDays(today, 3) }, officers: ['sc-liu', 'sc-chen'], approval: { approver: '县市场监督管理局局长', approvedOn: today } },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const result = await stack.request('POST', `/v1/inspection-filings/${filed.body!.id}/result`, {
      user: exampleUsers.agency,
      body: { expectedVersion: 1, inspectedOn: today, officers: ['sc-liu', 'sc-chen'], orders: [{ problem: '温湿度记录缺失', measure: '建立每日温湿度记录', deadlineWorkingDays: 2 }] },
    });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    const token = filed.body!.code.token as string;
    await eventually(async () => ((await stack.request('GET', `/v1/inspection-codes/${token}`)).body!.rectifications.length ? true : undefined));

    const phone = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
    const page = await phone.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    // The QR code holds this address.
    expect(filed.body!.code.qrContent).toBe(`${stack.runtime.url}/verify/${token}`);
    await page.goto(filed.body!.code.qrContent as string);
    await page.getByText('核验通过').waitFor();
    await page.getByText('上高县市场监督管理局').waitFor();
    await page.getByText('执法证号 36092301001').waitFor();
    // The result has an order and no separate finding: the order is what was found, not 未发现问题.
    await page.getByText('温湿度记录缺失：建立每日温湿度记录').waitFor();
    expect(await page.getByText('未发现问题').count()).toBe(0);
    const firstLook = await accessibilityProblems(page);
    await shot(page, 'verify-phone');

    // One anonymous rating; a second one is refused and says so.
    await page.getByRole('radio', { name: '4 分' }).check();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('感谢您的评价').waitFor();
    await page.reload();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('本次检查已经评价过了').waitFor();

    // Its item: acknowledge, report progress, request close-out — the buttons the server offers.
    await page.getByRole('button', { name: '签收', exact: true }).click();
    await page.getByRole('button', { name: '确认签收' }).click();
    await page.getByText('已签收 · 整改期限').waitFor();
    await page.getByRole('button', { name: '报告进展' }).click();
    await page.getByLabel('目前进展').fill('已购置温湿度计并开始记录');
    // Meanwhile someone else at the enterprise reports from another phone: this form's version is stale.
    const [item] = (await stack.request('GET', `/v1/inspection-codes/${token}`)).body!.rectifications as { id: string; version: number }[];
    const other = await stack.request('POST', `/v1/inspection-codes/${token}/rectifications/${item!.id}/progress`, { body: { expectedVersion: item!.version, text: '已联系供应商', percent: 20, evidence: [] } });
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    await page.getByRole('button', { name: '确认报告进展' }).click();
    await page.getByText('事项已有变化，已为您刷新，请重新提交').waitFor();
    // The form stays with what was typed, and goes through against the fresh version.
    await expect.poll(() => page.getByLabel('目前进展').inputValue()).toBe('已购置温湿度计并开始记录');
    await page.getByRole('button', { name: '确认报告进展' }).click();
    // The refresh already shows 整改中 (the other phone's report): what says this one went through is the form closing.
    await page.getByRole('button', { name: '确认报告进展' }).waitFor({ state: 'hidden' });
    await page.getByText('整改中 · 整改期限').waitFor();
    await page.getByRole('button', { name: '申请销号' }).click();
    await page.getByLabel('整改情况').fill('已建立每日温湿度记录台账');
    // A photo from the phone's camera (here: a file), uploaded straight to the bucket.
    await page.locator('input[type=file]').setInputFiles({ name: '台账照片.jpg', mimeType: 'image/jpeg', buffer: await photo(page) });
    await page.locator('progress[value="100"]').waitFor();
    await shot(page, 'verify-phone-upload');
    await page.getByRole('button', { name: '确认申请销号' }).click();
    await page.getByText('待核验销号 · 整改期限').waitFor();
    expect(await page.getByRole('button', { name: '签收', exact: true }).count()).toBe(0);
    await shot(page, 'verify-phone-item');

    const unknown = await phone.newPage();
    await unknown.goto(`${stack.runtime.url}/verify/${'x'.repeat(32)}`);
    await unknown.getByText('没有查到这个检查编码').waitFor();

    expect(firstLook).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    // The refused second rating (409) and the unknown code (404) are logged by the browser; nothing else.
    expect(problems.filter((p) => !/status of (409|404)/.test(p))).toEqual([]);
    await phone.close();

    // Due in 2 working days, the item is yellow: a warning on the workbench of the agency that follows it up.
    const agency = await person('agency');
    await agency.page.locator('.group', { hasText: '黄色预警' }).getByRole('link', { name: '温湿度记录缺失' }).waitFor();
    expect(agency.problems).toEqual([]);
    await agency.context.close();
  });

  // Last in the file: the office's workbench is long after it.
  it("counts every item on the workbench, past the list's first page", { timeout: 180_000 }, async () => {
    // More items waiting for the office than a page of the list holds (100).
    for (let n = 0; n < 105; n += 5) {
      const batch = Array.from({ length: 5 }, (_, i) =>
        stack.request('POST', '/v1/rectifications', { user: exampleUsers.supervisor, body: { problem: { title: `网页测试：批量交办 ${n + i + 1}` }, responsibility: { organisation: 'office-aoyang' }, deadline: { workingDays: 10 } } }),
      );
      expect((await Promise.all(batch)).map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    }
    // What the API answers the office, page after page: the items it may acknowledge.
    let waiting = 0;
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = (await stack.request('GET', `/v1/rectifications?status=assigned&limit=100${query}`, { user: exampleUsers.office })).body!;
      waiting += (page.items as { actions: string[] }[]).filter((i) => i.actions.includes('acknowledge')).length;
      cursor = page.cursor as string | null;
    } while (cursor);
    expect(waiting).toBeGreaterThanOrEqual(105);

    const office = await person('office');
    await expect.poll(() => office.page.locator('[data-group=acknowledge]').getAttribute('data-count')).toBe(String(waiting));
    expect(await office.page.locator('[data-group=acknowledge]').innerText()).toBe(String(waiting)); // not 99+
    await office.page.getByText(`另有 ${waiting - 8} 项`).waitFor();
    await shot(office.page, 'workbench-office-many');
    expect(office.problems).toEqual([]);
    await office.context.close();
  });
});

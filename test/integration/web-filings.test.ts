import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleUsers } from '#infra/local/example-data.ts';
import { addDays, shanghaiDate } from '#shared/calendar/working-calendar.ts';
import { eventually, exampleStack } from './support/test-stack.ts';
import { accessibilityProblems, dialogButton, settled, shot, webPeople } from './support/web-people.ts';

const stack = exampleStack();
const { person } = webPeople(stack);
const today = shanghaiDate(new Date());
// Every plan of the journey in one calendar year, whatever day the suite runs.
const base = addDays(today, 30).slice(0, 4) === today.slice(0, 4) ? today : `${Number(today.slice(0, 4)) + 1}-01-05`;
const enterprise = '92360923MA39P4R1LY';

const formItem = (page: Page, label: string) => page.locator('.el-form-item').filter({ has: page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }) });
const pick = async (page: Page, label: string, ...options: string[]) => {
  for (const option of options) {
    await formItem(page, label).locator('.el-select').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: option }).click();
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.el-select-dropdown__item:visible').count()).toBe(0);
};
const typeDate = async (input: ReturnType<Page['locator']>, date: string) => {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
};

describe('filing pages, as an agency and the bureau use them', () => {
  it('an agency plans past its cap, sees every hit before sending, fixes the plan, files it and prints the label; the result makes an item', { timeout: 180_000 }, async () => {
    // Two plans already this year: the third breaks the yearly cap of 2.
    for (const day of [1, 8]) {
      const window = { from: addDays(base, day), to: addDays(base, day) };
      const filed = await stack.request('POST', '/v1/inspection-filings', {
        user: exampleUsers.agency,
        body: { enterprise, inspectionType: 'routine', items: ['SC-SP-02'], legalBasis: '《中华人民共和国食品安全法》第六十七条', window, officers: ['sc-liu', 'sc-chen'], approval: { approver: '局长', approvedOn: today } },
      });
      expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    }
    const agency = await person('agency');
    const checked: Record<string, string[]> = {};
    const { page } = agency;
    await page.getByRole('menuitem', { name: '备案检查计划' }).click();
    // The code is checked as it is typed (GB 32100), then the register names the enterprise.
    const enterpriseInput = formItem(page, '被检查企业').locator('input');
    await enterpriseInput.click();
    await enterpriseInput.pressSequentially(`${enterprise.slice(0, 17)}X`);
    await formItem(page, '被检查企业').getByText('校验位（第 18 位）应为 Y，不是 X').waitFor();
    await enterpriseInput.fill('');
    await enterpriseInput.pressSequentially('泗溪');
    await page.locator('.el-select-dropdown__item:visible', { hasText: `上高县泗溪便民超市（${enterprise}）` }).click();
    await formItem(page, '被检查企业').locator('.found', { hasText: '上高县泗溪便民超市' }).waitFor();
    // The hint about the mistyped code leaves with a transition; poll until it has gone.
    await expect.poll(() => formItem(page, '被检查企业').locator('.el-form-item__error').allTextContents()).toEqual([]);
    await pick(page, '检查事项', 'SC-SP-01');
    await expect.poll(() => formItem(page, '检查依据').locator('textarea').inputValue()).toBe('《中华人民共和国食品安全法》第一百一十条');
    const day = addDays(base, 15);
    await typeDate(page.getByPlaceholder('开始日期'), day);
    await typeDate(page.getByPlaceholder('结束日期'), day);
    await pick(page, '执法人员', '刘明', '周强');
    await formItem(page, '审批负责人').locator('input').fill('县市场监督管理局局长');

    // 预检: every rule the plan breaks, at once, from the server; nothing filed.
    await page.getByRole('button', { name: '预检' }).click();
    await page.locator('.el-alert--error').first().waitFor();
    expect(await page.locator('.el-alert--error .el-alert__title').allTextContents()).toEqual(['执法证件无效', '超过年度检查次数上限']);
    expect(await formItem(page, '执法人员').locator('.el-form-item__error').textContent()).toContain('周强 的执法证 36092301003 有效期（至 2025-12-31）未覆盖整个检查时段');
    expect(await page.getByRole('button', { name: '提交备案' }).isDisabled()).toBe(true);
    await settled(page);
    checked.plan = await accessibilityProblems(page);
    await shot(page, 'filing-plan-hits');

    // Fixed: 周强 replaced by 陈芳, and the complaint that lifts the cap named.
    await formItem(page, '执法人员').locator('.el-tag', { hasText: '周强' }).locator('.el-tag__close').click();
    await pick(page, '执法人员', '陈芳');
    await pick(page, '例外事由', '投诉举报');
    await page.getByRole('button', { name: '预检' }).click();
    await page.getByText('符合备案规则，可以提交').waitFor();
    await page.getByRole('button', { name: '提交备案' }).click();
    await page.waitForURL(/\/filings\/[0-9A-Z]{26}$/);
    const code = (await page.locator('.code').textContent())!;
    expect(code).toMatch(/^JC\d{6}-[2-9A-Z]{6}$/);
    await page.getByText('已备案，待检查').first().waitFor();
    await settled(page);
    checked.detail = await accessibilityProblems(page);
    await shot(page, 'filing-detail');

    // The label: the QR code of the enterprise's page and the code to read out, on A6.
    await page.getByRole('button', { name: '打印检查码' }).click();
    await page.getByRole('img', { name: `检查码 ${code} 的二维码` }).waitFor();
    expect(await page.locator('article.label').evaluate((label) => [Math.round(label.getBoundingClientRect().width), Math.round(label.getBoundingClientRect().height)])).toEqual([397, 559]);
    checked.label = await accessibilityProblems(page);
    await shot(page, 'filing-label');
    // Printed on A6, it is the label alone on one sheet.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: null });
    const pdf = (await page.pdf({ width: '105mm', height: '148mm' })).toString('latin1');
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);

    // The result, with an order to correct that becomes the enterprise's rectification item.
    await page.getByRole('button', { name: '返回备案详情' }).click();
    await page.getByRole('button', { name: '结果备案' }).click();
    const dialog = page.locator('.el-dialog');
    await dialog.getByRole('textbox', { name: '发现问题 1' }).fill('食品标签未标注生产日期');
    await dialog.getByRole('button', { name: '＋ 添加责令整改事项' }).click();
    await dialog.getByRole('textbox', { name: '整改问题 1' }).fill('食品标签未标注生产日期');
    await dialog.getByRole('textbox', { name: '整改要求 1' }).fill('下架并更换合规标签');
    // The inspection date defaults to today: the planned day has not come yet, and a result cannot lie ahead.
    expect(await dialog.getByRole('combobox', { name: '检查日期' }).inputValue()).toBe(today);
    await dialogButton(page, '提交结果').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('检查结果已备案').first().waitFor();
    await eventually(async () => ((await stack.request('GET', `/v1/rectifications?source=inspection`, { user: exampleUsers.supervisor })).body!.items.some((i: { problem: { title: string } }) => i.problem.title === '食品标签未标注生产日期') ? true : undefined));
    await page.locator('.el-table[aria-label="责令整改"]').getByRole('link', { name: '查看' }).click();
    await page.waitForURL(/\/rectifications\/[0-9A-F]{26}$/);
    await page.getByText('食品标签未标注生产日期').first().waitFor();
    // The enterprise is responsible, by its name in the register, not its id.
    await page.getByText('责任单位：上高县泗溪便民超市').waitFor();
    // The agency finds it again among the items it follows up (本单位督促), not among its own.
    await page.getByRole('menuitem', { name: '整改事项' }).click();
    await page.waitForURL(/\/rectifications$/);
    await settled(page);
    const row = page.locator('.el-table tr', { hasText: '食品标签未标注生产日期' });
    expect(await row.count()).toBe(0);
    await page.locator('.el-radio-button', { hasText: '本单位督促' }).click();
    await row.getByText('上高县泗溪便民超市').waitFor();
    await settled(page);
    await shot(page, 'list-agency-followed-up');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The bureau sees every agency's filings; the list shows this one with its code.
    const supervisor = await person('supervisor');
    await supervisor.page.getByRole('menuitem', { name: '检查备案' }).click();
    await supervisor.page.locator('.el-table[aria-label="检查备案"]').getByRole('link', { name: code }).waitFor();
    // … and may pick an agency, as /v1/me says; the agency's own list offers no such filter.
    await supervisor.page.getByRole('form', { name: '筛选' }).getByText('检查部门').waitFor();
    await agency.page.getByRole('menuitem', { name: '检查备案' }).click();
    await agency.page.locator('.el-table[aria-label="检查备案"]').getByRole('link', { name: code }).waitFor();
    expect(await agency.page.getByRole('form', { name: '筛选' }).getByText('检查部门').count()).toBe(0);
    await settled(supervisor.page);
    checked.list = await accessibilityProblems(supervisor.page);
    await shot(supervisor.page, 'filing-list');

    expect(checked).toEqual({ plan: [], detail: [], label: [], list: [] });
    expect([...agency.problems, ...supervisor.problems]).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleUsers } from '#infra/local/example-data.ts';
import { shanghaiDate } from '#shared/calendar/working-calendar.ts';
import { leastPlausibleYear } from '../support/calendar-years.ts';
import { exampleStack } from './support/test-stack.ts';
import { accessibilityProblems, dialogButton, settled, shot, webPeople } from './support/web-people.ts';

const stack = exampleStack();
const { person } = webPeople(stack);
const formItem = (page: Page, label: string) => page.locator('.el-form-item').filter({ has: page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }) });

describe('settings pages, as the bureau\'s admin uses them', () => {
  it('sets the warning rules and the reminders\' hour (a refused hour said beside its field), and two robots, testing each', { timeout: 120_000 }, async () => {
    const admin = await person('admin');
    const { page } = admin;
    await page.getByRole('menuitem', { name: '提醒与预警' }).click();
    await page.getByRole('spinbutton', { name: '到期前几个工作日转黄' }).fill('5');
    await page.getByRole('button', { name: '保存预警规则' }).click();
    await page.getByText('预警规则已保存').waitFor();
    expect((await stack.request('GET', '/v1/settings/rectification', { user: exampleUsers.office })).body).toMatchObject({ yellowWithinWorkingDays: 5 });

    await page.getByRole('spinbutton', { name: '发送时间（时）' }).fill('6');
    await page.getByRole('button', { name: '保存提醒设置' }).click();
    await formItem(page, '发送时间').locator('.el-form-item__error').waitFor();
    await page.getByRole('spinbutton', { name: '发送时间（时）' }).fill('10');
    await page.getByText('结果待备案').click();
    await page.getByRole('button', { name: '保存提醒设置' }).click();
    await page.getByText('提醒设置已保存').waitFor();
    expect((await stack.request('GET', '/v1/settings/reminders', { user: exampleUsers.office })).body).toMatchObject({ sendHour: 10, resultOverdue: false });

    // Two robots: one that answers, one that fails; each tested from its row.
    const robot = async (organisation: string, path: string) => {
      await page.getByRole('button', { name: '设置群机器人' }).click();
      const dialog = page.locator('.el-dialog');
      await dialog.locator('.el-select').click();
      await page.getByRole('option', { name: organisation }).click();
      await dialog.getByPlaceholder('https://qyapi.weixin.qq.com').fill(`${stack.runtime.url}/_local/webhooks/${path}`);
      await dialog.getByPlaceholder('机器人的加签密钥').fill('web-settings-secret-0123');
      await dialogButton(page, '保存').click();
      await dialog.waitFor({ state: 'hidden' });
    };
    await robot('敖阳司法所', 'web-settings');
    await robot('泗溪司法所', 'web-settings-down?fail=1');
    const row = (name: string) => page.locator('.el-table[aria-label="群机器人"] tbody tr', { hasText: name });
    await row('敖阳司法所').getByRole('button', { name: '发送测试消息' }).click();
    await row('敖阳司法所').getByText('已送达').waitFor();
    await row('泗溪司法所').getByRole('button', { name: '发送测试消息' }).click();
    await row('泗溪司法所').getByText('失败：HTTP 500').waitFor();
    const received = (await fetch(`${stack.runtime.url}/_local/webhooks/web-settings`).then((r) => r.json())) as { body: { markdown: { content: string } } }[];
    expect(received.map((m) => m.body.markdown.content)).toEqual([expect.stringContaining('测试消息')]);
    expect(await page.locator('.el-table[aria-label="群机器人"]').textContent()).not.toContain('web-settings-secret');

    await settled(page);
    const problems = await accessibilityProblems(page);
    await shot(page, 'settings-reminders');
    expect(problems).toEqual([]);
    // The refused hour (400) is logged by the browser; nothing else.
    expect(admin.problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
  });
  it('keeps the filing reference data: enterprises (a failing code accepted with a reason), officers, an agency\'s item list', { timeout: 120_000 }, async () => {
    const admin = await person('admin');
    const { page } = admin;
    await page.getByRole('menuitem', { name: '涉企检查基础数据' }).click();
    await page.getByRole('textbox', { name: '查找企业' }).fill('锦绣');
    await expect.poll(() => page.locator('.el-table[aria-label="企业名录"] tbody tr').allTextContents()).toEqual([expect.stringContaining('91360923MA35F2K8XC')]);

    // A code whose check character fails: refused with the reason, accepted once the admin says why.
    await page.getByRole('button', { name: '登记企业' }).click();
    const dialog = page.locator('.el-dialog');
    await formItem(page, '统一社会信用代码').locator('input').fill('91360923MA35F2K8XD');
    await formItem(page, '企业名称').locator('input').fill('上高县网页测试企业');
    await dialogButton(page, '保存').click();
    await formItem(page, '统一社会信用代码').getByText('校验位（第 18 位）应为 C，不是 D').waitFor();
    await formItem(page, '接受理由').locator('input').fill('营业执照原件核对无误');
    await dialogButton(page, '保存').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('textbox', { name: '查找企业' }).fill('网页测试');
    await page.locator('.el-table[aria-label="企业名录"]').getByText('已人工接受：营业执照原件核对无误').waitFor();

    // Officers: an expired certificate is marked.
    await page.getByRole('tab', { name: '执法人员' }).click();
    await page.locator('.el-tab-pane:visible .el-select').click();
    await page.getByRole('option', { name: '上高县市场监督管理局' }).click();
    await page.locator('.el-table[aria-label="执法人员"] tbody tr', { hasText: '周强' }).getByText('已过期').waitFor();

    // The health commission's list gains an item, with its own yearly cap.
    await page.getByRole('tab', { name: '检查事项清单' }).click();
    await page.locator('.el-tab-pane:visible .el-select').click();
    await page.getByRole('option', { name: '上高县卫生健康委员会' }).click();
    await page.getByRole('textbox', { name: '第 1 项编码' }).waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: '第 1 项编码' }).inputValue()).toBe('WS-YL-01');
    await page.getByRole('button', { name: '＋ 添加检查事项' }).click();
    await page.getByRole('textbox', { name: '第 2 项编码' }).fill('WS-GG-01');
    await page.getByRole('textbox', { name: '第 2 项名称' }).fill('公共场所卫生');
    await page.getByRole('button', { name: '公布检查事项清单' }).click();
    await page.locator('.el-alert--error').getByText(/第 2 项 依据/).waitFor();
    await page.getByRole('textbox', { name: '第 2 项依据' }).fill('《公共场所卫生管理条例》第十条');
    await page.getByRole('spinbutton', { name: '第 2 项年度上限' }).fill('1');
    await page.getByRole('button', { name: '公布检查事项清单' }).click();
    await page.getByText('检查事项清单已公布').waitFor();
    const profile = (await stack.request('GET', '/v1/agencies/agency-health/profile', { user: exampleUsers.agency })).body!;
    expect(profile.items.map((i: { code: string }) => i.code)).toEqual(['WS-YL-01', 'WS-GG-01']);
    expect(profile.caps).toMatchObject({ perEnterprisePerYear: 2, perMonth: 1, perItemPerYear: { 'WS-GG-01': 1 } });

    await settled(page);
    const problems = await accessibilityProblems(page);
    await shot(page, 'settings-filing-reference');
    expect(problems).toEqual([]);
    // The refused code (422) and list (400) are logged by the browser; nothing else.
    expect(admin.problems.filter((p) => !/status of 4(00|22)/.test(p))).toEqual([]);
  });
  it('a deadline in a year the calendar does not know is refused in words; the admin enters that year and the same assignment goes through', { timeout: 120_000 }, async () => {
    // The first year after this one that the stack does not know (tests run on the real date).
    let year = Number(shanghaiDate(new Date()).slice(0, 4)) + 1;
    while ((await stack.request('GET', `/v1/working-calendar/years/${year}`, { user: exampleUsers.admin })).body!.source !== 'unknown') year += 1;
    const deadline = `${year}-01-12`;
    const supervisor = await person('supervisor');
    const { page } = supervisor;
    await page.getByRole('menuitem', { name: '交办整改' }).click();
    await page.getByPlaceholder('发现的问题').fill('跨年期限测试：人民调解卷宗归档');
    await page.locator('.el-select').first().click();
    await page.getByRole('option', { name: '敖阳司法所' }).click();
    await page.getByText('指定日期').click();
    const date = formItem(page, '整改期限').locator('input').last();
    await date.fill(deadline);
    await date.press('Enter');
    await page.getByRole('button', { name: '交办', exact: true }).click();
    await page.locator('.el-alert--error').getByText(`${year} 年的放假调休安排尚未录入`).waitFor();

    // The admin enters that year's arrangement on the calendar page, day by day.
    const admin = await person('admin');
    await admin.page.getByRole('menuitem', { name: '工作日历' }).click();
    await admin.page.locator('.toolbar .el-select').first().click();
    await admin.page.getByRole('option', { name: `${year}年` }).click();
    await admin.page.getByText('未录入：该年的工作日无法计算').waitFor();
    // Holidays can share a day (中秋 on 国庆): each day is clicked once.
    const daysOff = [...new Set(leastPlausibleYear(year).daysOff)];
    for (const day of daysOff) await admin.page.locator(`button[data-date="${day}"]`).click();
    await admin.page.getByText(`已修改 ${daysOff.length} 天`).waitFor();
    await admin.page.getByRole('button', { name: '保存' }).click();
    await admin.page.getByText('本局录入', { exact: true }).waitFor();

    // The same form, sent again: accepted, due on the date asked for.
    await page.getByRole('button', { name: '交办', exact: true }).click();
    await page.waitForURL(/\/rectifications\/[0-9A-Z]{26}$/);
    await page.locator('.el-descriptions').getByText(deadline).first().waitFor();
    // The refused assignment (422) is logged by the browser; nothing else.
    expect([...supervisor.problems, ...admin.problems].filter((p) => !/status of 422/.test(p))).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleUsers } from '#infra/local/example-data.ts';
import { eventually, exampleStack } from './support/test-stack.ts';
import { accessibilityProblems, dialogButton, settled, shot, webPeople } from './support/web-people.ts';

const stack = exampleStack();
const { person } = webPeople(stack);
const tablet = { width: 1024, height: 768 };

/** How the inspector answers each of the 24 duties: most met, a few not, two figures below the line. */
const answer = async (page: Page, id: string, type: string) => {
  const item = page.locator(`[data-item="${id}"]`);
  if (type === 'pass_fail') return item.locator('.el-radio-button', { hasText: id === '8' ? /^不符合$/ : /^符合$/ }).click();
  if (type === 'points') {
    if (id === '7') return item.locator('.deduction').first().locator('.el-input-number__increase').click();
    return item.locator('.el-checkbox').click();
  }
  if (type === 'number') {
    await item.locator('.el-input-number input').fill(id === '5' ? '3' : '60');
    return item.locator('.el-input-number input').press('Tab');
  }
  if (type === 'choice') return item.locator('.el-radio', { hasText: id === '12' ? '正在推进' : '达到标准' }).click();
};
/** An el-select by its accessible name (its placeholder covers the input, so the box is what takes the click). */
const selectBox = (page: Page, name: string) => page.locator('.el-select').filter({ has: page.getByRole('combobox', { name }) });
const shownScore = async (page: Page) => Number((await page.locator('.scorebar .total').textContent())!.split('/')[0]!.trim());

describe('checklist pages, as inspectors and supervisors use them', () => {
  it('an inspector fills the 24 duties on a tablet, the score shown is the server\'s; returned, corrected, accepted; failed items become rectification items', { timeout: 240_000 }, async () => {
    const template = (await stack.request('GET', '/v1/checklist-templates/office-standardization/versions/1', { user: exampleUsers.inspector })).body!;
    const items = (template.content.sections as { items: { id: string; type: string }[] }[]).flatMap((s) => s.items);
    expect(items).toHaveLength(24);
    const inspector = await person('inspector', tablet);
    const checked: Record<string, string[]> = {};
    const { page } = inspector;

    await page.getByRole('menuitem', { name: '检查评估' }).click();
    await selectBox(page, '选择检查表开始评估').click();
    await page.getByRole('option', { name: '司法所规范化建设考核表（第 1 版）' }).click();
    await page.getByRole('button', { name: '开始评估' }).click();
    await page.locator('[data-item="24"]').waitFor();
    await selectBox(page, '被评估单位').click();
    await page.getByRole('option', { name: '敖阳司法所' }).click();

    // Half the items, then the tablet loses the page: the draft is kept in the browser.
    for (const item of items.slice(0, 12)) await answer(page, item.id, item.type);
    const halfway = await shownScore(page);
    await page.reload();
    await page.getByText('已恢复本机保存的未提交内容').waitFor();
    expect(await shownScore(page)).toBe(halfway);
    for (const item of items.slice(12)) await answer(page, item.id, item.type);
    await expect.poll(() => page.locator('.scorebar').getByText('已评 24 / 24 项').count()).toBe(1);
    const whileFilling = await shownScore(page);
    const grade = (await page.locator('.scorebar .grade').textContent())!.trim();
    expect(grade).not.toContain('暂定');
    // Failed items are marked in the item's own score line.
    expect(await page.locator('[data-item="8"] .score.lost').textContent()).toBe('得分 0 / 3');
    await settled(page);
    checked.fill = await accessibilityProblems(page);
    await page.screenshot({ path: 'test-results/screenshots/web-checklist-fill-tablet.png' });

    await page.getByRole('button', { name: '提交评估' }).click();
    await page.waitForURL(/\/checklists\/[0-9A-Z]{26}$/);
    const id = page.url().split('/').pop()!;
    const server = (await stack.request('GET', `/v1/checklist-submissions/${id}`, { user: exampleUsers.supervisor })).body!;
    expect(server.result.score).toBe(whileFilling);
    expect(server.result.grade).toBe(grade);
    expect(Number(await page.locator('.score').first().textContent())).toBe(whileFilling);

    // The supervisor returns one item with a reason.
    const supervisor = await person('supervisor');
    await supervisor.page.goto(page.url());
    await supervisor.page.getByRole('button', { name: '退回修改' }).click();
    await selectBox(supervisor.page, '退回意见 1 针对的检查项').click();
    await supervisor.page.locator('.el-select-dropdown__item:visible', { hasText: '第 10 项' }).click();
    await supervisor.page.getByRole('textbox', { name: '退回意见 1' }).fill('调处率应以台账数据为准，请核实后重填');
    await dialogButton(supervisor.page, '退回').click();
    await supervisor.page.getByText('已退回修改').first().waitFor();

    // The inspector sees the reason beside the item, corrects it and sends it again.
    await page.reload();
    await page.getByRole('button', { name: '修改后重新提交' }).click();
    await page.locator('[data-item="10"]').getByText('退回意见：调处率应以台账数据为准，请核实后重填').waitFor();
    await page.locator('[data-item="10"] .el-input-number input').fill('85');
    await page.locator('[data-item="10"] .el-input-number input').press('Tab');
    await expect.poll(() => page.locator('[data-item="10"] .score').textContent()).toBe('得分 6 / 6');
    const corrected = await shownScore(page);
    expect(corrected).toBe(whileFilling + 6);
    await page.getByRole('button', { name: '重新提交' }).click();
    await page.waitForURL(new RegExp(`/checklists/${id}$`));
    await page.getByText('待审核').first().waitFor();
    // Both revisions side by side: the corrected item's score in each.
    const comparison = page.locator('.el-table[aria-label="修订对照"] tbody tr');
    await expect.poll(() => comparison.count()).toBe(1);
    expect(await comparison.first().locator('td').allTextContents()).toEqual([expect.stringContaining('第 10 项'), '0', '6']);

    // Accepted: the failed items become the office's rectification items, linked from their lines.
    await supervisor.page.reload();
    await supervisor.page.getByRole('button', { name: '审核通过' }).click();
    await supervisor.page.locator('.el-message-box').getByRole('button', { name: '通过' }).click();
    await supervisor.page.getByText('审核通过').first().waitFor();
    expect(Number(await supervisor.page.locator('.score').first().textContent())).toBe(corrected);
    const links = supervisor.page.getByRole('link', { name: '已生成整改事项 →' });
    await expect.poll(() => links.count()).toBe(server.result.items.filter((i: { failed: boolean; itemId: string }) => i.failed && i.itemId !== '10').length);
    await eventually(async () => ((await stack.request('GET', '/v1/rectifications?organisation=office-aoyang&source=checklist', { user: exampleUsers.supervisor })).body!.items.length >= 2 ? true : undefined));
    await supervisor.page.locator('[data-item="8"]').getByRole('link', { name: '已生成整改事项 →' }).click();
    await supervisor.page.waitForURL(/\/rectifications\/[0-9A-F]{26}$/);
    await supervisor.page.getByText('敖阳司法所').first().waitFor();
    await supervisor.page.goBack();
    await supervisor.page.locator('[data-item="24"]').waitFor();
    await settled(supervisor.page);
    checked.detail = await accessibilityProblems(supervisor.page);
    await shot(supervisor.page, 'checklist-detail');
    await supervisor.page.getByRole('menuitem', { name: '检查评估' }).click();
    await supervisor.page.locator('.el-table[aria-label="检查评估"] tbody tr').first().waitFor();
    await settled(supervisor.page);
    checked.list = await accessibilityProblems(supervisor.page);
    await shot(supervisor.page, 'checklist-list');

    // The template library: the version inspectors fill in, item by item, with its grade bands.
    await page.getByRole('menuitem', { name: '检查表模板' }).click();
    await selectBox(page, '检查表模板').click();
    await page.getByRole('option', { name: '司法所规范化建设考核表' }).click();
    await page.locator('.el-table[aria-label="一、加强政治建设"] tbody tr').first().waitFor();
    expect(await page.locator('.content .el-table:not([aria-label="等次"]) tbody tr').count()).toBe(24);
    expect(await page.locator('.el-table[aria-label="等次"] tbody tr').allTextContents()).toEqual([expect.stringContaining('不达标'), expect.stringContaining('达标'), expect.stringContaining('模范')]);
    await page.getByRole('button', { name: '按此版本评估' }).waitFor();
    await settled(page);
    checked.templates = await accessibilityProblems(page);
    await shot(page, 'checklist-templates');

    expect(checked).toEqual({ fill: [], detail: [], list: [], templates: [] });
    expect([...inspector.problems, ...supervisor.problems]).toEqual([]);
  });
  it('an admin opens a new version from the published one, is refused a band that no longer ends at the total, fixes it and publishes', { timeout: 120_000 }, async () => {
    const admin = await person('admin');
    const { page } = admin;
    await page.getByRole('menuitem', { name: '检查表模板' }).click();
    await selectBox(page, '检查表模板').click();
    await page.getByRole('option', { name: '司法所规范化建设考核表' }).click();
    await page.getByRole('button', { name: '以此为底稿新建版本' }).click();
    await page.waitForURL(/\/checklists\/templates\/office-standardization\/versions\/2\/edit$/);
    const first = page.locator('.item').first();
    await first.getByRole('spinbutton', { name: '分值' }).fill('6');
    await first.getByRole('spinbutton', { name: '分值' }).press('Tab');
    await page.getByText('102 分（各项分值之和）').waitFor();
    await page.getByRole('button', { name: '保存草稿' }).click();
    // The bands must end at the new total: the server says so beside the band.
    await page.locator('.el-table[aria-label="等次"] .error', { hasText: '102' }).waitFor();
    await page.getByRole('spinbutton', { name: '等次 3 最高分' }).fill('102');
    await page.getByRole('spinbutton', { name: '等次 3 最高分' }).press('Tab');
    await settled(page);
    const problems = await accessibilityProblems(page);
    await shot(page, 'checklist-template-editor');
    await page.getByRole('button', { name: '保存并发布' }).click();
    await page.waitForURL(/\/checklists\/templates$/);
    const v2 = (await stack.request('GET', '/v1/checklist-templates/office-standardization/versions/2', { user: exampleUsers.inspector })).body!;
    expect(v2.status).toBe('published');
    expect(v2.content.sections[0].items[0]).toMatchObject({ id: '1', points: 6 });
    expect(v2.content.bands.at(-1).maxScore).toBe(102);

    // A template of the bureau's own: created from a first draft that is valid as it stands, shaped, published.
    await page.getByRole('button', { name: '新建模板' }).click();
    const dialog = page.locator('.el-dialog');
    await dialog.getByPlaceholder('如：人民调解卷宗评查表').fill('人民调解卷宗评查表');
    await dialog.getByPlaceholder('如 mediation-review').first().fill('mediation-review');
    await dialog.getByPlaceholder('统计与年度目标按类别汇总').fill('mediation-review');
    await dialogButton(page, '创建并编辑').click();
    await page.waitForURL(/\/checklists\/templates\/mediation-review\/versions\/1\/edit$/);
    await page.getByRole('textbox', { name: '检查内容' }).fill('调解协议书由双方当事人签字');
    await page.locator('.el-switch').filter({ has: page.getByRole('switch', { name: '否决项' }) }).click();
    await page.getByRole('button', { name: '保存并发布' }).click();
    await page.waitForURL(/\/checklists\/templates$/);
    const own = (await stack.request('GET', '/v1/checklist-templates/mediation-review/versions/1', { user: exampleUsers.inspector })).body!;
    expect(own).toMatchObject({ status: 'published', content: { title: '人民调解卷宗评查表', vetoGrade: '不合格' } });
    expect(own.content.sections[0].items[0]).toMatchObject({ text: '调解协议书由双方当事人签字', critical: true });

    expect(problems).toEqual([]);
    // The refused draft (4xx) is logged by the browser; nothing else.
    expect(admin.problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
  });
});

import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { InspectionFiling } from '#shared/filing/filing.ts';
import { organisationNames } from '#shared/organisation/display-names.ts';
import { composeDigests, digestMarkdown } from '#shared/reminders/digest.ts';
import { ReminderSettings } from '#shared/reminders/settings.ts';
import { deliver, robotRequest } from '#shared/reminders/webhooks.ts';
import { newItem } from '../rectification/fixtures.ts';

const settings = ReminderSettings.parse({});
const names = organisationNames([
  { id: 'bureau', name: '上高县司法局' },
  { id: 'office-aoyang', name: '敖阳司法所' },
  { id: 'office-jinjiang', name: '锦江司法所' },
  { id: 'agency-market', name: '县市场监督管理局' },
]);
const item = (id: string, organisation: string, deadline: string, extra = {}) =>
  newItem({ id, deadline, problem: { title: `问题${id}`, description: '' }, responsibility: { organisation, ...extra } });
const filing = { id: 'F1', agency: 'agency-health', enterprise: { creditCode: '91360923MA36C7WN0K', name: '安康医疗' }, resultDueBy: '2026-12-08' } as InspectionFiling;

describe('reminder digests', () => {
  const due = {
    turningYellow: [item('Y1', 'office-sixi', '2026-12-20')],
    turningRed: [item('R1', 'office-aoyang', '2026-12-09'), item('E1', 'enterprise:91360923MA35F2K8XC', '2026-12-09', { supervisingOrganisation: 'agency-market' })],
    overdue: [item('O1', 'office-aoyang', '2026-11-30')],
    extensionsWaiting: [item('X1', 'office-jinjiang', '2026-12-31')],
    resultsOverdue: [filing],
  };

  it('sends one digest per responsible organisation, most urgent first; enterprise items go to the following agency', () => {
    const digests = composeDigests('2026-12-10', due, settings);
    expect(digests.map((d) => [d.organisation, d.entries.map((e) => `${e.kind}:${e.id}`)])).toEqual([
      ['agency-health', ['result-overdue:F1']],
      ['agency-market', ['turning-red:E1']],
      ['bureau', ['extension-waiting:X1']],
      ['office-aoyang', ['turning-red:R1', 'overdue:O1']],
      ['office-sixi', ['turning-yellow:Y1']],
    ]);
  });

  it('reminds measures falling due to the responsible organisation, or the following agency for enterprises', () => {
    const measuresDue = [
      { itemId: 'M1', organisation: 'office-sixi', title: '档案不全', measure: '补齐台账', dueDate: '2026-12-10' },
      { itemId: 'M2', organisation: 'enterprise:91360923MA35F2K8XC', supervisingOrganisation: 'agency-market', title: '温度记录', measure: '建立台账', dueDate: '2026-12-10' },
    ];
    const digests = composeDigests('2026-12-10', { turningYellow: [], turningRed: [], overdue: [], extensionsWaiting: [], resultsOverdue: [], measuresDue }, settings);
    expect(digests.map((d) => [d.organisation, d.entries.map((e) => `${e.kind}:${e.title}`)])).toEqual([
      ['agency-market', ['measure-due:温度记录：建立台账']],
      ['office-sixi', ['measure-due:档案不全：补齐台账']],
    ]);
  });

  it("reminds the bureau's supervisors of emergency inspections filed late", () => {
    const late = { ...filing, id: 'L1', agency: 'agency-market', filedOn: '2026-12-09', codeless: { inspectedOn: '2026-12-01', reason: 'r', late: true } } as InspectionFiling;
    const digests = composeDigests('2026-12-10', { turningYellow: [], turningRed: [], overdue: [], extensionsWaiting: [], resultsOverdue: [], codelessFiledLate: [late] }, settings, names);
    expect(digests).toEqual([
      {
        organisation: 'bureau',
        organisationName: '上高县司法局',
        date: '2026-12-10',
        entries: [expect.objectContaining({ kind: 'codeless-late', id: 'L1', title: '县市场监督管理局 对 安康医疗 的无码检查逾期备案', link: '/v1/inspection-filings/L1' })],
      },
    ]);
  });

  it('leaves out the reminders a tenant switched off', () => {
    const digests = composeDigests('2026-12-10', due, { ...settings, turningYellow: false, resultOverdue: false, supervisingOrganisation: 'supervision-section' });
    expect(digests.map((d) => d.organisation)).toEqual(['agency-market', 'office-aoyang', 'supervision-section']);
  });

  it('names whose work the bureau reads about', () => {
    const [digest] = composeDigests('2026-12-10', { ...due, turningYellow: [], turningRed: [], overdue: [], resultsOverdue: [] }, settings, names);
    expect(digest!.entries.map((e) => e.title)).toEqual(['问题X1（锦江司法所）']);
  });

  it("writes a markdown message with links, under the organisation's name", () => {
    const [digest] = composeDigests('2026-12-10', { ...due, turningYellow: [], overdue: [], extensionsWaiting: [], resultsOverdue: [], turningRed: [due.turningRed[0]!] }, settings, names);
    expect(digestMarkdown(digest!, 'https://api.example')).toBe('### 敖阳司法所 整改与检查提醒 2026-12-10\n- **今日转红（已逾期）** [问题R1](https://api.example/v1/rectifications/R1)，期限 2026-12-09');
  });
});

describe('robot webhooks', () => {
  const secret = 'SEC0123456789abcdef';

  it('signs DingTalk requests its own way and every request with x-signature over timestamp and body', () => {
    const request = robotRequest({ url: 'https://oapi.dingtalk.com/robot/send?access_token=t', secret, format: 'dingtalk' }, '提醒', '内容', 1795800000000);
    const url = new URL(request.url);
    expect(url.searchParams.get('sign')).toBe(createHmac('sha256', secret).update(`1795800000000\n${secret}`).digest('base64'));
    expect(JSON.parse(request.init.body)).toEqual({ msgtype: 'markdown', markdown: { title: '提醒', text: '内容' } });
    expect(request.init.headers['x-signature']).toBe(createHmac('sha256', secret).update(`1795800000000\n${request.init.body}`).digest('base64'));
    const wecom = robotRequest({ url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', secret, format: 'wecom' }, '提醒', '内容', 1);
    expect(JSON.parse(wecom.init.body)).toEqual({ msgtype: 'markdown', markdown: { content: '内容' } });
  });

  it('retries with backoff and reports the outcome', async () => {
    const request = robotRequest({ url: 'https://robot.example/send', secret, format: 'wecom' }, 't', 'm', 1);
    const answers = [500, 502, 200];
    const send = (() => Promise.resolve(new Response('', { status: answers.shift() }))) as unknown as typeof fetch;
    expect(await deliver(request, { send, backoffMs: 1 })).toMatchObject({ status: 'delivered', attempts: 3 });
    const down = (() => Promise.reject(new Error('ECONNREFUSED'))) as unknown as typeof fetch;
    expect(await deliver(request, { send: down, backoffMs: 1, attempts: 2 })).toMatchObject({ status: 'failed', attempts: 2, error: 'ECONNREFUSED' });
  });
});

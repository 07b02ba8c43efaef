import { workingCalendar } from '#shared/calendar/working-calendar.ts';
import type { Actor } from '#shared/events/envelope.ts';
import { assign } from '#shared/rectification/assignment.ts';
import type { CommandType, DecidedCommand as Command } from '#shared/rectification/commands.ts';
import type { DecisionContext } from '#shared/rectification/lifecycle.ts';
import type { Rectification, RectificationStatus } from '#shared/rectification/rectification.ts';
import { defaultRules } from '#shared/rectification/warning-colour.ts';

export const calendar = workingCalendar();
export const office: Actor = { kind: 'user', id: 'u-office', organisation: 'office-aoyang', roles: ['office'] };
export const otherOffice: Actor = { kind: 'user', id: 'u-other', organisation: 'office-sixi', roles: ['office'] };
export const supervisor: Actor = { kind: 'user', id: 'u-sup', organisation: 'supervision-section', roles: ['supervisor'] };
export const supervisorInOffice: Actor = { kind: 'user', id: 'u-sup2', organisation: 'office-aoyang', roles: ['supervisor'] };
export const system: Actor = { kind: 'system', job: 'rectification-watch' };

export const ctx = (actor: Actor, today = '2026-12-01'): DecisionContext => ({ actor, today, at: new Date(`${today}T02:00:00Z`), calendar, rules: defaultRules });

export const newItem = (overrides: Partial<Rectification> = {}): Rectification => {
  const item = assign(
    'r1',
    '360923',
    { kind: 'manual', reference: '2026 法治督察 #7' },
    {
      problem: { title: '行政执法案卷归档不规范', description: '' },
      measures: [{ text: '补齐案卷目录' }],
      responsibility: { organisation: 'office-aoyang', person: '张三' },
      severity: 'major',
      deadline: { date: '2026-12-15' },
      evidence: [],
    },
    ctx(supervisor, '2026-12-01'),
  );
  if ('field' in item) throw new Error(item.message);
  return { ...item, ...overrides };
};

export const inStatus = (status: RectificationStatus): Rectification => {
  const base = newItem({ status });
  if (status === 'close_requested') return { ...base, evidence: [{ reference: 'photo-1' }] };
  if (status === 'closed') return { ...base, closedOn: '2026-12-10', yellowFrom: undefined, redFrom: undefined };
  return base;
};

/** A valid command of each type, for an item assigned 2026-12-01 and due 2026-12-15. */
export const sampleCommands: Record<CommandType, Command> = {
  acknowledge: { type: 'acknowledge' },
  reportProgress: { type: 'reportProgress', text: '已补齐一半', percent: 50, evidence: [{ reference: 'doc-1' }] },
  requestClose: { type: 'requestClose', summary: '已全部整改', evidence: [{ reference: 'doc-2' }], measuresDone: ['m1'] },
  updateMeasure: { type: 'updateMeasure', measureId: 'm1', status: 'done', evidence: [{ reference: 'doc-3' }] },
  waiveMeasure: { type: 'waiveMeasure', measureId: 'm1', reason: '已由县局统一办理' },
  close: { type: 'close' },
  return: { type: 'return', reasons: ['证据不足'] },
  requestExtension: { type: 'requestExtension', reason: '档案室搬迁', proposedDeadline: '2026-12-30', progress: '完成 60%' },
  decideExtension: { type: 'decideExtension', approve: true, deadline: '2026-12-28' },
  escalate: { type: 'escalate', reason: '多次催办未果' },
  reopen: { type: 'reopen', reason: '回头看发现问题反弹', deadline: '2026-12-20' },
  cancel: { type: 'cancel', reason: '重复交办' },
  markOverdue: { type: 'markOverdue' },
};

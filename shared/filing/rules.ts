import * as z from 'zod';
import { addDays, CalendarDate } from '../calendar/working-calendar.ts';
import type { AgencyProfile, EnterpriseRecord, Officer } from './reference.ts';
import { ExemptionReason, exemptionReasonLabels } from './reference.ts';
import { normaliseCreditCode } from '../reference/credit-code.ts';

/** What an agency files before an inspection (检查备案): the plan that, once accepted, gets an inspection code. */
export const PlanFilingInput = z.object({
  enterprise: z.string().max(60).transform(normaliseCreditCode).pipe(z.string().length(18, 'a unified social credit code has 18 characters')),
  inspectionType: z.enum(['routine', 'special-campaign', 'case-triggered']),
  items: z.array(z.string().trim().min(1).max(40)).min(1).max(50),
  legalBasis: z.string().trim().min(1).max(1000),
  window: z.object({ from: CalendarDate, to: CalendarDate }),
  officers: z.array(z.string().regex(/^[a-z0-9-]{2,40}$/, 'is not an officer id')).min(1).max(20),
  approval: z.object({ approver: z.string().trim().min(1).max(50), approvedOn: CalendarDate }),
  exemptionReason: ExemptionReason.optional(),
  /** An inspection already made without a code (emergency): filed afterwards. */
  codeless: z.object({ inspectedOn: CalendarDate, reason: z.string().trim().min(1).max(500) }).optional(),
});
export type PlanFilingInput = z.infer<typeof PlanFilingInput>;

/** A filing as far as counting goes: who, whom, when, what. */
export type CountedFiling = { id: string; agency: string; plannedOn: CalendarDate; items: string[] };

/** The reason codes of the filing rules: a refused plan lists every hit at once, each with its code. */
export const ruleCodes = [
  'agency_without_item_list',
  'item_not_listed',
  'too_few_officers',
  'officer_unknown',
  'officer_of_other_agency',
  'certificate_invalid',
  'approval_after_start',
  'approval_in_future',
  'cap_reached',
  'item_cap_reached',
  'short_window_day',
  'short_window_week',
  'short_window_month',
  'no_disturb',
  'exemption_not_accepted',
  'enterprise_unknown',
  'window_invalid',
  'joint_inspection_proposed',
] as const;
export const RuleHit = z.object({ code: z.enum(ruleCodes), field: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }).meta({ id: 'RuleHit' });
export type RuleHit = z.infer<typeof RuleHit>;

export type RuleContext = {
  agency: string;
  profile: AgencyProfile | undefined;
  enterprise: EnterpriseRecord | undefined;
  officers: Map<string, Officer>;
  /** This agency's active filings for this enterprise (at least those of the planned date's year). */
  sameAgency: CountedFiling[];
  /** Other agencies' active filings for this enterprise near the planned date. */
  otherAgenciesNearby: CountedFiling[];
  today: CalendarDate;
};

export const jointProposalDays = 14;
const periodNames = { perDay: '日', perWeek: '周', perMonth: '月' } as const;
export const minimumOfficers = 2;

/** The Monday of a date's week: two dates share a week when they share a Monday. */
const mondayOf = (date: CalendarDate) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
const daysApart = (a: CalendarDate, b: CalendarDate) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * Checks a plan filing against every rule and reports all hits at once (never only the first),
 * plus warnings that do not block: other agencies planning the same enterprise nearby, to be merged
 * into one joint inspection (综合查一次).
 */
export const checkPlanFiling = (input: PlanFilingInput, ctx: RuleContext): { violations: RuleHit[]; warnings: RuleHit[] } => {
  const violations: RuleHit[] = [];
  const hit = (code: RuleHit['code'], field: string, message: string, details?: Record<string, unknown>) => violations.push({ code, field, message, ...(details ? { details } : {}) });
  const planned = input.codeless?.inspectedOn ?? input.window.from;

  if (input.window.to < input.window.from) hit('window_invalid', 'window.to', '检查时段的结束日早于开始日');
  if (!ctx.enterprise) hit('enterprise_unknown', 'enterprise', '该企业尚未在本局登记，请先由管理员登记企业信息');
  if (!ctx.profile) hit('agency_without_item_list', 'items', '本单位尚未公布检查事项清单');

  const listed = new Set(ctx.profile?.items.map((i) => i.code));
  input.items.forEach((code, i) => {
    if (ctx.profile && !listed.has(code)) hit('item_not_listed', `items.${i}`, `检查事项 ${code} 不在本单位公布的检查事项清单内`);
  });

  const distinctOfficers = [...new Set(input.officers)];
  if (distinctOfficers.length < minimumOfficers) hit('too_few_officers', 'officers', `执法人员不得少于 ${minimumOfficers} 名`, { count: distinctOfficers.length });
  input.officers.forEach((id, i) => {
    const officer = ctx.officers.get(id);
    if (!officer) return hit('officer_unknown', `officers.${i}`, `没有执法人员 ${id}`);
    if (officer.agency !== ctx.agency) return hit('officer_of_other_agency', `officers.${i}`, `${officer.name} 是其他部门的执法人员`);
    if (officer.certificateValidFrom > input.window.from || officer.certificateValidTo < input.window.to) {
      hit('certificate_invalid', `officers.${i}`, `${officer.name} 的执法证 ${officer.certificateNumber} 有效期（至 ${officer.certificateValidTo}）未覆盖整个检查时段`, { validTo: officer.certificateValidTo });
    }
  });

  // Prior approval by the head of the body; emergencies (codeless) complete approval afterwards.
  if (!input.codeless && input.approval.approvedOn > input.window.from) hit('approval_after_start', 'approval.approvedOn', '检查须在开始前经负责人批准');
  if (input.approval.approvedOn > ctx.today) hit('approval_in_future', 'approval.approvedOn', '批准日期晚于今天');

  const exemption = input.exemptionReason;
  const exemptionAccepted = exemption !== undefined && (ctx.profile?.exemptionReasons ?? []).includes(exemption);
  if (exemption && !exemptionAccepted) hit('exemption_not_accepted', 'exemptionReason', `本单位的例外事由中没有「${exemptionReasonLabels[exemption]}」`);

  if (ctx.profile && !exemptionAccepted) {
    const caps = ctx.profile.caps;
    // Caps run per calendar year of the planned date: last December does not count against January.
    const sofar = ctx.sameAgency.filter((f) => f.plannedOn.slice(0, 4) === planned.slice(0, 4));
    if (sofar.length >= caps.perEnterprisePerYear) {
      hit('cap_reached', 'enterprise', `本单位今年已检查该企业 ${sofar.length} 次（年度上限 ${caps.perEnterprisePerYear} 次）`, { count: sofar.length, cap: caps.perEnterprisePerYear });
    }
    input.items.forEach((code, i) => {
      const cap = caps.perItemPerYear[code];
      const count = sofar.filter((f) => f.items.includes(code)).length;
      if (cap !== undefined && count >= cap) hit('item_cap_reached', `items.${i}`, `检查事项 ${code} 今年已检查 ${count} 次（上限 ${cap} 次）`, { count, cap });
    });
    const windows = [
      ['perDay', 'short_window_day', (f: CountedFiling) => f.plannedOn === planned],
      ['perWeek', 'short_window_week', (f: CountedFiling) => mondayOf(f.plannedOn) === mondayOf(planned)],
      ['perMonth', 'short_window_month', (f: CountedFiling) => f.plannedOn.slice(0, 7) === planned.slice(0, 7)],
    ] as const;
    for (const [limit, code, same] of windows) {
      const cap = caps[limit];
      const count = sofar.filter(same).length;
      if (cap !== undefined && count >= cap) hit(code, 'window.from', `该${periodNames[limit]}本单位已检查该企业 ${count} 次（上限 ${cap} 次）`, { count, cap });
    }
    if (ctx.enterprise?.noDisturb) hit('no_disturb', 'enterprise', '该企业列入「无事不扰」名单：须有本单位认可的例外事由方可检查');
  }

  const nearby = ctx.otherAgenciesNearby.filter((f) => f.agency !== ctx.agency && daysApart(f.plannedOn, planned) <= jointProposalDays);
  const warnings: RuleHit[] = nearby.length
    ? [{ code: 'joint_inspection_proposed', field: 'window.from', message: `其他部门在前后 ${jointProposalDays} 天内也计划检查该企业：建议合并为一次联合检查（综合查一次）`, details: { filings: nearby.map((f) => ({ id: f.id, agency: f.agency, plannedOn: f.plannedOn })) } }]
    : [];
  return { violations, warnings };
};

import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { OrganisationId } from '../organisation/organisation.ts';

export const ExemptionReason = z.enum(['complaint', 'referral', 'rectification-follow-up', 'enterprise-request', 'licensing', 'special-campaign']);
export type ExemptionReason = z.infer<typeof ExemptionReason>;
/** The exemptions (例外事由) as agencies name them: in the rules' messages and the pages alike. */
export const exemptionReasonLabels: Record<ExemptionReason, string> = {
  complaint: '投诉举报',
  referral: '上级交办或转办',
  'rectification-follow-up': '整改复查',
  'enterprise-request': '企业申请',
  licensing: '行政许可核查',
  'special-campaign': '专项整治',
};

/** An enforcement agency's published inspection-item list (检查事项清单), its frequency caps and the exemptions it accepts. */
export const AgencyProfile = z.object({
  items: z.array(z.object({ code: z.string().min(1).max(40), name: z.string().min(1).max(200), legalBasis: z.string().min(1).max(500) })).min(1).max(500),
  caps: z.object({
    perEnterprisePerYear: z.number().int().min(1).max(100),
    perItemPerYear: z.record(z.string(), z.number().int().min(1).max(100)).default({}),
    perDay: z.number().int().min(1).optional(),
    perWeek: z.number().int().min(1).optional(),
    perMonth: z.number().int().min(1).optional(),
  }),
  exemptionReasons: z.array(ExemptionReason).default([]),
}).meta({ id: 'AgencyProfile' });
export type AgencyProfile = z.infer<typeof AgencyProfile>;

/** An enforcement officer (执法人员) with the enforcement certificate that lets them inspect. */
export const Officer = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: z.string().min(1).max(50),
  agency: OrganisationId,
  certificateNumber: z.string().min(1).max(40),
  certificateValidFrom: CalendarDate,
  certificateValidTo: CalendarDate,
}).meta({ id: 'Officer' });
export type Officer = z.infer<typeof Officer>;

/** An enterprise as the bureau keeps it; `noDisturb` puts it on the 无事不扰 list. */
export const EnterpriseRecord = z.object({
  creditCode: z.string().length(18),
  name: z.string().min(1).max(200),
  address: z.string().max(300).default(''),
  noDisturb: z.boolean().default(false),
  /** Set when an admin accepted a code that fails the check character, with the reason. */
  creditCodeOverride: z.string().trim().min(2, 'say why in words').max(300).optional(),
}).meta({ id: 'EnterpriseRecord' });
export type EnterpriseRecord = z.infer<typeof EnterpriseRecord>;

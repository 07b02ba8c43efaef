import * as z from 'zod';
import { bodyInt } from '../http/numbers.ts';
import { Evidence, EvidenceInput } from '../evidence/evidence.ts';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { TenantCode } from '../tenancy/tenant.ts';
import { ExemptionReason } from './reference.ts';
import { PlanFilingInput, RuleHit } from './rules.ts';

/** 检查码: a short code people read out, and an unguessable token the QR code carries. */
export const InspectionCode = z.object({ display: z.string(), token: z.string(), validFrom: CalendarDate, validTo: CalendarDate, qrContent: z.string() });
export type InspectionCode = z.infer<typeof InspectionCode>;

export const InspectionResult = z.object({
  inspectedOn: CalendarDate,
  officers: z.array(z.string()),
  findings: z.array(z.object({ id: z.string(), text: z.string() })),
  orders: z.array(
    z.object({
      orderId: z.string(),
      problem: z.string(),
      measure: z.string(),
      deadlineWorkingDays: z.number().int(),
      /** In answers only: the rectification item the order becomes (made from the result's event, moments later). */
      rectificationId: z.string().optional(),
    }),
  ),
  penaltyDecisions: z.array(z.string()),
  evidence: z.array(Evidence).default([]),
  filedOn: CalendarDate,
  dueOn: CalendarDate,
  onTime: z.boolean(),
});
export type InspectionResult = z.infer<typeof InspectionResult>;

/** 涉企行政检查备案: one planned (or codeless) inspection of one enterprise by one agency. */
export const InspectionFiling = z
  .object({
    id: z.string(),
    tenant: TenantCode,
    version: z.number().int().min(1),
    status: z.enum(['planned', 'result-filed', 'cancelled']),
    agency: z.string(),
    enterprise: z.object({ creditCode: z.string(), name: z.string() }),
    inspectionType: PlanFilingInput.shape.inspectionType,
    items: z.array(z.object({ code: z.string(), name: z.string(), legalBasis: z.string() })),
    legalBasis: z.string(),
    window: z.object({ from: CalendarDate, to: CalendarDate }),
    plannedOn: CalendarDate,
    officers: z.array(z.object({ id: z.string(), name: z.string(), certificateNumber: z.string() })),
    approval: PlanFilingInput.shape.approval,
    exemptionReason: ExemptionReason.optional(),
    codeless: z.object({ inspectedOn: CalendarDate, reason: z.string(), late: z.boolean() }).optional(),
    code: InspectionCode,
    warnings: z.array(RuleHit),
    filedOn: CalendarDate,
    filedBy: z.string(),
    /** The last day for the result, counted from the end of the window (a codeless one: from the inspection). */
    resultDueBy: CalendarDate,
    result: InspectionResult.optional(),
    cancellation: z.object({ on: CalendarDate, reason: z.string() }).optional(),
    /** Set when merged with other agencies' plans into one visit. */
    joint: z.object({ id: z.string(), visitOn: CalendarDate, filingIds: z.array(z.string()) }).optional(),
  })
  .meta({ id: 'InspectionFiling' });
export type InspectionFiling = z.infer<typeof InspectionFiling>;

/** 检查结果备案: what the agency files after the inspection. */
export const ResultInput = z.object({
  inspectedOn: CalendarDate,
  officers: z.array(z.string().regex(/^[a-z0-9-]{2,40}$/, 'is not an officer id')).min(2).max(20),
  findings: z.array(z.object({ text: z.string().trim().min(1).max(2000) })).max(100).default([]),
  orders: z.array(z.object({ problem: z.string().trim().min(1).max(1000), measure: z.string().trim().min(1).max(2000), deadlineWorkingDays: bodyInt({ min: 1, max: 250 }) })).max(50).default([]),
  penaltyDecisions: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  /** The inspection record (检查记录), photos, the order to correct as served. */
  evidence: z.array(EvidenceInput).max(50).default([]),
});
export const RatingInput = z.object({
  score: bodyInt({ min: 1, max: 5 }),
  showedCertificates: z.boolean(),
  stayedWithinItems: z.boolean(),
  askedNothingImproper: z.boolean(),
  comment: z.string().max(1000).default(''),
});

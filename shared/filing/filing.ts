import type { CalendarDate } from '../calendar/working-calendar.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import type { ExemptionReason } from './reference.ts';
import type { PlanFilingInput, RuleHit } from './rules.ts';

/** 检查码: a short code people read out, and an unguessable token the QR code carries. */
export type InspectionCode = { display: string; token: string; validFrom: CalendarDate; validTo: CalendarDate; qrContent: string };

export type InspectionResult = {
  inspectedOn: CalendarDate;
  officers: string[];
  findings: { id: string; text: string }[];
  orders: { orderId: string; problem: string; measure: string; deadlineWorkingDays: number }[];
  penaltyDecisions: string[];
  filedOn: CalendarDate;
  dueOn: CalendarDate;
  onTime: boolean;
};

/** 涉企行政检查备案: one planned (or codeless) inspection of one enterprise by one agency. */
export type InspectionFiling = {
  id: string;
  tenant: TenantCode;
  version: number;
  status: 'planned' | 'result-filed' | 'cancelled';
  agency: string;
  enterprise: { creditCode: string; name: string };
  inspectionType: PlanFilingInput['inspectionType'];
  items: { code: string; name: string; legalBasis: string }[];
  legalBasis: string;
  window: { from: CalendarDate; to: CalendarDate };
  plannedOn: CalendarDate;
  officers: { id: string; name: string; certificateNumber: string }[];
  approval: PlanFilingInput['approval'];
  exemptionReason?: ExemptionReason;
  codeless?: { inspectedOn: CalendarDate; reason: string; late: boolean };
  code: InspectionCode;
  warnings: RuleHit[];
  filedOn: CalendarDate;
  filedBy: string;
  /** The last day for the result, counted from the end of the window (a codeless one: from the inspection). */
  resultDueBy: CalendarDate;
  result?: InspectionResult;
  cancellation?: { on: CalendarDate; reason: string };
  /** Set when merged with other agencies' plans into one visit. */
  joint?: { id: string; visitOn: CalendarDate; filingIds: string[] };
};

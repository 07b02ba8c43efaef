import * as z from 'zod';
import { Evidence } from '../evidence/evidence.ts';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { Actor } from '../events/envelope.ts';
import { TenantCode } from '../tenancy/tenant.ts';

export const RectificationStatus = z.enum(['assigned', 'acknowledged', 'in_progress', 'close_requested', 'closed', 'cancelled']);
export type RectificationStatus = z.infer<typeof RectificationStatus>;
export const openStatuses: readonly RectificationStatus[] = ['assigned', 'acknowledged', 'in_progress', 'close_requested'];

export const Severity = z.enum(['minor', 'major', 'critical']);

/** Where the problem was found: a failed checklist item, an order to correct (责令改正), or a supervisor's own finding. */
export const Source = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('checklist'), submissionId: z.string(), itemId: z.string(), templateKind: z.string() }),
  z.object({ kind: z.literal('inspection'), filingId: z.string(), orderId: z.string(), inspectionCode: z.string() }),
  z.object({ kind: z.literal('manual'), reference: z.string().max(200).optional() }),
]);
export type Source = z.infer<typeof Source>;

/** 问题: what is wrong. */
export const Problem = z.object({ title: z.string().min(1).max(200), description: z.string().max(4000).default('') });

/** 未开始 / 进行中 / 已完成, or 已豁免 by a supervisor with a reason. */
export const MeasureStatus = z.enum(['not_started', 'in_progress', 'done', 'waived']);
export type MeasureStatus = z.infer<typeof MeasureStatus>;

/**
 * 措施: one step of the fix, with its own owner, due date and status; the responsible unit ticks measures off one by
 * one (逐项销号) and close-out needs every one done or waived. Items from before measures had a status read as 未开始.
 */
export const Measure = z.object({
  id: z.string(),
  text: z.string().min(1).max(2000),
  owner: z.string().max(100).optional(),
  dueDate: CalendarDate.optional(),
  status: MeasureStatus.default('not_started'),
  /** The day it was done or waived. */
  settledOn: CalendarDate.optional(),
  note: z.string().max(2000).optional(),
  evidence: z.array(Evidence).default([]),
  waiver: z.object({ reason: z.string(), by: Actor }).optional(),
});
export type Measure = z.infer<typeof Measure>;
export const isSettled = (measure: Pick<Measure, 'status'>) => measure.status === 'done' || measure.status === 'waived';

/** 责任: who must fix it (an organisation of the tenant, or an enterprise `enterprise:<credit code>`) and who watches. */
export const Responsibility = z.object({
  organisation: z.string().min(1).max(64),
  /** The organisation that follows the fix up for the bureau, e.g. the agency that ordered the correction. */
  supervisingOrganisation: z.string().max(64).optional(),
  person: z.string().max(100).optional(),
  supervisingLeader: z.string().max(100).optional(),
});


export const HistoryEntry = z.object({
  at: z.iso.datetime({ offset: true }),
  actor: Actor,
  action: z.string(),
  from: RectificationStatus.optional(),
  to: RectificationStatus.optional(),
  note: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const ExtensionRequest = z.object({
  requestedOn: CalendarDate,
  reason: z.string().min(1),
  proposedDeadline: CalendarDate,
  progress: z.string().min(1),
});

/** 整改事项: one problem to fix, tracked from assignment (交办) to close-out (销号). */
export const Rectification = z.object({
  id: z.string(),
  tenant: TenantCode,
  version: z.number().int().min(1),
  source: Source,
  problem: Problem,
  measures: z.array(Measure),
  /** The campaign (整改专项) it belongs to: at most one. */
  campaignId: z.string().optional(),
  responsibility: Responsibility,
  severity: Severity,
  status: RectificationStatus,
  assignedOn: CalendarDate,
  originalDeadline: CalendarDate,
  deadline: CalendarDate,
  progressPercent: z.number().int().min(0).max(100),
  lastProgressOn: CalendarDate.optional(),
  evidence: z.array(Evidence),
  pendingExtension: ExtensionRequest.optional(),
  escalation: z.object({ since: CalendarDate, reason: z.string(), automatic: z.boolean() }).optional(),
  overdueSince: CalendarDate.optional(),
  reopenedCount: z.number().int().min(0),
  closedOn: CalendarDate.optional(),
  /** Colour thresholds as dates, so lists can be filtered by colour through an index (see warning-colour.ts). */
  yellowFrom: CalendarDate.optional(),
  redFrom: CalendarDate.optional(),
  history: z.array(HistoryEntry),
}).meta({ id: 'Rectification' });
export type Rectification = z.infer<typeof Rectification>;

export const isOpen = (item: Pick<Rectification, 'status'>) => openStatuses.includes(item.status);

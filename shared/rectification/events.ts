import * as z from 'zod';
import { CalendarDate, type WorkingCalendar } from '../calendar/working-calendar.ts';
import type { Actor } from '../events/envelope.ts';
import { envelopeSchema } from '../events/envelope.ts';
import type { DecidedCommand as Command } from './commands.ts';
import { isSettled, RectificationStatus, Severity, type Rectification } from './rectification.ts';

/** What every rectification event carries for reports: who is responsible, where it came from, the dates. */
const common = {
  rectificationId: z.string(),
  responsibleOrganisation: z.string(),
  sourceKind: z.enum(['checklist', 'inspection', 'manual']),
  severity: Severity,
  status: RectificationStatus,
  assignedOn: CalendarDate,
  deadline: CalendarDate,
  escalated: z.boolean(),
  /** The item's version after the change: reports keep the latest state they have seen, whatever the arrival order. */
  itemVersion: z.number().int().min(1),
  /** The agency following an enterprise's item up (the one that ordered the correction). */
  supervisingOrganisation: z.string().optional(),
  overdueSince: CalendarDate.optional(),
  /** Ever under listed supervision (挂牌督办); close-out lifts the escalation but the report still counts it. */
  everEscalated: z.boolean(),
  /** The campaign (整改专项) the item belongs to: reports count its figures per campaign too. */
  campaignId: z.string().optional(),
};
const payload = <T extends z.ZodRawShape>(extra: T) => z.object({ ...common, ...extra });

export const rectificationEventSchemas = {
  RectificationAssigned: envelopeSchema('RectificationAssigned', 1, payload({ sourceId: z.string() })),
  RectificationAcknowledged: envelopeSchema('RectificationAcknowledged', 1, payload({})),
  RectificationProgressReported: envelopeSchema('RectificationProgressReported', 1, payload({ percent: z.number().int() })),
  RectificationCloseRequested: envelopeSchema('RectificationCloseRequested', 1, payload({ evidenceCount: z.number().int() })),
  RectificationClosed: envelopeSchema(
    'RectificationClosed',
    1,
    payload({ closedOn: CalendarDate, onTime: z.boolean(), workingDaysToClose: z.number().int(), wasEscalated: z.boolean(), reopenedCount: z.number().int() }),
  ),
  RectificationReturned: envelopeSchema('RectificationReturned', 1, payload({ reasons: z.array(z.string()) })),
  RectificationExtensionRequested: envelopeSchema('RectificationExtensionRequested', 1, payload({ proposedDeadline: CalendarDate })),
  RectificationExtensionDecided: envelopeSchema(
    'RectificationExtensionDecided',
    1,
    payload({ approved: z.boolean(), previousDeadline: CalendarDate }),
  ),
  RectificationEscalated: envelopeSchema('RectificationEscalated', 1, payload({ reason: z.string(), automatic: z.boolean() })),
  RectificationReopened: envelopeSchema('RectificationReopened', 1, payload({ reason: z.string(), reopenedCount: z.number().int() })),
  RectificationCancelled: envelopeSchema('RectificationCancelled', 1, payload({ reason: z.string() })),
  RectificationBecameOverdue: envelopeSchema('RectificationBecameOverdue', 1, payload({ overdueSince: CalendarDate })),
  /** 逐项销号: a measure started, done or waived; `measuresSettled` of `measuresTotal` are done or waived now. */
  RectificationMeasureUpdated: envelopeSchema(
    'RectificationMeasureUpdated',
    1,
    payload({ measureId: z.string(), measureStatus: z.enum(['in_progress', 'done', 'waived']), measuresSettled: z.number().int(), measuresTotal: z.number().int() }),
  ),
} as const;

type Schemas = typeof rectificationEventSchemas;
export type RectificationEvent = z.infer<Schemas[keyof Schemas]>;

const sourceIdOf = (item: Rectification) =>
  item.source.kind === 'checklist' ? `${item.source.submissionId}/${item.source.itemId}` : item.source.kind === 'inspection' ? `${item.source.filingId}/${item.source.orderId}` : item.id;

const commonOf = (item: Rectification) => ({
  rectificationId: item.id,
  responsibleOrganisation: item.responsibility.organisation,
  sourceKind: item.source.kind,
  severity: item.severity,
  status: item.status,
  assignedOn: item.assignedOn,
  deadline: item.deadline,
  escalated: item.escalation !== undefined,
  itemVersion: item.version,
  ...(item.responsibility.supervisingOrganisation ? { supervisingOrganisation: item.responsibility.supervisingOrganisation } : {}),
  ...(item.overdueSince ? { overdueSince: item.overdueSince } : {}),
  everEscalated: wasEverEscalated(item),
  ...(item.campaignId ? { campaignId: item.campaignId } : {}),
});

export const wasEverEscalated = (item: Pick<Rectification, 'escalation' | 'history'>) => item.escalation !== undefined || item.history.some((h) => h.action === 'escalate');

type EventContext = { actor: Actor; at: Date; id: string; calendar: WorkingCalendar };

const envelope = <T extends keyof Schemas>(type: T, item: Rectification, ctx: EventContext, extra: Record<string, unknown>) =>
  ({
    id: ctx.id,
    type,
    version: 1,
    tenant: item.tenant,
    occurredAt: ctx.at.toISOString(),
    actor: ctx.actor,
    subject: { kind: 'rectification', id: item.id },
    payload: { ...commonOf(item), ...extra },
  }) as z.infer<Schemas[T]>;

export const assignedEvent = (item: Rectification, ctx: EventContext) => envelope('RectificationAssigned', item, ctx, { sourceId: sourceIdOf(item) });

/** The event a successful command produces, from the item before and after it. */
export const eventFor = (before: Rectification, after: Rectification, command: Command, ctx: EventContext): RectificationEvent => {
  switch (command.type) {
    case 'acknowledge':
      return envelope('RectificationAcknowledged', after, ctx, {});
    case 'reportProgress':
      return envelope('RectificationProgressReported', after, ctx, { percent: command.percent });
    case 'requestClose':
      return envelope('RectificationCloseRequested', after, ctx, { evidenceCount: after.evidence.length });
    case 'close':
      return envelope('RectificationClosed', after, ctx, {
        closedOn: after.closedOn,
        onTime: after.closedOn! <= after.deadline,
        workingDaysToClose: ctx.calendar.workingDaysBetween(after.assignedOn, after.closedOn!),
        wasEscalated: before.escalation !== undefined,
        reopenedCount: after.reopenedCount,
      });
    case 'return':
      return envelope('RectificationReturned', after, ctx, { reasons: command.reasons });
    case 'requestExtension':
      return envelope('RectificationExtensionRequested', after, ctx, { proposedDeadline: command.proposedDeadline });
    case 'decideExtension':
      return envelope('RectificationExtensionDecided', after, ctx, { approved: command.approve, previousDeadline: before.deadline });
    case 'escalate':
      return envelope('RectificationEscalated', after, ctx, { reason: command.reason, automatic: ctx.actor.kind === 'system' });
    case 'reopen':
      return envelope('RectificationReopened', after, ctx, { reason: command.reason, reopenedCount: after.reopenedCount });
    case 'cancel':
      return envelope('RectificationCancelled', after, ctx, { reason: command.reason });
    case 'markOverdue':
      return envelope('RectificationBecameOverdue', after, ctx, { overdueSince: after.overdueSince });
    case 'updateMeasure':
    case 'waiveMeasure':
      return envelope('RectificationMeasureUpdated', after, ctx, {
        measureId: command.measureId,
        measureStatus: command.type === 'waiveMeasure' ? 'waived' : command.status,
        measuresSettled: after.measures.filter(isSettled).length,
        measuresTotal: after.measures.length,
      });
  }
};

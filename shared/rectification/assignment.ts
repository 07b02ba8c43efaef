import * as z from 'zod';
import { bodyInt } from '../http/numbers.ts';
import { CalendarDate } from '../calendar/working-calendar.ts';
import type { Actor } from '../events/envelope.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import type { DecisionContext } from './lifecycle.ts';
import { withWarningDates } from './lifecycle.ts';
import { ArchiveEvidence } from '../evidence/evidence.ts';
import { Problem, Responsibility, type Rectification, Severity, type Source } from './rectification.ts';

/** The deadline as a date, or as a number of Chinese working days after assignment. */
export const DeadlineInput = z.union([
  z.object({ date: CalendarDate }),
  z.object({ workingDays: bodyInt({ min: 1, max: 250 }) }),
]);

/** What is needed to assign (交办) a new item, whoever creates it. */
export const AssignmentInput = z.object({
  problem: Problem,
  // A campaign's item may carry many measures; the record's size limit (itemLimits) is what bounds them.
  measures: z.array(z.object({ text: z.string().trim().min(1).max(2000), owner: z.string().max(100).optional(), dueDate: CalendarDate.optional() })).max(200).default([]),
  responsibility: Responsibility,
  severity: Severity.default('major'),
  deadline: DeadlineInput,
  evidence: z.array(ArchiveEvidence).max(50).default([]),
  /** The campaign (整改专项) the item belongs to, if any. */
  campaign: z.string().max(40).optional(),
});
export type AssignmentInput = z.infer<typeof AssignmentInput>;

export type AssignmentRefusal = { field: string; message: string };

// A creation's transaction holds the record, its campaign's row, up to two organisation conditions, its events
// and one row per dated measure: 90 keeps it within DynamoDB's 100 actions.
export const maxDatedMeasures = 90;

/** Builds a new item in state `assigned`, its deadline resolved in working days, or says which field is wrong. */
export const assign = (
  id: string,
  tenant: TenantCode,
  source: Source,
  input: AssignmentInput,
  ctx: Pick<DecisionContext, 'today' | 'at' | 'calendar' | 'rules'> & { actor: Actor },
): Rectification | AssignmentRefusal => {
  const deadline = 'date' in input.deadline ? input.deadline.date : ctx.calendar.workingDaysAfter(ctx.today, input.deadline.workingDays);
  if (deadline <= ctx.today) return { field: 'deadline', message: 'the deadline must be after today' };
  const measures = input.measures.map((m, i) => ({ ...m, id: `m${i + 1}`, status: 'not_started' as const, evidence: [] }));
  // Each dated measure keeps a reminder row written with the item in one transaction (at most 100 writes).
  if (measures.filter((m) => m.dueDate).length > maxDatedMeasures) return { field: 'measures', message: `at most ${maxDatedMeasures} measures of one item can have a due date of their own; the rest follow the item's deadline` };
  const late = measures.findIndex((m) => m.dueDate && m.dueDate > deadline);
  if (late >= 0) return { field: `measures.${late}.dueDate`, message: "a measure cannot be due after the item's deadline" };
  return withWarningDates(
    {
      id,
      tenant,
      version: 1,
      source,
      problem: input.problem,
      measures,
      ...(input.campaign ? { campaignId: input.campaign } : {}),
      responsibility: input.responsibility,
      severity: input.severity,
      status: 'assigned',
      assignedOn: ctx.today,
      originalDeadline: deadline,
      deadline,
      progressPercent: 0,
      evidence: input.evidence,
      reopenedCount: 0,
      history: [{ at: ctx.at.toISOString(), actor: ctx.actor, action: 'assign', to: 'assigned' }],
    },
    ctx,
  );
};

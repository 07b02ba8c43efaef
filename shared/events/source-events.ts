import { z } from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { envelopeSchema } from './envelope.ts';

/**
 * Contracts of the events that feed rectification, published by checklists (issue 4) and
 * enterprise-inspection filings (issue 5). Each failed item and each order to correct becomes one
 * rectification item.
 */
export const sourceEventSchemas = {
  /** A supervisor accepted a checklist submission (评查/考核 结果确认). */
  ChecklistAccepted: envelopeSchema(
    'ChecklistAccepted',
    1,
    z.object({
      submissionId: z.string(),
      templateId: z.string(),
      templateVersion: z.number().int().min(1),
      templateKind: z.string(),
      /** The assessed organisation (a judicial office), or the organisation whose case file was reviewed. */
      subject: z.object({ organisation: z.string(), caseFileReference: z.string().optional() }),
      year: z.number().int(),
      score: z.number(),
      grade: z.string(),
      vetoed: z.boolean(),
      acceptedOn: CalendarDate,
      failedItems: z.array(
        z.object({
          itemId: z.string(),
          text: z.string(),
          note: z.string().optional(),
          critical: z.boolean(),
          deadlineWorkingDays: z.number().int().min(1),
        }),
      ),
    }),
  ),
  /** An agency filed the result of an enterprise inspection (结果备案), with any orders to correct (责令改正). */
  InspectionResultFiled: envelopeSchema(
    'InspectionResultFiled',
    1,
    z.object({
      filingId: z.string(),
      inspectionCode: z.string(),
      agency: z.string(),
      enterprise: z.object({ creditCode: z.string().length(18), name: z.string() }),
      inspectedOn: CalendarDate,
      filedOn: CalendarDate,
      onTime: z.boolean(),
      findings: z.array(z.object({ id: z.string(), text: z.string() })),
      orders: z.array(z.object({ orderId: z.string(), problem: z.string(), measure: z.string(), deadlineWorkingDays: z.number().int().min(1) })),
      penaltyDecisions: z.array(z.string()),
    }),
  ),
} as const;

import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { envelopeSchema } from '../events/envelope.ts';

const figures = {
  submissionId: z.string(),
  templateId: z.string(),
  templateVersion: z.number().int().min(1),
  templateKind: z.string(),
  /** The assessed organisation (a judicial office), or the organisation whose case file was reviewed. */
  subject: z.object({ organisation: z.string(), caseFileReference: z.string().optional() }),
  year: z.number().int(),
  score: z.number(),
  grade: z.string(),
  meetsStandard: z.boolean(),
  model: z.boolean(),
  vetoed: z.boolean(),
  revision: z.number().int().min(1),
  /** The submission's version after the change: reports keep the latest state whatever the arrival order. */
  submissionVersion: z.number().int().min(1),
};

export const checklistEventSchemas = {
  ChecklistTemplatePublished: envelopeSchema('ChecklistTemplatePublished', 1, z.object({ templateId: z.string(), version: z.number().int(), kind: z.string() })),
  ChecklistSubmitted: envelopeSchema('ChecklistSubmitted', 1, z.object({ ...figures, failedItemIds: z.array(z.string()) })),
  ChecklistReturned: envelopeSchema('ChecklistReturned', 1, z.object({ ...figures, reasons: z.array(z.object({ itemId: z.string().optional(), reason: z.string() })) })),
  /** A supervisor accepted a submission (结果确认); each failed item becomes a rectification item. */
  ChecklistAccepted: envelopeSchema(
    'ChecklistAccepted',
    1,
    z.object({
      ...figures,
      acceptedOn: CalendarDate,
      failedItems: z.array(
        z.object({ itemId: z.string(), text: z.string(), note: z.string().optional(), critical: z.boolean(), deadlineWorkingDays: z.number().int().min(1) }),
      ),
    }),
  ),
} as const;

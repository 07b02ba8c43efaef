import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { envelopeSchema } from '../events/envelope.ts';

const common = { agency: z.string(), enterprise: z.string().length(18), plannedOn: CalendarDate };

export const filingEventSchemas = {
  InspectionFiled: envelopeSchema(
    'InspectionFiled',
    1,
    z.object({
      ...common,
      filingId: z.string(),
      inspectionType: z.string(),
      itemCodes: z.array(z.string()),
      codeless: z.boolean(),
      late: z.boolean(),
      exemptionReason: z.string().optional(),
      jointProposed: z.boolean(),
    }),
  ),
  /** Rule hits are worth counting: every refused plan is recorded with its reason codes. */
  InspectionFilingRejected: envelopeSchema('InspectionFilingRejected', 1, z.object({ ...common, reasonCodes: z.array(z.string()).min(1) })),
  /** Separate plans for one enterprise merged into one visit (综合查一次). */
  JointInspectionFormed: envelopeSchema(
    'JointInspectionFormed',
    1,
    z.object({ jointInspectionId: z.string(), enterprise: z.string().length(18), visitOn: CalendarDate, filingIds: z.array(z.string()).min(2), agencies: z.array(z.string()).min(2) }),
  ),
  InspectionCancelled: envelopeSchema('InspectionCancelled', 1, z.object({ ...common, filingId: z.string(), reason: z.string() })),
  /** Anonymous: no rater identity, and the inspecting agency never reads it in detail. */
  InspectionRated: envelopeSchema(
    'InspectionRated',
    1,
    z.object({ ...common, filingId: z.string(), score: z.number().int().min(1).max(5), showedCertificates: z.boolean(), stayedWithinItems: z.boolean(), askedNothingImproper: z.boolean() }),
  ),
} as const;

import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { envelopeSchema } from '../events/envelope.ts';

export const reportingEventSchemas = {
  /** The quarterly report (季度报告) of a tenant was generated and stored; it is listed at /v1/reports/quarterly. */
  QuarterlyReportGenerated: envelopeSchema(
    'QuarterlyReportGenerated',
    1,
    z.object({
      quarter: z.string(),
      from: CalendarDate,
      to: CalendarDate,
      file: z.string(),
      sizeBytes: z.number().int(),
      summary: z.object({ rectificationsOpened: z.number(), rectificationsClosed: z.number(), inspectionsFiled: z.number(), assessmentsAccepted: z.number() }),
    }),
  ),
} as const;

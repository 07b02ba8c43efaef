import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { envelopeSchema } from './envelope.ts';

/**
 * Contract of the event by which enterprise-inspection filings (issue 5) feed rectification:
 * each order to correct becomes one rectification item.
 */
export const sourceEventSchemas = {
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

import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { envelopeSchema } from '../events/envelope.ts';

export const reminderEventSchemas = {
  /** A day's digest for one organisation is stored (in-app) and ready for its other channels. */
  ReminderDigestComposed: envelopeSchema('ReminderDigestComposed', 1, z.object({ organisation: z.string(), date: CalendarDate, entryCount: z.number().int().min(1), kinds: z.record(z.string(), z.number().int()) })),
} as const;

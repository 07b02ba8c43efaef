import { z } from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { AssignmentInput } from './assignment.ts';
import type { CommandType } from './commands.ts';
import { RectificationStatus } from './rectification.ts';
import { WarningColour } from './warning-colour.ts';

/** A supervisor's own finding, e.g. from a rule-of-law inspection (法治督察), with its reference. */
export const CreateRectificationBody = AssignmentInput.extend({ reference: z.string().max(200).optional() });

export const ListQuery = z.object({
  status: RectificationStatus.optional(),
  colour: WarningColour.optional(),
  organisation: z.string().max(64).optional(),
  source: z.enum(['checklist', 'inspection', 'manual']).optional(),
  escalated: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  dueBefore: CalendarDate.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2000).optional(),
});

export const IdParam = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, 'is not a rectification id') });

/** Every command body carries the version the client read; the rest is checked against the command's schema. */
export const CommandBody = z.looseObject({ expectedVersion: z.coerce.number().int().min(1) });

/** URL segment → command: one route per command. */
export const commandRoutes: Record<string, Exclude<CommandType, 'markOverdue'>> = {
  acknowledge: 'acknowledge',
  progress: 'reportProgress',
  'request-close': 'requestClose',
  close: 'close',
  return: 'return',
  'request-extension': 'requestExtension',
  'decide-extension': 'decideExtension',
  escalate: 'escalate',
  reopen: 'reopen',
  cancel: 'cancel',
};

/** What an enterprise may do, through its inspection code, on the items its inspection ordered. */
export const enterpriseCommandRoutes = {
  acknowledge: 'acknowledge',
  progress: 'reportProgress',
  'request-close': 'requestClose',
  'request-extension': 'requestExtension',
} as const satisfies Record<string, CommandType>;

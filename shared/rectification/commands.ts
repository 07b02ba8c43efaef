import * as z from 'zod';
import { bodyInt } from '../http/numbers.ts';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { type Evidence, EvidenceInput } from '../evidence/evidence.ts';

const text = (max = 2000) => z.string().trim().min(1).max(max);

/** What can be done to an item; each command's body as the API takes it (minus `expectedVersion`). */
export const commandSchemas = {
  acknowledge: z.object({ type: z.literal('acknowledge'), note: z.string().max(2000).optional() }),
  reportProgress: z.object({
    type: z.literal('reportProgress'),
    text: text(),
    percent: bodyInt({ min: 0, max: 100 }),
    evidence: z.array(EvidenceInput).max(50).default([]),
  }),
  requestClose: z.object({
    type: z.literal('requestClose'),
    summary: text(),
    evidence: z.array(EvidenceInput).max(50).default([]),
    /** Measures finished with this request (an enterprise's single order, say); every other one must be done or waived already. */
    measuresDone: z.array(z.string().max(20)).max(200).default([]),
  }),
  /** 逐项销号: one measure started or done, with what shows it. */
  updateMeasure: z.object({
    type: z.literal('updateMeasure'),
    measureId: z.string().max(20),
    status: z.enum(['in_progress', 'done']),
    note: z.string().trim().max(2000).optional(),
    evidence: z.array(EvidenceInput).max(50).default([]),
  }),
  /** A supervisor releases a measure that no longer applies, saying why. */
  waiveMeasure: z.object({ type: z.literal('waiveMeasure'), measureId: z.string().max(20), reason: text(500) }),
  close: z.object({ type: z.literal('close'), note: z.string().max(2000).optional() }),
  return: z.object({ type: z.literal('return'), reasons: z.array(text(500)).min(1).max(20) }),
  requestExtension: z.object({ type: z.literal('requestExtension'), reason: text(), proposedDeadline: CalendarDate, progress: text() }),
  decideExtension: z.discriminatedUnion('approve', [
    z.object({ type: z.literal('decideExtension'), approve: z.literal(true), deadline: CalendarDate, note: z.string().max(2000).optional() }),
    z.object({ type: z.literal('decideExtension'), approve: z.literal(false), note: text() }),
  ]),
  escalate: z.object({ type: z.literal('escalate'), reason: text(500) }),
  reopen: z.object({ type: z.literal('reopen'), reason: text(), deadline: CalendarDate }),
  cancel: z.object({ type: z.literal('cancel'), reason: text() }),
  /** Only the daily watch sends this. */
  markOverdue: z.object({ type: z.literal('markOverdue') }),
} as const;

export type CommandType = keyof typeof commandSchemas;
export type Command = { [K in CommandType]: z.infer<(typeof commandSchemas)[K]> }[CommandType];
export type CommandOf<K extends CommandType> = z.infer<(typeof commandSchemas)[K]>;

/** A command as the life cycle decides it: the files its evidence names already checked and described (evidence-files.ts). */
export type DecidedCommand = {
  [K in CommandType]: K extends 'reportProgress' | 'requestClose' | 'updateMeasure' ? Omit<CommandOf<K>, 'evidence'> & { evidence: Evidence[] } : CommandOf<K>;
}[CommandType];

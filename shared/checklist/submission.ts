import * as z from 'zod';
import { bodyInt } from '../http/numbers.ts';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { Actor } from '../events/envelope.ts';
import { Evidence, EvidenceInput } from '../evidence/evidence.ts';
import { TenantCode } from '../tenancy/tenant.ts';
import { Answer, AnswerInput, ScoreResult } from './scoring.ts';

export const SubmissionStatus = z.enum(['submitted', 'returned', 'accepted']);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/** What an inspector sends: answers only; the score is always computed here. */
export const SubmissionInput = z.object({
  templateId: z.string().regex(/^[a-z0-9][a-z0-9-]{2,60}$/, 'is not a template id'),
  templateVersion: bodyInt({ min: 1 }),
  subject: z.object({ organisation: z.string().min(1).max(64), caseFileReference: z.string().max(100).optional() }),
  assessedOn: CalendarDate,
  year: bodyInt({ min: 2000, max: 2100 }),
  inspectors: z.array(z.string().trim().min(1).max(50)).min(1).max(10),
  answers: z.array(AnswerInput).max(500),
  notes: z.string().max(4000).default(''),
  evidence: z.array(EvidenceInput).max(50).default([]),
});
export type SubmissionInput = z.infer<typeof SubmissionInput>;

export const ResubmissionInput = SubmissionInput.pick({ answers: true, notes: true, evidence: true });
export const ReturnReasons = z.array(z.object({ itemId: z.string().optional(), reason: z.string().trim().min(1).max(1000) })).min(1).max(100);

const Revision = z.object({ revision: z.number().int(), at: z.string(), by: Actor, answers: z.array(Answer), notes: z.string(), evidence: z.array(Evidence), result: ScoreResult });
const Review = z.object({ at: z.string(), by: Actor, action: z.enum(['return', 'accept']), reasons: ReturnReasons.optional() });

/** 检查提交: one assessment of one subject on one template version, with every revision kept. */
export const Submission = z
  .object({
    id: z.string(),
    tenant: TenantCode,
    version: z.number().int().min(1),
    status: SubmissionStatus,
    template: z.object({ id: z.string(), version: z.number().int(), kind: z.string(), title: z.string() }),
    subject: SubmissionInput.shape.subject,
    assessedOn: z.string(),
    year: z.number().int(),
    inspectors: z.array(z.string()),
    submittedBy: z.object({ userId: z.string(), organisation: z.string() }),
    revision: z.number().int(),
    answers: z.array(Answer),
    notes: z.string(),
    evidence: z.array(Evidence),
    result: ScoreResult,
    acceptedOn: z.string().optional(),
    /** Earlier revisions, oldest first. */
    revisions: z.array(Revision),
    reviews: z.array(Review),
  })
  .meta({ id: 'ChecklistSubmission' });
export type Submission = z.infer<typeof Submission>;

/** The files of every revision, not only the last: a reviewer compares what was sent before. */
export const submissionEvidence = (s: Submission) => [s, ...s.revisions].flatMap((r) => [r.evidence, ...r.answers.map((a) => a.evidence)]);

type Party = 'inspector' | 'supervisor';
/** Review (审核): a supervisor returns a submission with reasons or accepts it; an inspector resubmits a returned one. */
export const reviewTransitions = {
  return: { from: ['submitted'], to: 'returned', by: 'supervisor' },
  resubmit: { from: ['returned'], to: 'submitted', by: 'inspector' },
  accept: { from: ['submitted'], to: 'accepted', by: 'supervisor' },
} as const satisfies Record<string, { from: readonly SubmissionStatus[]; to: SubmissionStatus; by: Party }>;
export type ReviewAction = keyof typeof reviewTransitions;

export type ReviewRefusal = { kind: 'invalid_transition'; status: SubmissionStatus; message: string } | { kind: 'forbidden'; message: string };

export const checkReview = (submission: Pick<Submission, 'status'>, action: ReviewAction, roles: readonly string[]): ReviewRefusal | undefined => {
  const transition = reviewTransitions[action];
  if (!(transition.from as readonly SubmissionStatus[]).includes(submission.status)) {
    return { kind: 'invalid_transition', status: submission.status, message: `cannot ${action} a submission that is ${submission.status}` };
  }
  if (!roles.includes(transition.by)) return { kind: 'forbidden', message: `${action} is for a ${transition.by}` };
  return undefined;
};

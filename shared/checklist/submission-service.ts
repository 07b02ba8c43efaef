import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../adapters/clock.ts';
import { type IdGenerator, stableId } from '../adapters/ids.ts';
import { shanghaiDate } from '../calendar/working-calendar.ts';
import type { EventOf } from '../events/catalog.ts';
import type { Actor } from '../events/envelope.ts';
import { actorOf, type Caller } from '../http/caller.ts';
import { conflictOnRefusal } from '../http/conflicts.ts';
import { badRequest, forbidden, invalidTransition, unprocessable, versionConflict } from '../http/errors.ts';
import { replayed, type KeyedRequest } from '../http/idempotency-key.ts';
import { activeOrganisations } from '../organisation/guard.ts';
import { intakeItemId } from '../rectification/intake.ts';
import { withFingerprint } from '../store/request-fingerprint.ts';
import { TransactionRefused } from '../store/transaction.ts';
import { answerProblems, type Answer, type AnswerInput, score } from './scoring.ts';
import { attachEvidence, type EvidenceFiles } from '../evidence/evidence-files.ts';
import { draftSubjectId, type EvidenceInput, type EvidenceSubject } from '../evidence/evidence.ts';
import { readableSubmission, seesAllSubmissions } from './submission-access.ts';
import { checkReview, type ResubmissionInput, type ReturnReasons, type Submission, type SubmissionInput } from './submission.ts';
import { type SubmissionFilter, submissionStore } from './submission-store.ts';
import { itemsOf, type TemplateContent } from './template.ts';
import { templateStore, type TemplateVersion } from './template-store.ts';
import type * as z from 'zod';

/** `evidence` where answers may reference uploaded files (the API's function). */
export type SubmissionDeps = { db: DynamoDBDocumentClient; tableName: string; clock: Clock; ids: IdGenerator; evidence?: EvidenceFiles };

/** An accepted submission names the rectification item each failed item becomes (the intake's key). */
const withItemIds = (s: Submission): Submission =>
  s.status === 'accepted'
    ? { ...s, result: { ...s.result, items: s.result.items.map((i) => (i.failed ? { ...i, rectificationId: intakeItemId.checklist(s.tenant, s.id, i.itemId) } : i)) } }
    : s;


/** Checklist submissions: scored here against the exact template version, reviewed, and accepted once. */
export const submissionService = (deps: SubmissionDeps) => {
  const store = submissionStore(deps.db, deps.tableName);
  const templates = templateStore(deps.db, deps.tableName);
  const organisations = activeOrganisations(deps.db, deps.tableName);

  const scored = (content: TemplateContent, answers: readonly (Answer | AnswerInput)[]) => {
    const problems = answerProblems(content, answers);
    if (problems.length) throw badRequest('some answers do not fit the template', problems.map((p) => ({ ...p, path: `body.${p.path}` })));
    return score(content, answers);
  };

  /**
   * The answers' and the submission's evidence with their files checked: uploads of this caller's new
   * assessment (draft) or of this submission; every bad file reported in one 422.
   */
  const withFiles = async (caller: Caller, input: { answers: AnswerInput[]; evidence: EvidenceInput[] }, submissionId?: string) => {
    const subjects: EvidenceSubject[] = [{ kind: 'checklist-submission', id: draftSubjectId(caller.userId) }, ...(submissionId ? [{ kind: 'checklist-submission' as const, id: submissionId }] : [])];
    const accepts = { tenant: caller.tenant, subjects };
    const [evidence = [], ...answerEvidence] = await attachEvidence(
      deps.evidence,
      [{ inputs: input.evidence, field: 'body.evidence' }, ...input.answers.map((answer, i) => ({ inputs: answer.evidence, field: `body.answers.${i}.evidence` }))],
      accepts,
    );
    return { evidence, answers: input.answers.map((answer, i): Answer => ({ ...answer, evidence: answerEvidence[i] ?? [] })) };
  };

  const publishedVersion = async (caller: Caller, id: string, version: number): Promise<TemplateVersion> => {
    const found = await templates.version(caller.tenant, id, version);
    if (!found) throw unprocessable(`no version ${version} of template ${id}`, [{ path: 'body.templateVersion', message: 'does not exist' }]);
    if (found.status !== 'published') throw unprocessable(`version ${version} of template ${id} is a draft`, [{ path: 'body.templateVersion', message: 'is not published' }]);
    return found;
  };


  const figures = (s: Submission) => ({
    submissionId: s.id,
    templateId: s.template.id,
    templateVersion: s.template.version,
    templateKind: s.template.kind,
    subject: s.subject,
    year: s.year,
    score: s.result.score,
    grade: s.result.grade,
    meetsStandard: s.result.meetsStandard,
    model: s.result.model,
    vetoed: s.result.vetoed,
    revision: s.revision,
    submissionVersion: s.version,
  });
  const envelope = <T extends 'ChecklistSubmitted' | 'ChecklistReturned' | 'ChecklistAccepted'>(type: T, s: Submission, actor: Actor, at: Date, payload: Omit<EventOf<T>['payload'], keyof ReturnType<typeof figures>>) =>
    ({ id: deps.ids(), type, version: 1, tenant: s.tenant, occurredAt: at.toISOString(), actor, subject: { kind: 'checklist-submission', id: s.id }, payload: { ...figures(s), ...payload } }) as EventOf<T>;
  const failedIds = (s: Submission) => s.result.items.filter((i) => i.failed).map((i) => i.itemId);

  type Change = { next: Submission; event: ReturnType<typeof envelope> };

  const load = readableSubmission(store);

  const review = async (caller: Caller, id: string, expectedVersion: number, action: 'return' | 'resubmit' | 'accept', change: (s: Submission, at: Date) => Change | Promise<Change>) => {
    const current = await load(caller, id);
    if (current.version !== expectedVersion) throw versionConflict('the submission changed since you read it', { currentVersion: current.version, currentStatus: current.status });
    const refusal = checkReview(current, action, caller.roles);
    if (refusal?.kind === 'invalid_transition') throw invalidTransition(refusal.message, { currentStatus: refusal.status, currentVersion: current.version });
    if (refusal) throw forbidden(refusal.message);
    const { next, event } = await change(current, deps.clock.now());
    await conflictOnRefusal('the submission changed since you read it', () => store.update(next, expectedVersion, [event]), {}, 'version_conflict');
    return next;
  };

  return {
    store,
    /** Submits once per Idempotency-Key: a retried POST answers the stored submission. */
    submit: async (caller: Caller, input: SubmissionInput, request?: KeyedRequest) => {
      const id = request ? stableId(caller.tenant, caller.userId, 'submission', request.key) : deps.ids();
      if (request) {
        const existing = await store.get(caller.tenant, id);
        if (existing) return { submission: replayed(existing, request), created: false };
      }
      const template = await publishedVersion(caller, input.templateId, input.templateVersion);
      await organisations.require(caller.tenant, input.subject.organisation, 'body.subject.organisation');
      const result = scored(template.content, input.answers);
      const { answers, evidence } = await withFiles(caller, input);
      const at = deps.clock.now();
      const assessed: Submission = {
        id,
        tenant: caller.tenant,
        version: 1,
        status: 'submitted',
        template: { id: template.templateId, version: template.version, kind: template.content.kind, title: template.content.title },
        subject: input.subject,
        assessedOn: input.assessedOn,
        year: input.year,
        inspectors: input.inspectors,
        submittedBy: { userId: caller.userId, organisation: caller.organisation },
        revision: 1,
        answers,
        notes: input.notes,
        evidence,
        result,
        revisions: [],
        reviews: [],
      };
      const submission = withFingerprint(assessed, request?.fingerprint);
      try {
        await store.create(submission, [envelope('ChecklistSubmitted', submission, actorOf(caller), at, { failedItemIds: failedIds(submission) })]);
      } catch (error) {
        if (!(error instanceof TransactionRefused)) throw error;
        return { submission: replayed((await store.get(caller.tenant, id))!, request), created: false };
      }
      return { submission, created: true };
    },

    read: async (caller: Caller, id: string) => withItemIds(await load(caller, id)),
    list: (caller: Caller, filter: SubmissionFilter, limit: number, cursor?: string) => {
      if (!seesAllSubmissions(caller)) {
        if (filter.subject && filter.subject !== caller.organisation) throw forbidden('you can list only the assessments of your own organisation');
        filter = { ...filter, subject: caller.organisation };
      }
      if (Object.values(filter).every((v) => v === undefined)) throw badRequest('name at least one filter', [{ path: 'query', message: 'one of subject, templateId, year, inspector, grade' }]);
      return store.list(caller.tenant, filter, limit, cursor);
    },

    returnForCorrection: (caller: Caller, id: string, expectedVersion: number, reasons: z.infer<typeof ReturnReasons>) =>
      review(caller, id, expectedVersion, 'return', (s, at) => {
        const known = new Set(s.result.items.map((i) => i.itemId));
        const unknown = reasons.findIndex((r) => r.itemId && !known.has(r.itemId));
        if (unknown >= 0) throw badRequest('a reason names an unknown item', [{ path: `body.reasons.${unknown}.itemId`, message: 'not an item of this template version' }]);
        const next: Submission = { ...s, version: s.version + 1, status: 'returned', reviews: [...s.reviews, { at: at.toISOString(), by: actorOf(caller), action: 'return', reasons }] };
        return { next, event: envelope('ChecklistReturned', next, actorOf(caller), at, { reasons }) };
      }),

    resubmit: (caller: Caller, id: string, expectedVersion: number, input: z.infer<typeof ResubmissionInput>) =>
      review(caller, id, expectedVersion, 'resubmit', async (s, at) => {
        const template = await publishedVersion(caller, s.template.id, s.template.version);
        const result = scored(template.content, input.answers);
        const files = await withFiles(caller, input, s.id);
        const previous = { revision: s.revision, at: s.reviews.at(-1)?.at ?? at.toISOString(), by: actorOf(caller), answers: s.answers, notes: s.notes, evidence: s.evidence, result: s.result };
        const next: Submission = { ...s, version: s.version + 1, status: 'submitted', revision: s.revision + 1, notes: input.notes, ...files, result, revisions: [...s.revisions, previous] };
        return { next, event: envelope('ChecklistSubmitted', next, actorOf(caller), at, { failedItemIds: failedIds(next) }) };
      }),

    accept: (caller: Caller, id: string, expectedVersion: number) =>
      review(caller, id, expectedVersion, 'accept', async (s, at) => {
        const template = await publishedVersion(caller, s.template.id, s.template.version);
        const items = new Map(itemsOf(template.content).map(({ item }) => [item.id, item]));
        const notes = new Map(s.answers.map((a) => [a.itemId, a.note]));
        const acceptedOn = shanghaiDate(at);
        const next: Submission = { ...s, version: s.version + 1, status: 'accepted', acceptedOn, reviews: [...s.reviews, { at: at.toISOString(), by: actorOf(caller), action: 'accept' }] };
        const failedItems = failedIds(s).map((itemId) => {
          const item = items.get(itemId)!;
          return { itemId, text: item.text, note: notes.get(itemId), critical: item.critical, deadlineWorkingDays: item.rectificationWorkingDays };
        });
        return { next, event: envelope('ChecklistAccepted', next, actorOf(caller), at, { acceptedOn, failedItems }) };
      }).then(withItemIds),
  };
};

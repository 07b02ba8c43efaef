import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../adapters/clock.ts';
import type { IdGenerator } from '../adapters/ids.ts';
import { checkReview } from '../checklist/submission.ts';
import { submissionService } from '../checklist/submission-service.ts';
import type { Actor } from '../events/envelope.ts';
import { filingService } from '../filing/filing-service.ts';
import { actorOf, type Caller } from '../http/caller.ts';
import { forbidden, invalidTransition, notFound } from '../http/errors.ts';
import { rectificationService } from '../rectification/service.ts';
import type { RectificationView } from '../rectification/api.ts';
import type * as z from 'zod';
import type { EvidenceFiles } from './evidence-files.ts';
import { draftSubjectId, type Evidence, type EvidenceSubject, filesIn, type UploadRequest } from './evidence.ts';

type Deps = { db: DynamoDBDocumentClient; tableName: string; clock: Clock; ids: IdGenerator; files: EvidenceFiles };

/** Evidence goes with progress and close-out requests: whoever may send those now may upload for the item. */
const takesEvidence = (item: z.infer<typeof RectificationView>) => {
  if (item.status === 'closed' || item.status === 'cancelled') throw invalidTransition(`a ${item.status} item takes no more evidence`, { currentStatus: item.status, currentVersion: item.version });
  if (!item.actions.some((a) => a === 'progress' || a === 'request-close')) throw forbidden('only who reports this item\'s progress may add evidence to it now');
};

/**
 * Who may upload evidence for what: the record's own rules decide (the same services the commands go
 * through), so a form is only offered to someone whose command could then use the file.
 */
export const evidenceUploads = (deps: Deps) => {
  const rectifications = rectificationService(deps);
  const submissions = submissionService(deps);
  const filings = filingService(deps);

  const subjectFor = async (caller: Caller, subject: UploadRequest['subject']): Promise<EvidenceSubject> => {
    switch (subject.kind) {
      case 'rectification':
        takesEvidence(await rectifications.read(caller, subject.id));
        return subject;
      case 'checklist-submission': {
        if (!subject.id) {
          if (!caller.roles.includes('inspector')) throw forbidden('only inspectors submit assessments');
          return { kind: subject.kind, id: draftSubjectId(caller.userId) };
        }
        const submission = await submissions.read(caller, subject.id);
        const refusal = checkReview(submission, 'resubmit', caller.roles);
        if (refusal?.kind === 'invalid_transition') throw invalidTransition(refusal.message, { currentStatus: refusal.status, currentVersion: submission.version });
        if (refusal) throw forbidden(refusal.message);
        return { kind: subject.kind, id: subject.id };
      }
      case 'inspection-filing': {
        const filing = await filings.read(caller, subject.id);
        if (filing.agency !== caller.organisation) throw forbidden('only the inspecting agency files the result');
        if (filing.status !== 'planned') throw invalidTransition(`a filing that is ${filing.status} takes no result`, { currentStatus: filing.status, currentVersion: filing.version });
        return subject;
      }
    }
  };

  const download = (found: readonly Evidence[][], fileId: string, disposition: 'inline' | 'attachment') => {
    const file = filesIn(...found).find((f) => f.id === fileId);
    if (!file) throw notFound(`no evidence file ${fileId} on this record`);
    return deps.files.offerDownload(file, disposition);
  };

  return {
    offer: async (caller: Caller, request: UploadRequest) => deps.files.offerUpload(caller.tenant, await subjectFor(caller, request.subject), request, actorOf(caller)),

    /** The enterprise, through its inspection code, for an item ordered under it. */
    offerForEnterprise: async (code: string, itemId: string, request: Pick<UploadRequest, 'name' | 'contentType' | 'size'>) => {
      const { tenant, inspectionCode } = await filings.resolveCode(code);
      takesEvidence(await rectifications.readAsEnterprise(tenant, itemId, inspectionCode));
      const enterprise: Actor = { kind: 'enterprise', inspectionCode };
      return deps.files.offerUpload(tenant, { kind: 'rectification', id: itemId }, request, enterprise);
    },

    rectificationFile: async (caller: Caller, id: string, fileId: string, disposition: 'inline' | 'attachment') =>
      download([(await rectifications.read(caller, id)).evidence], fileId, disposition),
    enterpriseFile: async (code: string, id: string, fileId: string, disposition: 'inline' | 'attachment') => {
      const { tenant, inspectionCode } = await filings.resolveCode(code);
      return download([(await rectifications.readAsEnterprise(tenant, id, inspectionCode)).evidence], fileId, disposition);
    },
    /** Any revision's files: a reviewer compares what was sent before. */
    submissionFile: async (caller: Caller, id: string, fileId: string, disposition: 'inline' | 'attachment') => {
      const s = await submissions.read(caller, id);
      const revisions = [s, ...s.revisions];
      return download(revisions.flatMap((r) => [r.evidence, ...r.answers.map((a) => a.evidence)]), fileId, disposition);
    },
    filingFile: async (caller: Caller, id: string, fileId: string, disposition: 'inline' | 'attachment') =>
      download([(await filings.read(caller, id)).result?.evidence ?? []], fileId, disposition),
  };
};

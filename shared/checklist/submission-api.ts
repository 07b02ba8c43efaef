import * as z from 'zod';
import { ExpectedVersion } from '../http/numbers.ts';
import { operation } from '../http/operation.ts';
import { downloadOperation } from '../evidence/evidence-api.ts';
import { ResubmissionInput, ReturnReasons, Submission, SubmissionInput } from './submission.ts';

const IdParam = z.object({ id: z.string().regex(/^[0-9A-Z]{26}$/, 'is not a submission id') });
const ListQuery = z.object({
  subject: z.string().max(64).optional(),
  templateId: z.string().max(64).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  inspector: z.string().max(64).optional(),
  grade: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2000).optional(),
});
const readers = ['inspector', 'supervisor', 'admin', 'office'] as const;
const review = { 403: ['forbidden'], 404: ['not_found'], 409: ['version_conflict', 'invalid_transition'] } as const;

export const submissionApi = {
  downloadEvidence: downloadOperation({
    operationId: 'downloadChecklistEvidence',
    path: '/v1/checklist-submissions/{id}/evidence/{fileId}',
    tag: '检查清单',
    summary: '下载评估佐证材料 · Download an evidence file of an assessment (any revision)',
    roles: readers,
    params: IdParam,
  }),
  submit: operation({
    operationId: 'submitChecklist',
    method: 'POST',
    path: '/v1/checklist-submissions',
    tag: '检查清单',
    summary: '提交检查评估 · Submit a checklist assessment',
    description: 'The server scores the answers against that exact template version; a client-sent score is ignored.',
    roles: ['inspector'],
    body: SubmissionInput,
    idempotencyKey: true,
    responses: { 201: { description: 'submitted and scored', schema: Submission }, 200: { description: 'submitted before under this Idempotency-Key', schema: Submission } },
    refusals: { 422: ['unprocessable', 'organisation_unknown', 'organisation_inactive', 'idempotency_key_reused'] },
    example: {
      templateId: 'case-file-review',
      templateVersion: 1,
      subject: { organisation: 'agency-market', caseFileReference: '上市监罚〔2026〕12号' },
      assessedOn: '2026-11-27',
      year: 2026,
      inspectors: ['王五', '赵六'],
      answers: [{ itemId: 'v1', passed: true }, { itemId: 'p1', deductions: [{ id: 'binding', count: 2 }] }, { itemId: 'c6', deductions: [{ id: 'missing-receipt' }], note: '缺当事人送达回证' }],
      notes: '抽查行政处罚案卷',
    },
  }),
  list: operation({
    operationId: 'listChecklistSubmissions',
    method: 'GET',
    path: '/v1/checklist-submissions',
    tag: '检查清单',
    summary: '检查评估列表 · List assessments',
    description: 'Filter by at least one of subject, inspector, templateId, grade or year. Offices see their own.',
    roles: readers,
    query: ListQuery,
    responses: { 200: { description: 'one page', schema: z.object({ items: z.array(Submission), cursor: z.string().nullable() }) } },
  }),
  read: operation({
    operationId: 'getChecklistSubmission',
    method: 'GET',
    path: '/v1/checklist-submissions/{id}',
    tag: '检查清单',
    summary: '检查评估详情 · Read an assessment with its revisions',
    roles: readers,
    params: IdParam,
    responses: { 200: { description: 'the assessment', schema: Submission } },
    refusals: { 403: ['forbidden'], 404: ['not_found'] },
  }),
  return: operation({
    operationId: 'returnChecklistSubmission',
    method: 'POST',
    path: '/v1/checklist-submissions/{id}/return',
    tag: '检查清单',
    summary: '退回修改 · Return an assessment for correction',
    roles: ['supervisor'],
    params: IdParam,
    body: z.object({ ...ExpectedVersion, reasons: ReturnReasons }),
    responses: { 200: { description: 'the returned assessment', schema: Submission } },
    refusals: review,
    example: { expectedVersion: 1, reasons: [{ itemId: '21', reason: '业务用房应附照片' }] },
  }),
  resubmit: operation({
    operationId: 'resubmitChecklist',
    method: 'POST',
    path: '/v1/checklist-submissions/{id}/resubmit',
    tag: '检查清单',
    summary: '重新提交 · Resubmit a returned assessment',
    roles: ['inspector'],
    params: IdParam,
    body: ResubmissionInput.extend(ExpectedVersion),
    responses: { 200: { description: 'the new revision, scored again', schema: Submission } },
    refusals: { ...review, 422: ['unprocessable'] },
  }),
  accept: operation({
    operationId: 'acceptChecklistSubmission',
    method: 'POST',
    path: '/v1/checklist-submissions/{id}/accept',
    tag: '检查清单',
    summary: '审核通过 · Accept an assessment (failed items become rectification items)',
    roles: ['supervisor'],
    params: IdParam,
    body: z.object(ExpectedVersion),
    responses: { 200: { description: 'the accepted assessment', schema: Submission } },
    refusals: review,
    example: { expectedVersion: 1 },
  }),
};

import * as z from 'zod';
import { ExpectedVersion } from '../http/numbers.ts';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { operation } from '../http/operation.ts';
import { downloadOperation } from '../evidence/evidence-api.ts';
import { InspectionFiling } from './filing.ts';
import { RatingInput, ResultInput } from './filing.ts';
import { OrganisationId } from '../organisation/organisation.ts';
import { PlanFilingInput, RuleHit } from './rules.ts';

const FilingId = z.string().regex(/^[0-9A-Z]{26}$/, 'is not a filing id');
const IdParam = z.object({ id: FilingId });
const JointInspection = z.object({ id: z.string(), visitOn: CalendarDate, filingIds: z.array(z.string()) });
/** What an enterprise said of an inspection: visible to supervisors only (龙华: hidden from the inspecting agency). */
export const Rating = RatingInput.extend({ score: z.number().int().min(1).max(5), on: CalendarDate });
const PlanCheck = z.object({ accepted: z.boolean(), violations: z.array(RuleHit), warnings: z.array(RuleHit) }).meta({ id: 'PlanCheck' });
const filingChange = { 403: ['forbidden'], 404: ['not_found'], 409: ['version_conflict', 'invalid_transition'] } as const;

export const filingApi = {
  plan: operation({
    operationId: 'fileInspectionPlan',
    method: 'POST',
    path: '/v1/inspection-filings',
    tag: '涉企检查',
    summary: '检查备案 · File an inspection plan (or a codeless emergency inspection)',
    description:
      'Every rule is checked; a refusal (422 `filing_rules_broken`) lists all hits in `error.rules`, each with its reason code. On success the answer carries the inspection code (`code.display` to read out, `code.token` for the QR label) and any `joint_inspection_proposed` warning.',
    roles: ['agency'],
    body: PlanFilingInput,
    idempotencyKey: true,
    responses: { 201: { description: 'filed, with its inspection code', schema: InspectionFiling }, 200: { description: 'filed before under this Idempotency-Key', schema: InspectionFiling } },
    refusals: { 409: ['conflict'], 422: ['filing_rules_broken', 'calendar_unknown', 'organisation_unknown', 'organisation_inactive', 'idempotency_key_reused'] },
    example: {
      enterprise: '91360923MA35F2K8XC',
      inspectionType: 'routine',
      items: ['SC-SP-01'],
      legalBasis: '《中华人民共和国食品安全法》第一百一十条',
      window: { from: '2026-12-03', to: '2026-12-03' },
      officers: ['sc-liu', 'sc-chen'],
      approval: { approver: '局长', approvedOn: '2026-11-27' },
    },
  }),
  check: operation({
    operationId: 'checkInspectionPlan',
    method: 'POST',
    path: '/v1/inspection-filings/check',
    tag: '涉企检查',
    summary: '备案预检 · Check a plan against every rule without filing it',
    description:
      'The same rule check as filing, on the same records, answered with every hit (`violations` would refuse the plan; `warnings` such as `joint_inspection_proposed` do not). Nothing is written and no refusal is recorded: the plan form asks this before sending.',
    roles: ['agency'],
    body: PlanFilingInput,
    responses: { 200: { description: 'the verdict', schema: PlanCheck } },
    refusals: { 422: ['organisation_unknown', 'organisation_inactive'] },
  }),
  list: operation({
    operationId: 'listInspectionFilings',
    method: 'GET',
    path: '/v1/inspection-filings',
    tag: '涉企检查',
    summary: '检查备案列表 · List filings: an agency its own, supervisors any agency\'s or all',
    description: 'Newest planned first: a month\'s filings in full (`month`), otherwise the latest 100.',
    roles: ['agency', 'supervisor', 'admin'],
    query: z.object({ agency: OrganisationId.optional(), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM').optional() }),
    responses: { 200: { description: 'the filings', schema: z.object({ filings: z.array(InspectionFiling) }) } },
    refusals: { 403: ['forbidden'] },
  }),
  read: operation({
    operationId: 'getInspectionFiling',
    method: 'GET',
    path: '/v1/inspection-filings/{id}',
    tag: '涉企检查',
    summary: '检查备案详情 · Read a filing',
    roles: ['agency', 'supervisor', 'admin'],
    params: IdParam,
    responses: { 200: { description: 'the filing', schema: InspectionFiling } },
    refusals: { 403: ['forbidden'], 404: ['not_found'] },
  }),
  downloadEvidence: downloadOperation({
    operationId: 'downloadFilingEvidence',
    path: '/v1/inspection-filings/{id}/evidence/{fileId}',
    tag: '涉企检查',
    summary: '下载检查记录等材料 · Download an evidence file of a result filing',
    roles: ['agency', 'supervisor', 'admin'],
    params: IdParam,
  }),
  cancel: operation({
    operationId: 'cancelInspectionFiling',
    method: 'POST',
    path: '/v1/inspection-filings/{id}/cancel',
    tag: '涉企检查',
    summary: '撤销检查备案 · Cancel a planned inspection (frees its place under the cap)',
    roles: ['agency', 'supervisor'],
    params: IdParam,
    body: z.object({ ...ExpectedVersion, reason: z.string().trim().min(1).max(500) }),
    responses: { 200: { description: 'the cancelled filing', schema: InspectionFiling } },
    refusals: filingChange,
    example: { expectedVersion: 1, reason: '企业停产' },
  }),
  fileResult: operation({
    operationId: 'fileInspectionResult',
    method: 'POST',
    path: '/v1/inspection-filings/{id}/result',
    tag: '涉企检查',
    summary: '结果备案 · File the result (orders to correct become rectification items)',
    roles: ['agency'],
    params: IdParam,
    body: ResultInput.extend(ExpectedVersion),
    responses: { 200: { description: 'the filing with its result', schema: InspectionFiling } },
    refusals: { ...filingChange, 422: ['unprocessable', 'calendar_unknown'] },
    example: {
      expectedVersion: 1,
      inspectedOn: '2026-12-03',
      officers: ['sc-liu', 'sc-chen'],
      findings: [{ text: '冷库温度记录不连续' }],
      orders: [{ problem: '冷库温度记录缺失', measure: '建立每日温度记录台账', deadlineWorkingDays: 10 }],
    },
  }),
  rating: operation({
    operationId: 'getInspectionRating',
    method: 'GET',
    path: '/v1/inspection-filings/{id}/rating',
    tag: '涉企检查',
    summary: '企业评价 · Read the enterprise\'s rating (supervisors only)',
    roles: ['supervisor', 'admin'],
    params: IdParam,
    responses: { 200: { description: 'the rating', schema: Rating } },
    refusals: { 403: ['forbidden'], 404: ['not_found'] },
  }),
  formJoint: operation({
    operationId: 'formJointInspection',
    method: 'POST',
    path: '/v1/joint-inspections',
    tag: '涉企检查',
    summary: '综合查一次 · Merge planned filings of different agencies into one visit',
    roles: ['agency', 'supervisor'],
    body: z.object({ filingIds: z.array(FilingId).min(2).max(10), visitOn: CalendarDate }),
    responses: { 201: { description: 'the joint inspection', schema: JointInspection } },
    refusals: { 403: ['forbidden'], 409: ['conflict'], 422: ['unprocessable'] },
  }),
};

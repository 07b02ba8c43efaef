import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { operation } from '../http/operation.ts';
import { downloadOperation } from '../evidence/evidence-api.ts';
import { UploadOffer, UploadRequest } from '../evidence/evidence.ts';
import { commandBody, RectificationId, RectificationView } from '../rectification/api.ts';
import { enterpriseCommandRoutes } from '../rectification/command-routes.ts';
import { MeasureStatus, RectificationStatus } from '../rectification/rectification.ts';
import { InspectionFiling } from './filing.ts';
import { RatingInput } from './filing.ts';

const InspectionCodeToken = z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'is not an inspection code');
const CodeParam = z.object({ code: InspectionCodeToken });
const ItemParams = CodeParam.extend({ id: RectificationId });

/** What an enterprise sees when it scans the code (扫码入企): enough to check the inspection is lawful, and its own items. */
export const CodePage = InspectionFiling.pick({ status: true, agency: true, enterprise: true, inspectionType: true, items: true, legalBasis: true, window: true })
  .extend({
    code: z.string(),
    statusLabel: z.string().meta({ description: 'the status as the enterprise reads it (已备案，待检查 …)' }),
    inspectionTypeLabel: z.string(),
    agencyName: z.string(),
    officers: z.array(z.object({ name: z.string(), certificateNumber: z.string() })),
    result: z.object({ inspectedOn: CalendarDate, findings: z.array(z.object({ id: z.string(), text: z.string() })), orders: z.array(z.object({ problem: z.string(), measure: z.string() })) }).optional(),
    rectifications: z.array(
      z.object({
        id: z.string(),
        version: z.number().int(),
        problem: z.string(),
        deadline: CalendarDate,
        status: RectificationStatus,
        statusLabel: z.string(),
        measures: z.array(z.object({ id: z.string(), text: z.string(), status: MeasureStatus })).describe('整改措施: close-out needs each one done'),
        actions: z.array(z.enum(Object.keys(enterpriseCommandRoutes) as [keyof typeof enterpriseCommandRoutes])).describe('what the enterprise may do with the item now, as URL segments'),
      }),
    ),
  })
  .meta({ id: 'InspectionCodePage' });

const publicRoute = { tag: '涉企检查', roles: 'public' } as const;
const enterpriseThrottle = { rateLimit: 2, burstLimit: 5 };
const commandNames: Record<keyof typeof enterpriseCommandRoutes, string> = {
  acknowledge: '企业签收整改事项 · The enterprise acknowledges its item',
  progress: '企业报告整改进展 · The enterprise reports progress',
  'request-close': '企业申请销号 · The enterprise requests close-out',
  'request-extension': '企业申请延期 · The enterprise requests an extension',
};

export const codeApi = {
  offerUpload: operation({
    ...publicRoute,
    operationId: 'offerEvidenceUploadByEnterprise',
    method: 'POST',
    path: '/v1/inspection-codes/{code}/rectifications/{id}/evidence-uploads',
    summary: '企业上传整改佐证材料 · The enterprise gets a form to upload evidence for its item',
    description: 'As POST /v1/evidence-uploads, for an item ordered under this code while the enterprise may report on it; reference the `key` in `progress` or `request-close`.',
    throttle: enterpriseThrottle,
    params: ItemParams,
    body: UploadRequest.omit({ subject: true }),
    maxBodyBytes: 4096,
    responses: { 201: { description: 'the upload form', schema: UploadOffer } },
    refusals: { 403: ['forbidden'], 404: ['not_found'], 409: ['invalid_transition'], 413: ['payload_too_large'] },
    example: { name: '整改后照片.jpg', contentType: 'image/jpeg', size: 1_800_000 },
  }),
  downloadEvidence: downloadOperation({
    ...publicRoute,
    operationId: 'downloadEvidenceByEnterprise',
    path: '/v1/inspection-codes/{code}/rectifications/{id}/evidence/{fileId}',
    summary: '企业下载整改佐证材料 · The enterprise downloads an evidence file of its item',
    throttle: { rateLimit: 5, burstLimit: 10 },
    params: ItemParams,
  }),
  verify: operation({
    ...publicRoute,
    operationId: 'verifyInspectionCode',
    method: 'GET',
    path: '/v1/inspection-codes/{code}',
    summary: '扫码核验 · Verify an inspection by its code',
    throttle: { rateLimit: 10, burstLimit: 20 },
    params: CodeParam,
    responses: { 200: { description: 'the inspection as the enterprise may see it', schema: CodePage } },
    refusals: { 404: ['not_found'] },
  }),
  rate: operation({
    ...publicRoute,
    operationId: 'rateInspection',
    method: 'POST',
    path: '/v1/inspection-codes/{code}/rating',
    summary: '企业评价 · Rate an inspection, once and anonymously',
    throttle: enterpriseThrottle,
    params: CodeParam,
    body: RatingInput,
    maxBodyBytes: 4096,
    responses: { 201: { description: 'rated', schema: z.object({ rated: z.literal(true) }) } },
    refusals: { 404: ['not_found'], 409: ['conflict'] },
    example: { score: 5, showedCertificates: true, stayedWithinItems: true, askedNothingImproper: true, comment: '检查人员出示了执法证件，态度规范' },
  }),
};

/** The enterprise acts on the items its inspection ordered, through the code instead of an account. */
export const codeCommandApi = Object.entries(enterpriseCommandRoutes).map(([segment, type]) => ({
  type,
  operation: operation({
    ...publicRoute,
    operationId: `${type}ByEnterprise`,
    method: 'POST',
    path: `/v1/inspection-codes/{code}/rectifications/{id}/${segment}`,
    summary: commandNames[segment as keyof typeof enterpriseCommandRoutes],
    throttle: enterpriseThrottle,
    params: ItemParams,
    body: commandBody(type),
    maxBodyBytes: 16_384,
    responses: { 200: { description: 'the item after the command', schema: RectificationView } },
    refusals: { 403: ['forbidden'], 404: ['not_found'], 409: ['version_conflict', 'invalid_transition'], 422: ['unprocessable', 'calendar_unknown'] },
  }),
}));

import type * as z from 'zod';
import { type ApiTag, operation } from '../http/operation.ts';
import type { Role } from '../tenancy/tenant.ts';
import { DownloadOffer, DownloadQuery, EvidenceSettings, FileId, UploadOffer, UploadRequest } from './evidence.ts';

const FileIdParam = { fileId: FileId };

/** `GET <record>/evidence/{fileId}`: a short-lived link to a file recorded on a record the caller may read. */
export const downloadOperation = <P extends { id: string }, R extends readonly Role[] | 'public'>(spec: {
  operationId: string;
  path: `/${string}/evidence/{fileId}`;
  tag: ApiTag;
  summary: string;
  roles: R;
  params: z.ZodObject<{ [K in keyof P]: z.ZodType<P[K]> }>;
  throttle?: { rateLimit: number; burstLimit: number };
}) =>
  operation({
    ...spec,
    method: 'GET',
    description: 'Answers a presigned link valid for 5 minutes; `disposition=inline` shows an image or PDF in the page (thumbnails), the default downloads it under its own name.',
    params: spec.params.extend(FileIdParam) as unknown as z.ZodType<P & { fileId: string }>,
    query: DownloadQuery,
    responses: { 200: { description: 'where to fetch the file, for the next minutes', schema: DownloadOffer } },
    refusals: { 403: ['forbidden'], 404: ['not_found'] },
  });

export const evidenceApi = {
  offerUpload: operation({
    operationId: 'offerEvidenceUpload',
    method: 'POST',
    path: '/v1/evidence-uploads',
    tag: '佐证材料',
    summary: '申请上传佐证材料 · Get a form to upload an evidence file',
    description:
      'For a file of an accepted type (JPEG, PNG, HEIC, PDF, DOCX, XLSX, OFD) and size, answers a presigned form valid for 15 minutes: POST `fields` and then the `file` as multipart/form-data to `url`. ' +
      'Then reference `key` in the command that uses the file (`evidence[].file`): the file is checked there (it exists, belongs to this record, has the declared type and size) and recorded with its SHA-256. ' +
      'The caller must be able to add evidence to the record now (e.g. report progress on the item).',
    roles: [],
    body: UploadRequest,
    maxBodyBytes: 4096,
    responses: { 201: { description: 'the upload form', schema: UploadOffer } },
    refusals: { 403: ['forbidden'], 404: ['not_found'], 409: ['invalid_transition'], 413: ['payload_too_large'] },
    example: { subject: { kind: 'rectification', id: '01JDQ7K3M9V8X2N4P6R8T0W2Y4' }, name: '整改后现场照片.jpg', contentType: 'image/jpeg', size: 2_400_000 },
  }),
  readSettings: operation({
    operationId: 'getEvidenceSettings',
    method: 'GET',
    path: '/v1/settings/evidence',
    tag: '设置',
    summary: '佐证材料设置 · Read the evidence settings',
    roles: [],
    responses: { 200: { description: "the tenant's settings", schema: EvidenceSettings } },
  }),
  saveSettings: operation({
    operationId: 'saveEvidenceSettings',
    method: 'PUT',
    path: '/v1/settings/evidence',
    tag: '设置',
    summary: '设置佐证材料上限 · Set the largest evidence file',
    roles: ['admin'],
    body: EvidenceSettings,
    responses: { 200: { description: 'the settings now in force', schema: EvidenceSettings } },
    example: { maxBytes: 20 * 1024 * 1024 },
  }),
};

import * as z from 'zod';
import { Actor } from '../events/envelope.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { fileTypes } from './file-types.ts';
import type { FileType as FileTypeName } from './file-types.ts';

export { fileTypes } from './file-types.ts';

/**
 * Evidence (佐证材料): a file uploaded to the evidence bucket, or a reference to a paper archive (档案号).
 * Files are checked when a command first references them and recorded with their size, type and
 * SHA-256, so what was decided on can be shown later exactly as it was.
 */

/** What a file may be evidence for; the key of every upload holds the tenant and this subject. */
export const EvidenceSubjectKind = z.enum(['rectification', 'checklist-submission', 'inspection-filing']);
export type EvidenceSubjectKind = z.infer<typeof EvidenceSubjectKind>;

export const FileType = z.enum(Object.keys(fileTypes) as [FileTypeName, ...FileTypeName[]], { error: `must be one of ${Object.keys(fileTypes).join(', ')}` });

export const defaultMaxBytes = 20 * 1024 * 1024;
export const EvidenceSettings = z
  .object({ maxBytes: z.int().min(1024 * 1024).max(100 * 1024 * 1024).describe('the largest evidence file accepted, in bytes (1–100 MB; 20 MB unless set)') })
  .meta({ id: 'EvidenceSettings' });
export type EvidenceSettings = z.infer<typeof EvidenceSettings>;

/** Records and files are named by ULIDs. */
const ulid = (what: string) => z.string().regex(/^[0-9A-Z]{26}$/, `is not ${what} id`);
export const FileId = ulid('an evidence file');
/** `<tenant>/<subject kind>/<subject id>/<file id>`; a new assessment's uploads wait under `draft-<user>`. */
const keyPattern = /^(\d{6})\/(rectification|checklist-submission|inspection-filing)\/([A-Za-z0-9-]{1,80})\/([0-9A-Z]{26})$/;
export const EvidenceKey = z.string().max(200).regex(keyPattern, 'is not an evidence key from POST /v1/evidence-uploads');

export type EvidenceSubject = { kind: EvidenceSubjectKind; id: string };
export const draftSubjectId = (userId: string) => `draft-${userId.replace(/[^A-Za-z0-9-]/g, '-')}`.slice(0, 80);
export const evidenceKey = (tenant: TenantCode, subject: EvidenceSubject, fileId: string) => `${tenant}/${subject.kind}/${subject.id}/${fileId}`;
export const parseEvidenceKey = (key: string) => {
  const [, tenant, kind, subjectId, fileId] = keyPattern.exec(key) ?? [];
  return tenant ? { tenant, subject: { kind: kind as EvidenceSubjectKind, id: subjectId! }, fileId: fileId! } : undefined;
};

/** A file as recorded once a command referenced it. */
export const EvidenceFile = z
  .object({
    id: FileId,
    key: z.string(),
    name: z.string(),
    contentType: FileType,
    size: z.int(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The bucket's version of the object (AWS): what the record points to even if the key is written again. */
    versionId: z.string().optional(),
    uploadedBy: Actor,
    uploadedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'EvidenceFile' });
export type EvidenceFile = z.infer<typeof EvidenceFile>;

/** Evidence as records keep it: a checked file, or a paper archive's reference, with what it shows. */
export const Evidence = z
  .object({ reference: z.string().min(1).max(500).optional(), file: EvidenceFile.optional(), description: z.string().max(500).optional() })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

/** A paper archive's reference where the item starts (no file can be uploaded for an item that does not exist yet). */
export const ArchiveEvidence = z.object({ reference: z.string().trim().min(1).max(500), description: z.string().max(500).optional() }).meta({ id: 'ArchiveEvidence' });

/** Evidence as clients send it: the key an upload was offered under, or an archive reference. */
export const EvidenceInput = z
  .object({
    file: EvidenceKey.optional().describe('the `key` answered by POST /v1/evidence-uploads, after the file was uploaded'),
    reference: z.string().trim().min(1).max(500).optional().describe('a paper archive reference (档案号) when there is no file'),
    description: z.string().max(500).optional(),
  })
  .refine((e) => (e.file === undefined) !== (e.reference === undefined), { message: 'give either file (an uploaded key) or reference (an archive number)', path: ['file'] })
  .meta({ id: 'EvidenceInput' });
export type EvidenceInput = z.infer<typeof EvidenceInput>;

/** What an uploader asks for; the answer is a presigned form for exactly this file. */
export const UploadRequest = z
  .object({
    subject: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('rectification'), id: ulid('a rectification') }),
      z.object({ kind: z.literal('checklist-submission'), id: ulid('a submission').optional().describe('absent for an assessment not yet submitted') }),
      z.object({ kind: z.literal('inspection-filing'), id: ulid('a filing') }),
    ]),
    name: z.string().trim().min(1).max(200).refine((n) => !/[\\/]/.test(n) && ![...n].some((c) => c.charCodeAt(0) < 0x20), 'must be a file name without folders or control characters'),
    contentType: FileType,
    size: z.int().min(1, 'an empty file is no evidence'),
  })
  .meta({ id: 'EvidenceUploadRequest' });
export type UploadRequest = z.infer<typeof UploadRequest>;

export const UploadOffer = z
  .object({
    key: z.string().describe('reference it as `evidence[].file` in the command that uses the file'),
    url: z.url().describe('POST the form here, as multipart/form-data'),
    fields: z.record(z.string(), z.string()).describe('form fields to send, in this order, before the `file` field'),
    expiresAt: z.iso.datetime(),
    maxBytes: z.int(),
  })
  .meta({ id: 'EvidenceUploadOffer' });

export const DownloadQuery = z.object({ disposition: z.enum(['inline', 'attachment']).default('attachment') });
export const DownloadOffer = z
  .object({ url: z.url(), expiresAt: z.iso.datetime(), name: z.string(), contentType: z.string(), size: z.int() })
  .meta({ id: 'EvidenceDownload' });

/** Every file among a record's evidence lists, for download by id. */
export const filesIn = (...lists: readonly (readonly Evidence[] | undefined)[]) => lists.flatMap((list) => (list ?? []).flatMap((e) => (e.file ? [e.file] : [])));

import type { Clock } from '../adapters/clock.ts';
import type { IdGenerator } from '../adapters/ids.ts';
import { objectStore, type ObjectStore } from '../adapters/object-store.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { env } from '../config.ts';
import { Actor } from '../events/envelope.ts';
import { type FieldProblem, HttpError, notFound, unprocessable } from '../http/errors.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { type Evidence, type EvidenceFile, type EvidenceInput, type EvidenceSubject, evidenceKey, filesIn, fileTypes, FileType, parseEvidenceKey, type UploadRequest } from './evidence.ts';
import { evidenceSettingsStore, type EvidenceSettingsStore } from './settings-store.ts';

const uploadSeconds = 15 * 60;
const downloadSeconds = 5 * 60;

export const fileTooLarge = (maxBytes: number) =>
  new HttpError(413, 'payload_too_large', `evidence files may be at most ${maxBytes} bytes`, [{ path: 'body.size', message: `must be at most ${maxBytes} bytes` }], { maxBytes });

/** Which uploads a command may reference: those under one of these subjects of the caller's tenant. */
export type Accepts = { tenant: TenantCode; subjects: readonly EvidenceSubject[] };
/** One evidence list of a request, at its field (`body.answers.3.evidence`), with what its record already holds. */
export type EvidenceList = { inputs: readonly EvidenceInput[]; field: string; already?: readonly Evidence[] };

const asRecorded = (inputs: readonly EvidenceInput[]): Evidence[] => inputs.map(({ reference, description }) => ({ reference, description }));

const sameSubject = (a: EvidenceSubject, b: EvidenceSubject) => a.kind === b.kind && a.id === b.id;

/**
 * Evidence files in the evidence bucket: presigned forms to upload, the check of each file a command
 * references, and presigned links to download. Who may do which is the subject's service's to decide.
 */
export const evidenceFiles = (deps: { files: ObjectStore; settings: EvidenceSettingsStore; ids: IdGenerator; clock: Clock }) => {
  /** Checks one referenced upload; answers the problem with it, or the file as it is recorded. */
  const check = async (key: string, accepts: Accepts, maxBytes: number): Promise<EvidenceFile | string> => {
    const parsed = parseEvidenceKey(key);
    if (!parsed) return 'is not an evidence key from POST /v1/evidence-uploads';
    if (parsed.tenant !== accepts.tenant || !accepts.subjects.some((s) => sameSubject(s, parsed.subject))) return 'was uploaded for another record: upload the file for this one';
    const stored = await deps.files.head(key);
    if (!stored) return 'nothing was uploaded under this key (the upload failed or its form expired)';
    // AWS refuses these at upload by the form's policy; the embedded S3 server does not, so they are checked here as well.
    const type = FileType.safeParse(stored.contentType);
    if (!type.success) return `has the type ${stored.contentType}, which is not accepted`;
    if (stored.size > maxBytes) return `is ${stored.size} bytes, more than the ${maxBytes} allowed`;
    const { sha256, head } = await deps.files.digest(key, stored.versionId);
    if (!fileTypes[type.data].matches(head)) return `its content is not a ${fileTypes[type.data].label}, as its type says`;
    const uploadedBy = Actor.safeParse(safeJson(stored.metadata['uploaded-by']));
    if (!uploadedBy.success) return 'was not uploaded through POST /v1/evidence-uploads';
    return {
      id: parsed.fileId,
      key,
      name: safeDecode(stored.metadata.name) ?? parsed.fileId,
      contentType: type.data,
      size: stored.size,
      sha256,
      ...(stored.versionId ? { versionId: stored.versionId } : {}),
      uploadedBy: uploadedBy.data,
      uploadedAt: stored.lastModified ?? deps.clock.now().toISOString(),
    };
  };

  return {
    settings: deps.settings,

    /** A presigned form for one file; refused (413) before anything is uploaded when the file is too large. */
    offerUpload: async (tenant: TenantCode, subject: EvidenceSubject, request: Pick<UploadRequest, 'name' | 'contentType' | 'size'>, uploader: Actor) => {
      const { maxBytes } = await deps.settings.of(tenant);
      if (request.size > maxBytes) throw fileTooLarge(maxBytes);
      const key = evidenceKey(tenant, subject, deps.ids());
      // Header values are ASCII: the Chinese file name and the uploader travel percent-encoded.
      const metadata = { name: encodeURIComponent(request.name), 'uploaded-by': encodeURIComponent(JSON.stringify(uploader)) };
      const form = await deps.files.presignUpload({ key, contentType: request.contentType, maxBytes, metadata, expiresSeconds: uploadSeconds });
      return { key, ...form, maxBytes };
    },

    /**
     * The evidence lists a request sends (a command's, or a checklist's and each of its answers'), as
     * records keep them: each file checked (it exists, belongs to this tenant and subject, has an accepted
     * type, size and content) and described by size and SHA-256. Every problem of every list is reported
     * at once, at its field (`body.evidence.2.file`); 422.
     */
    attach: async (lists: readonly EvidenceList[], accepts: Accepts): Promise<Evidence[][]> => {
      const { maxBytes } = await deps.settings.of(accepts.tenant);
      const attached = new Set(lists.flatMap((list) => (list.already ?? []).flatMap((e) => (e.file ? [e.file.key] : []))));
      const seen = new Set<string>();
      // Problems by list, then by position, so they are reported in the order of the request.
      const problems: FieldProblem[][][] = lists.map((list) => list.inputs.map(() => []));
      const results = await Promise.all(
        lists.map(({ inputs, field }, listIndex) =>
          Promise.all(
            inputs.map(async (input, index): Promise<Evidence | undefined> => {
              if (!input.file) return { reference: input.reference, description: input.description };
              const refuse = (message: string) => void problems[listIndex]![index]!.push({ path: `${field}.${index}.file`, message });
              if (attached.has(input.file) || seen.has(input.file)) return refuse('is attached already');
              seen.add(input.file);
              const file = await check(input.file, accepts, maxBytes);
              if (typeof file === 'string') return refuse(file);
              return { file, description: input.description };
            }),
          ),
        ),
      );
      const refused = problems.flat(2);
      if (refused.length) throw unprocessable('an evidence file cannot be used', refused);
      return results as Evidence[][];
    },

    /**
     * A short-lived link to one of a record's files (`found`: the record's evidence lists, as the caller may read
     * it); `inline` for thumbnails, else a download under its own name.
     */
    offerDownload: async (found: readonly (readonly Evidence[] | undefined)[], fileId: string, disposition: 'inline' | 'attachment') => {
      const file = filesIn(...found).find((f) => f.id === fileId);
      if (!file) throw notFound(`no evidence file ${fileId} on this record`);
      return {
        url: await deps.files.presignDownload({ key: file.key, versionId: file.versionId, fileName: file.name, contentType: file.contentType, inline: disposition === 'inline', expiresSeconds: downloadSeconds }),
        expiresAt: new Date(deps.clock.now().getTime() + downloadSeconds * 1000).toISOString(),
        name: file.name,
        contentType: file.contentType,
        size: file.size,
      };
    },
  };
};
export type EvidenceFiles = ReturnType<typeof evidenceFiles>;

const safeDecode = (value: string | undefined) => {
  try {
    return value === undefined ? undefined : decodeURIComponent(value);
  } catch {
    return undefined;
  }
};
const safeJson = (value: string | undefined): unknown => {
  try {
    return JSON.parse(safeDecode(value) ?? 'null') as unknown;
  } catch {
    return undefined;
  }
};

/**
 * `attach` where the function may not have the evidence bucket (jobs, example data): evidence without
 * files needs none; files without a bucket are a wiring mistake, not the caller's.
 */
export const attachEvidence = (files: EvidenceFiles | undefined, lists: readonly EvidenceList[], accepts: Accepts): Promise<Evidence[][]> => {
  if (!lists.some((list) => list.inputs.some((e) => e.file))) return Promise.resolve(lists.map((list) => asRecorded(list.inputs)));
  if (!files) throw new Error('this function has no evidence bucket: give its service `evidence` (access evidenceFiles in the wiring)');
  return files.attach(lists, accepts);
};

/** The evidence bucket this function was given (EVIDENCE_BUCKET: access `evidenceFiles` in the wiring). */
export const evidenceFilesOf = (deps: { db: DynamoDBDocumentClient; tableName: string; clock: Clock; ids: IdGenerator }) =>
  evidenceFiles({ files: objectStore(env.evidenceBucket()), settings: evidenceSettingsStore(deps.db, deps.tableName), ids: deps.ids, clock: deps.clock });

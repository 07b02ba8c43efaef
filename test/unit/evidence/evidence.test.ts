import { describe, expect, it } from 'vitest';
import type { ObjectStore, StoredObject } from '#shared/adapters/object-store.ts';
import { evidenceFiles } from '#shared/evidence/evidence-files.ts';
import { draftSubjectId, EvidenceInput, evidenceKey, parseEvidenceKey, UploadRequest } from '#shared/evidence/evidence.ts';
import { acceptAttribute, fileTypeOf, fileTypes } from '#shared/evidence/file-types.ts';
import { HttpError } from '#shared/http/errors.ts';

const jpegStart = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const heicStart = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic', 'latin1')]);

describe('file types', () => {
  it('recognises each type by its first bytes, and nothing else as it', () => {
    expect(fileTypes['image/jpeg'].matches(jpegStart)).toBe(true);
    expect(fileTypes['image/png'].matches(jpegStart)).toBe(false);
    expect(fileTypes['image/heic'].matches(heicStart)).toBe(true);
    expect(fileTypes['application/pdf'].matches(Buffer.from('%PDF-1.7'))).toBe(true);
    expect(fileTypes['application/ofd'].matches(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(fileTypes['application/pdf'].matches(Buffer.from('MZ\x90\x00'))).toBe(false);
  });

  it('takes a picked file\'s type from the browser, or from its ending when the browser gives none', () => {
    expect(fileTypeOf({ type: 'image/png', name: 'a.bin' })).toBe('image/png');
    expect(fileTypeOf({ type: '', name: 'IMG_0001.HEIC' })).toBe('image/heic');
    expect(fileTypeOf({ type: '', name: '整改报告.ofd' })).toBe('application/ofd');
    expect(fileTypeOf({ type: 'application/x-msdownload', name: 'setup.exe' })).toBeUndefined();
    expect(acceptAttribute.split(',')).toEqual(expect.arrayContaining(['image/jpeg', '.heic', '.ofd', 'application/pdf']));
  });
});

describe('evidence keys and inputs', () => {
  it('holds tenant, record and file in the key, and reads them back', () => {
    const key = evidenceKey('360923', { kind: 'rectification', id: '01JDQ7K3M9V8X2N4P6R8T0W2Y4' }, '01JDQ7K3M9V8X2N4P6R8T0W2Y5');
    expect(parseEvidenceKey(key)).toEqual({ tenant: '360923', subject: { kind: 'rectification', id: '01JDQ7K3M9V8X2N4P6R8T0W2Y4' }, fileId: '01JDQ7K3M9V8X2N4P6R8T0W2Y5' });
    expect(parseEvidenceKey('360923/../etc/passwd')).toBeUndefined();
    expect(draftSubjectId('user@example/1')).toBe('draft-user-example-1');
  });

  it('takes either an uploaded key or an archive reference, not both or neither', () => {
    expect(EvidenceInput.safeParse({ reference: '档案 2026-017' }).success).toBe(true);
    expect(EvidenceInput.safeParse({ file: '360923/rectification/01JDQ7K3M9V8X2N4P6R8T0W2Y4/01JDQ7K3M9V8X2N4P6R8T0W2Y5' }).success).toBe(true);
    expect(EvidenceInput.safeParse({}).error?.issues[0]?.path).toEqual(['file']);
    expect(EvidenceInput.safeParse({ reference: 'a', file: '360923/rectification/01JDQ7K3M9V8X2N4P6R8T0W2Y4/01JDQ7K3M9V8X2N4P6R8T0W2Y5' }).success).toBe(false);
  });

  it('refuses file names with folders or control characters, and empty files', () => {
    const request = { subject: { kind: 'rectification', id: '01JDQ7K3M9V8X2N4P6R8T0W2Y4' }, contentType: 'image/jpeg', size: 10 };
    expect(UploadRequest.safeParse({ ...request, name: '现场照片.jpg' }).success).toBe(true);
    for (const name of ['../a.jpg', 'a\\b.jpg', 'a\nb.jpg']) expect(UploadRequest.safeParse({ ...request, name }).success).toBe(false);
    expect(UploadRequest.safeParse({ ...request, name: 'a.jpg', size: 0 }).success).toBe(false);
  });
});

/** A bucket in memory: what `attach` reads of S3. */
const bucketOf = (objects: Record<string, { bytes: Buffer; head: Partial<StoredObject> }>): ObjectStore => ({
  put: () => Promise.reject(new Error('not used')),
  get: () => Promise.reject(new Error('not used')),
  head: (key) => Promise.resolve(objects[key] && { size: objects[key].bytes.length, contentType: 'image/jpeg', metadata: {}, ...objects[key].head }),
  digest: (key) => Promise.resolve({ sha256: 'a'.repeat(64), head: objects[key]!.bytes.subarray(0, 64) }),
  presignUpload: () => Promise.reject(new Error('not used')),
  presignDownload: () => Promise.reject(new Error('not used')),
});

describe('attaching uploaded files', () => {
  const item = { kind: 'rectification' as const, id: '01JDQ7K3M9V8X2N4P6R8T0W2Y4' };
  const key = (fileId: string) => evidenceKey('360923', item, fileId);
  const uploader = encodeURIComponent(JSON.stringify({ kind: 'enterprise', inspectionCode: 'JC261203-ABCDEF' }));
  const files = evidenceFiles({
    files: bucketOf({
      [key('01JDQ7K3M9V8X2N4P6R8T0W2Y5')]: { bytes: jpegStart, head: { metadata: { name: encodeURIComponent('台账.jpg'), 'uploaded-by': uploader }, lastModified: '2026-12-02T01:00:00.000Z' } },
      [key('01JDQ7K3M9V8X2N4P6R8T0W2Y6')]: { bytes: jpegStart, head: { contentType: 'text/html', metadata: { 'uploaded-by': uploader } } },
      [key('01JDQ7K3M9V8X2N4P6R8T0W2Y7')]: { bytes: jpegStart, head: { metadata: {} } },
    }),
    settings: { of: () => Promise.resolve({ maxBytes: 1024 * 1024 }), save: () => Promise.reject(new Error('not used')) },
    ids: () => 'unused',
    clock: { now: () => new Date('2026-12-02T02:00:00Z') },
  });
  const accepts = { tenant: '360923', subjects: [item] };

  it('records a good file with its name, size, checksum and uploader from the upload form', async () => {
    const [[evidence] = []] = await files.attach([{ inputs: [{ file: key('01JDQ7K3M9V8X2N4P6R8T0W2Y5'), description: '整改后' }], field: 'body.evidence' }], accepts);
    expect(evidence).toEqual({
      description: '整改后',
      file: { id: '01JDQ7K3M9V8X2N4P6R8T0W2Y5', key: key('01JDQ7K3M9V8X2N4P6R8T0W2Y5'), name: '台账.jpg', contentType: 'image/jpeg', size: jpegStart.length, sha256: 'a'.repeat(64), uploadedBy: { kind: 'enterprise', inspectionCode: 'JC261203-ABCDEF' }, uploadedAt: '2026-12-02T01:00:00.000Z' },
    });
  });

  it('reports every bad file at its own field, and keeps archive references as they are', async () => {
    const refusal = await files
      .attach(
        [
          {
            inputs: [{ reference: '档案 1' }, { file: key('01JDQ7K3M9V8X2N4P6R8T0W2Y6') }, { file: key('01JDQ7K3M9V8X2N4P6R8T0W2Y7') }, { file: key('01JDQ7K3M9V8X2N4P6R8T0W2Y5') }],
            field: 'body.evidence',
            already: [{ file: { key: key('01JDQ7K3M9V8X2N4P6R8T0W2Y5') } as never }],
          },
        ],
        accepts,
      )
      .catch((error: HttpError) => error);
    expect(refusal).toBeInstanceOf(HttpError);
    expect((refusal as HttpError).fields).toEqual([
      { path: 'body.evidence.1.file', message: 'has the type text/html, which is not accepted' },
      { path: 'body.evidence.2.file', message: 'was not uploaded through POST /v1/evidence-uploads' },
      { path: 'body.evidence.3.file', message: 'is attached already' },
    ]);
  });

  it('gathers the refusals of several lists into one answer, and lets anything else through as it is', async () => {
    const lists = [
      { inputs: [{ file: key('01JDQ7K3M9V8X2N4P6R8T0W2Y6') }], field: 'body.evidence' },
      { inputs: [{ reference: '档案 2' }], field: 'body.answers.0.evidence' },
      { inputs: [{ file: key('01JDQ7K3M9V8X2N4P6R8T0W2Y7') }], field: 'body.answers.3.evidence' },
    ];
    const error = (await files.attach(lists, accepts).catch((e: unknown) => e)) as HttpError;
    expect(error.fields.map((f) => f.path)).toEqual(['body.evidence.0.file', 'body.answers.3.evidence.0.file']);
    const down = evidenceFiles({ files: { ...bucketOf({}), head: () => Promise.reject(new Error('S3 down')) }, settings: { of: () => Promise.resolve({ maxBytes: 1024 }), save: () => Promise.reject(new Error('not used')) }, ids: () => 'unused', clock: { now: () => new Date() } });
    await expect(down.attach([{ inputs: [{ file: key('01JDQ7K3M9V8X2N4P6R8T0W2Y5') }], field: 'body.evidence' }], accepts)).rejects.toThrow('S3 down');
  });
});

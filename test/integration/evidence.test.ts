import { createHash, randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleUsers, officeSubmission } from '#infra/local/example-data.ts';
import { addDays, shanghaiDate } from '#shared/calendar/working-calendar.ts';
import { eventually, exampleStack } from './support/test-stack.ts';

const stack = exampleStack();
const { supervisor, office, agency, admin, inspector } = exampleUsers;
const today = shanghaiDate(new Date());

/** Bytes that start as a JPEG does (the server checks the first bytes against the declared type). */
const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size - 8)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

type Offer = { key: string; url: string; fields: Record<string, string>; maxBytes: number };

/** As a browser does: the form's fields, then the file, posted straight to the bucket. */
const postForm = async (offer: Offer, bytes: Buffer, type: string, name = 'photo.jpg') => {
  const form = new FormData();
  for (const [field, value] of Object.entries(offer.fields)) form.append(field, value);
  form.append('file', new Blob([bytes], { type }), name);
  const response = await fetch(offer.url, { method: 'POST', body: form });
  expect(response.status, await response.text()).toBeLessThan(300);
};

const offerFor = async (user: DevUser, subject: Record<string, unknown>, file: { name: string; contentType: string; size: number }) =>
  stack.request('POST', '/v1/evidence-uploads', { user, body: { subject, ...file } });

const uploaded = async (user: DevUser, subject: Record<string, unknown>, bytes: Buffer, contentType = 'image/jpeg', name = '整改后现场照片.jpg') => {
  const offer = await offerFor(user, subject, { name, contentType, size: bytes.length });
  expect(offer.status, JSON.stringify(offer.body)).toBe(201);
  await postForm(offer.body as Offer, bytes, contentType, name);
  return (offer.body as Offer).key;
};

const assignAcknowledged = async (organisation = 'office-aoyang', by: DevUser = office) => {
  const created = await stack.request('POST', '/v1/rectifications', {
    user: supervisor,
    body: { problem: { title: '调解卷宗未归档', description: '2026 年 5 份调解卷宗未按期归档' }, measures: [{ text: '补齐归档' }], responsibility: { organisation }, severity: 'minor', deadline: { workingDays: 10 } },
  });
  expect(created.status).toBe(201);
  const id = created.body!.id as string;
  expect((await stack.request('POST', `/v1/rectifications/${id}/acknowledge`, { user: by, body: { expectedVersion: 1 } })).status).toBe(200);
  return id;
};

describe('evidence files', () => {
  it('uploads a photo through the presigned form, closes the item with it, and downloads it byte for byte', async () => {
    const id = await assignAcknowledged();
    const photo = jpeg(300_000);
    const key = await uploaded(office, { kind: 'rectification', id }, photo);
    expect(key).toMatch(new RegExp(`^360923/rectification/${id}/[0-9A-Z]{26}$`));

    const requested = await stack.request('POST', `/v1/rectifications/${id}/request-close`, { user: office, body: { expectedVersion: 2, summary: '已归档', evidence: [{ file: key, description: '归档后的卷宗照片' }], measuresDone: ['m1'] } });
    expect(requested.status, JSON.stringify(requested.body)).toBe(200);
    const [evidence] = requested.body!.evidence as { file: Record<string, unknown> & { id: string }; description: string }[];
    expect(evidence).toEqual({
      description: '归档后的卷宗照片',
      file: {
        id: key.split('/').at(-1),
        key,
        name: '整改后现场照片.jpg',
        contentType: 'image/jpeg',
        size: photo.length,
        sha256: sha256(photo),
        uploadedBy: { kind: 'user', id: office.userId, name: office.name, organisation: office.organisation, roles: office.roles },
        uploadedAt: expect.any(String),
      },
    });

    // Whoever reads the item may download the file; the supervisor closes on it.
    const link = await stack.request('GET', `/v1/rectifications/${id}/evidence/${evidence!.file.id}`, { user: supervisor });
    expect(link.body).toMatchObject({ name: '整改后现场照片.jpg', contentType: 'image/jpeg', size: photo.length });
    const downloaded = await fetch(link.body!.url as string);
    expect(downloaded.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('整改后现场照片.jpg')}`);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(photo)).toBe(true);
    const inline = await stack.request('GET', `/v1/rectifications/${id}/evidence/${evidence!.file.id}?disposition=inline`, { user: office });
    expect((await fetch(inline.body!.url as string)).headers.get('content-disposition')).toMatch(/^inline;/);
    expect((await stack.request('POST', `/v1/rectifications/${id}/close`, { user: supervisor, body: { expectedVersion: 3 } })).body).toMatchObject({ status: 'closed' });

    // The export lists the item's evidence with what it was checked to be.
    const year = today.slice(0, 4);
    const exported = await stack.fetch(`/v1/reports/rectifications.xlsx?from=${year}-01-01&to=${year}-12-31`, { headers: { authorization: `Bearer ${await stack.auth.sign(supervisor)}` } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('佐证材料清单')!;
    const rows = sheet.getSheetValues().slice(4).map((row) => (row as unknown[]).slice(1));
    expect(rows).toContainEqual(['调解卷宗未归档', '整改后现场照片.jpg', '归档后的卷宗照片', 'JPEG 图片', Math.ceil(photo.length / 1024), office.name, today, id, sha256(photo)]);

    // Once closed, the item takes no more uploads.
    expect((await offerFor(office, { kind: 'rectification', id }, { name: 'x.jpg', contentType: 'image/jpeg', size: 10 })).body).toMatchObject({ error: { code: 'invalid_transition' } });
    expect((await stack.request('GET', `/v1/rectifications/${id}/evidence/01ARZ3NDEKTSV4RRFFQ69G5FAV`, { user: supervisor })).status).toBe(404);
  });

  it('refuses a wrong type, an empty file or one above the limit before offering any upload', async () => {
    const id = await assignAcknowledged();
    const ask = (file: Record<string, unknown>) => stack.request('POST', '/v1/evidence-uploads', { user: office, body: { subject: { kind: 'rectification', id }, name: 'a.exe', ...file } });
    const wrongType = await ask({ contentType: 'application/x-msdownload', size: 1000 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body!.error.fields).toEqual([expect.objectContaining({ path: 'body.contentType' })]);
    expect((await ask({ contentType: 'image/jpeg', size: 0 })).body!.error.fields).toEqual([expect.objectContaining({ path: 'body.size' })]);
    const tooLarge = await ask({ contentType: 'application/pdf', size: 20 * 1024 * 1024 + 1 });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body!.error).toMatchObject({ code: 'payload_too_large', maxBytes: 20 * 1024 * 1024, fields: [{ path: 'body.size' }] });
    expect((await ask({ name: '../../etc/passwd', contentType: 'application/pdf', size: 10 })).body!.error.fields).toEqual([expect.objectContaining({ path: 'body.name' })]);
  });

  it('refuses, naming the field, a key of another item or tenant, a key never uploaded, and a file whose content or size is not what was allowed', async () => {
    const id = await assignAcknowledged();
    const other = await assignAcknowledged();
    const foreign = await uploaded(office, { kind: 'rectification', id: other }, jpeg(1000));
    const ownPng = await uploaded(office, { kind: 'rectification', id }, png(1000), 'image/png', '现场.png');
    // Declared a JPEG, but its bytes are a PNG's: AWS would store it, so the check is ours.
    const disguised = await uploaded(office, { kind: 'rectification', id }, png(1000), 'image/jpeg');
    const fileId = foreign.split('/').at(-1);
    const progress = await stack.request('POST', `/v1/rectifications/${id}/progress`, {
      user: office,
      body: {
        expectedVersion: 2,
        text: '进展',
        percent: 50,
        evidence: [
          { file: foreign },
          { file: `430922/rectification/${id}/${fileId}` },
          { file: `360923/rectification/${id}/01ARZ3NDEKTSV4RRFFQ69G5FAV` },
          { file: ownPng },
          { file: disguised },
        ],
      },
    });
    expect(progress.status).toBe(422);
    expect(progress.body!.error.fields).toEqual([
      { path: 'body.evidence.0.file', message: expect.stringContaining('another record') },
      { path: 'body.evidence.1.file', message: expect.stringContaining('another record') },
      { path: 'body.evidence.2.file', message: expect.stringContaining('nothing was uploaded') },
      { path: 'body.evidence.4.file', message: expect.stringContaining('not a JPEG') },
    ]);
    const malformed = await stack.request('POST', `/v1/rectifications/${id}/progress`, { user: office, body: { expectedVersion: 2, text: '进展', percent: 50, evidence: [{ file: 'photos/a.jpg' }] } });
    expect(malformed.status).toBe(400);
    expect(malformed.body!.error.fields).toEqual([expect.objectContaining({ path: 'body.evidence.0.file' })]);
    // Nothing was recorded: the item is as it was.
    expect((await stack.request('GET', `/v1/rectifications/${id}`, { user: office })).body).toMatchObject({ version: 2, evidence: [] });

    // The tenant's limit, lowered by the admin; the embedded S3 server does not enforce the form's size range, so the reference is checked.
    expect((await stack.request('PUT', '/v1/settings/evidence', { user: admin, body: { maxBytes: 1024 * 1024 } })).status).toBe(200);
    try {
      const offer = await offerFor(office, { kind: 'rectification', id }, { name: 'big.jpg', contentType: 'image/jpeg', size: 1000 });
      await postForm(offer.body as Offer, jpeg(1024 * 1024 + 10), 'image/jpeg');
      const big = await stack.request('POST', `/v1/rectifications/${id}/progress`, { user: office, body: { expectedVersion: 2, text: '进展', percent: 50, evidence: [{ file: (offer.body as Offer).key }] } });
      expect(big.body!.error.fields).toEqual([{ path: 'body.evidence.0.file', message: expect.stringContaining('more than the 1048576 allowed') }]);
    } finally {
      await stack.request('PUT', '/v1/settings/evidence', { user: admin, body: { maxBytes: 20 * 1024 * 1024 } });
    }
    // Keeps every piece: a second progress adds to the first, and a key is attached once only.
    const first = await stack.request('POST', `/v1/rectifications/${id}/progress`, { user: office, body: { expectedVersion: 2, text: '进展', percent: 50, evidence: [{ file: ownPng }] } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const again = await stack.request('POST', `/v1/rectifications/${id}/progress`, { user: office, body: { expectedVersion: 3, text: '进展', percent: 60, evidence: [{ file: ownPng }] } });
    expect(again.body!.error.fields).toEqual([{ path: 'body.evidence.0.file', message: 'is attached already' }]);
    const second = await uploaded(office, { kind: 'rectification', id }, jpeg(2000));
    const more = await stack.request('POST', `/v1/rectifications/${id}/progress`, { user: office, body: { expectedVersion: 3, text: '进展', percent: 80, evidence: [{ file: second }, { reference: '档案 2026-017' }] } });
    expect((more.body!.evidence as { file?: { key: string }; reference?: string }[]).map((e) => e.file?.key ?? e.reference)).toEqual([ownPng, second, '档案 2026-017']);
  });

  it('offers uploads and downloads only to whoever may act on or read the record', async () => {
    const id = await assignAcknowledged();
    const key = await uploaded(office, { kind: 'rectification', id }, jpeg(1000));
    await stack.request('POST', `/v1/rectifications/${id}/progress`, { user: office, body: { expectedVersion: 2, text: '进展', percent: 10, evidence: [{ file: key }] } });
    const fileId = key.split('/').at(-1);
    // An agency never reads an office's files; another office neither.
    expect((await stack.request('GET', `/v1/rectifications/${id}/evidence/${fileId}`, { user: agency })).status).toBe(403);
    const sixi: DevUser = { userId: 'u-sixi', tenant: '360923', organisation: 'office-sixi', roles: ['office'] };
    expect((await stack.request('GET', `/v1/rectifications/${id}/evidence/${fileId}`, { user: sixi })).status).toBe(403);
    expect((await offerFor(sixi, { kind: 'rectification', id }, { name: 'a.jpg', contentType: 'image/jpeg', size: 10 })).status).toBe(403);
    // Another county does not even find the item.
    const otherCounty: DevUser = { userId: 'u-tj', tenant: '430922', organisation: 'bureau', roles: ['supervisor'] };
    expect((await stack.request('GET', `/v1/rectifications/${id}/evidence/${fileId}`, { user: otherCounty })).status).toBe(404);
    expect((await offerFor(agency, { kind: 'rectification', id }, { name: 'a.jpg', contentType: 'image/jpeg', size: 10 })).status).toBe(403);
  });

  it('lets the enterprise upload for its own item through the inspection code, and download only its own files', async () => {
    const from = addDays(today, 3);
    const filed = await stack.request('POST', '/v1/inspection-filings', {
      user: agency,
      body: { enterprise: '91360923MA35F2K8XC', inspectionType: 'routine', items: ['SC-SP-01'], legalBasis: '《中华人民共和国食品安全法》第一百一十条', window: { from, to: from }, officers: ['sc-liu', 'sc-chen'], approval: { approver: '局长', approvedOn: today } },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const { id: filingId, code } = filed.body as { id: string; code: { token: string } };
    // The agency attaches the inspection record (检查记录) to its result.
    const record = await uploaded(agency, { kind: 'inspection-filing', id: filingId }, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(5000)]), 'application/pdf', '现场检查记录.pdf');
    const result = await stack.request('POST', `/v1/inspection-filings/${filingId}/result`, {
      user: agency,
      body: { expectedVersion: 1, inspectedOn: today, officers: ['sc-liu', 'sc-chen'], findings: [{ text: '冷库温度记录缺失' }], orders: [{ problem: '冷库温度记录缺失', measure: '建立温度记录台账', deadlineWorkingDays: 10 }], evidence: [{ file: record }] },
    });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    const recordFile = (result.body!.result.evidence as { file: { id: string; name: string } }[])[0]!.file;
    expect(recordFile.name).toBe('现场检查记录.pdf');
    expect((await stack.request('GET', `/v1/inspection-filings/${filingId}/evidence/${recordFile.id}`, { user: supervisor })).status).toBe(200);
    const otherAgency: DevUser = { userId: 'u-ws', tenant: '360923', organisation: 'agency-health', roles: ['agency'] };
    expect((await stack.request('GET', `/v1/inspection-filings/${filingId}/evidence/${recordFile.id}`, { user: otherAgency })).status).toBe(403);

    const itemId = await eventually(async () => (await stack.request('GET', `/v1/inspection-codes/${code.token}`)).body!.rectifications[0]?.id as string | undefined);
    const viaCode = (path: string, body?: unknown) => stack.request(body === undefined ? 'GET' : 'POST', `/v1/inspection-codes/${code.token}/rectifications/${itemId}/${path}`, { body });
    expect((await viaCode('acknowledge', { expectedVersion: 1 })).status).toBe(200);
    const photo = jpeg(50_000);
    const offer = await viaCode('evidence-uploads', { name: '台账照片.jpg', contentType: 'image/jpeg', size: photo.length });
    expect(offer.status, JSON.stringify(offer.body)).toBe(201);
    await postForm(offer.body as Offer, photo, 'image/jpeg', '台账照片.jpg');
    const progressed = await viaCode('progress', { expectedVersion: 2, text: '已建立台账', percent: 100, evidence: [{ file: (offer.body as Offer).key }] });
    expect(progressed.status, JSON.stringify(progressed.body)).toBe(200);
    const file = (progressed.body!.evidence as { file: { id: string; uploadedBy: unknown } }[])[0]!.file;
    expect(file.uploadedBy).toMatchObject({ kind: 'enterprise' });
    const link = await viaCode(`evidence/${file.id}`);
    expect(Buffer.from(await (await fetch(link.body!.url as string)).arrayBuffer()).equals(photo)).toBe(true);
    // The agency's inspection record is not the enterprise's to fetch through an item, nor is another code's item.
    expect((await viaCode(`evidence/${recordFile.id}`)).status).toBe(404);
    expect((await stack.request('GET', `/v1/inspection-codes/${'x'.repeat(32)}/rectifications/${itemId}/evidence/${file.id}`)).status).toBe(404);
    // An item not under this code takes no upload through it.
    const stranger = await assignAcknowledged();
    expect((await stack.request('POST', `/v1/inspection-codes/${code.token}/rectifications/${stranger}/evidence-uploads`, { body: { name: 'a.jpg', contentType: 'image/jpeg', size: 10 } })).status).toBe(404);
  });

  it("keeps an assessment's photos: uploaded before it exists, checked at submission, readable by its reviewers", async () => {
    const photo = jpeg(4000);
    const key = await uploaded(inspector, { kind: 'checklist-submission' }, photo, 'image/jpeg', '档案室照片.jpg');
    expect(key).toContain('/checklist-submission/draft-');
    const submitted = await stack.request('POST', '/v1/checklist-submissions', { user: inspector, body: officeSubmission('office-aoyang', today, { '7': { deductions: [{ id: 'no-lawyer', count: 1 }], evidence: [{ file: key }] } }) });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const answer = (submitted.body!.answers as { itemId: string; evidence: { file: { id: string; sha256: string } }[] }[]).find((a) => a.itemId === '7')!;
    expect(answer.evidence[0]!.file.sha256).toBe(sha256(photo));
    const link = await stack.request('GET', `/v1/checklist-submissions/${submitted.body!.id}/evidence/${answer.evidence[0]!.file.id}`, { user: supervisor });
    expect(Buffer.from(await (await fetch(link.body!.url as string)).arrayBuffer()).equals(photo)).toBe(true);
    // Another inspector's draft upload is not this one's to use.
    const colleague: DevUser = { ...inspector, userId: 'EXAMPLEINSPECTOR0000000001' };
    const theirs = await uploaded(colleague, { kind: 'checklist-submission' }, jpeg(1000));
    const refused = await stack.request('POST', '/v1/checklist-submissions', { user: inspector, body: officeSubmission('office-aoyang', today, { '7': { evidence: [{ file: theirs }] } }) });
    expect(refused.status).toBe(422);
    expect(refused.body!.error.fields).toEqual([{ path: expect.stringMatching(/^body\.answers\.\d+\.evidence\.0\.file$/), message: expect.stringContaining('another record') }]);
  });
});

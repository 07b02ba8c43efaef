/**
 * `npm run bench` (fourth part): a 5 MB evidence photo's round trip on the embedded stack, as a browser
 * makes it — ask for a form, post the file to the bucket, reference it in a command (where the API reads
 * it once for its SHA-256 and first bytes), get a download link and fetch the file back.
 * Medians of 7 runs; the figures belong in the note, not in a test.
 */
import { randomBytes } from 'node:crypto';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleUsers } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { benchStack } from './bench-stack.ts';

process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
const { services, auth, runtime } = await benchStack('evidencebench');
const { office, supervisor } = exampleUsers;
/** What the bench reads of the API's answers. */
type Answer = { id: string; key: string; url: string; fields: Record<string, string>; evidence: { file: { id: string } }[] };
const call = async (user: DevUser, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${runtime.url}${path}`, { method, headers: { authorization: `Bearer ${await auth.sign(user)}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const answer = (await response.json()) as Answer;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const timed = async <T>(into: number[], work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  into.push(performance.now() - started);
  return result;
};

const size = 5 * 1024 * 1024;
const steps = { offer: [] as number[], upload: [] as number[], reference: [] as number[], link: [] as number[], download: [] as number[] };
try {
  await seedExampleData();
  for (let run = 0; run < 7; run++) {
    const item = await call(supervisor, 'POST', '/v1/rectifications', { problem: { title: '基准：照片往返' }, measures: [{ text: '拍照' }], responsibility: { organisation: 'office-aoyang' }, deadline: { workingDays: 10 } });
    await call(office, 'POST', `/v1/rectifications/${item.id}/acknowledge`, { expectedVersion: 1 });
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
    const offer = await timed(steps.offer, () => call(office, 'POST', '/v1/evidence-uploads', { subject: { kind: 'rectification', id: item.id }, name: '现场照片.jpg', contentType: 'image/jpeg', size }));
    await timed(steps.upload, async () => {
      const form = new FormData();
      for (const [field, value] of Object.entries(offer.fields)) form.append(field, value);
      form.append('file', new Blob([photo], { type: 'image/jpeg' }));
      const posted = await fetch(offer.url, { method: 'POST', body: form });
      if (!posted.ok) throw new Error(`upload: ${posted.status}`);
    });
    const progressed = await timed(steps.reference, () => call(office, 'POST', `/v1/rectifications/${item.id}/progress`, { expectedVersion: 2, text: '照片', percent: 10, evidence: [{ file: offer.key }] }));
    const link = await timed(steps.link, () => call(supervisor, 'GET', `/v1/rectifications/${item.id}/evidence/${progressed.evidence[0]!.file.id}`));
    const back = await timed(steps.download, async () => Buffer.from(await (await fetch(link.url)).arrayBuffer()));
    if (!back.equals(photo)) throw new Error('the downloaded file differs from the uploaded one');
  }
  const ms = Object.fromEntries(Object.entries(steps).map(([step, values]) => [step, Math.round(median(values))]));
  console.log(JSON.stringify({ bench: 'evidence-round-trip', fileMb: 5, runs: 7, medianMs: ms, uploadRoundTripMs: ms.offer! + ms.upload! + ms.reference!, downloadRoundTripMs: ms.link! + ms.download! }, null, 2));
} finally {
  await runtime.stop();
  await services.stop();
}

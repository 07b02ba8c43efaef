import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { localAwsEnvironment } from '#infra/local/local-aws.ts';

/**
 * The page-entry function (China: no CloudFront Functions) as API Gateway invokes it, reading the built pages
 * from a bucket on the embedded S3 server, as it reads the deployed pages' bucket in AWS.
 */
const dist = path.join(import.meta.dirname, '..', '..', 'web', 'dist');
const bucket = `jip-pages-${randomBytes(4).toString('hex')}`;
const evidenceOrigin = 'https://*.s3.cn-north-1.amazonaws.com.cn';
let handler: (event: APIGatewayProxyEventV2) => Promise<{ statusCode?: number; headers?: Record<string, unknown>; body?: string }>;

beforeAll(async () => {
  const endpoint = inject('services').s3Endpoint;
  Object.assign(process.env, { ...localAwsEnvironment, AWS_ENDPOINT_URL_S3: endpoint, WEB_BUCKET: bucket, EVIDENCE_ORIGIN: evidenceOrigin });
  const s3 = new S3Client({ endpoint, forcePathStyle: true, region: localAwsEnvironment.AWS_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  for (const file of ['index.html', 'verify.html']) await s3.send(new PutObjectCommand({ Bucket: bucket, Key: file, Body: readFileSync(path.join(dist, file)), ContentType: 'text/html' }));
  ({ handler } = await import('#functions/page-entry/handler.ts'));
});

const get = (rawPath: string) => handler({ rawPath, requestContext: { http: { method: 'GET' } } } as APIGatewayProxyEventV2);

describe('the page-entry function', () => {
  it('answers the enterprise page with its own HTML, its API request announced, and the pages\' security headers', async () => {
    const answer = await get('/verify/2vvhgdF0lTCozML3fIl_Lcbz1CTzG_GU');
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBe(readFileSync(path.join(dist, 'verify.html'), 'utf8'));
    expect(answer.headers).toMatchObject({
      link: '</v1/inspection-codes/2vvhgdF0lTCozML3fIl_Lcbz1CTzG_GU>; rel=preload; as=fetch; crossorigin=anonymous',
      'content-security-policy': expect.stringContaining(`connect-src 'self' ${evidenceOrigin}`),
      'strict-transport-security': expect.stringContaining('max-age='),
      'x-frame-options': 'DENY',
    });
  });

  it('answers any other page path with the back office, and an unknown API path with the API\'s 404', async () => {
    for (const page of ['/', '/rectifications/01JD', '/auth/callback']) expect((await get(page)).body, page).toBe(readFileSync(path.join(dist, 'index.html'), 'utf8'));
    const api = await get('/v1/no-such-route');
    expect(api.statusCode).toBe(404);
    expect(JSON.parse(api.body!)).toMatchObject({ error: { code: 'not_found' } });
  });
});

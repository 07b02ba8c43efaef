import { SignJWT, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { exampleUsers } from '#infra/local/example-data.ts';
import { issuerKeys } from '#shared/identity/keys.ts';
import { apiAudience, tokenClaims } from '#shared/identity/tokens.ts';
import { exampleStack } from './support/test-stack.ts';

const stack = exampleStack();

const { admin, agency, office, inspector, supervisor } = exampleUsers;
const fieldsOf = (response: { body?: Record<string, any> }) => (response.body?.error?.fields ?? []).map((f: { path: string }) => f.path) as string[];

describe('bad input answers a 4xx naming the field, never a 500 (hardening report, item by item)', () => {
  it('a malformed percent-encoding in the path', async () => {
    const response = await stack.request('GET', '/v1/inspection-codes/%E0%A4%A');
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
  });

  it('a forged paging cursor naming an index key of the caller\'s own tenant', async () => {
    const cursor = Buffer.from(JSON.stringify({ i: 'gsi2', k: { gsi2pk: 'T#360923#RECT#ORG#office-aoyang' } })).toString('base64url');
    const response = await stack.request('GET', `/v1/rectifications?cursor=${cursor}`, { user: office });
    expect(response.status).toBe(400);
    expect(fieldsOf(response)).toEqual(['query.cursor']);
  });

  it('strings that would become keys, far too long or empty', async () => {
    const long = 'x'.repeat(5000);
    const submission = await stack.request('POST', '/v1/checklist-submissions', { user: inspector, body: { templateId: long, templateVersion: 1, subject: { organisation: 'office-aoyang' }, assessedOn: '2026-11-27', year: 2026, inspectors: ['王五'], answers: [] } });
    expect([submission.status, fieldsOf(submission)]).toEqual([400, ['body.templateId']]);
    const officer = await stack.request('PUT', '/v1/officers/sc-new', { user: admin, body: { name: '某', agency: long, certificateNumber: 'X1', certificateValidFrom: '2026-01-01', certificateValidTo: '2027-01-01' } });
    expect([officer.status, fieldsOf(officer)]).toEqual([400, ['body.agency']]);
    const filing = { enterprise: '91360923MA35F2K8XC', inspectionType: 'routine', items: ['SC-SP-01'], legalBasis: '依据', window: { from: '2026-12-03', to: '2026-12-03' }, approval: { approver: '局长', approvedOn: '2026-11-27' } };
    const emptyOfficer = await stack.request('POST', '/v1/inspection-filings', { user: agency, body: { ...filing, officers: ['', 'sc-chen'] } });
    expect([emptyOfficer.status, fieldsOf(emptyOfficer)]).toEqual([400, ['body.officers.0']]);
  });

  it('dates no calendar can answer', async () => {
    const response = await stack.request('POST', '/v1/inspection-filings', {
      user: agency,
      body: { enterprise: '91360923MA35F2K8XC', inspectionType: 'routine', items: ['SC-SP-01'], legalBasis: '依据', window: { from: '9999-12-31', to: '9999-12-31' }, officers: ['sc-liu', 'sc-chen'], approval: { approver: '局长', approvedOn: '2026-11-27' }, codeless: { inspectedOn: '9999-12-31', reason: 'r' } },
    });
    expect(response.status).toBe(400);
    expect(fieldsOf(response)).toEqual(expect.arrayContaining(['body.codeless.inspectedOn', 'body.window.from']));
  });

  it('versions that are not whole numbers are not coerced', async () => {
    const item = await stack.request('POST', '/v1/rectifications', { user: supervisor, body: { problem: { title: '测试' }, responsibility: { organisation: 'office-aoyang' }, deadline: { workingDays: 10 } } });
    expect(item.status).toBe(201);
    for (const expectedVersion of [true, [2], '', '1.5']) {
      const response = await stack.request('POST', `/v1/rectifications/${item.body!.id}/acknowledge`, { user: office, body: { expectedVersion } });
      expect([response.status, fieldsOf(response)], JSON.stringify(expectedVersion)).toEqual([400, ['body.expectedVersion']]);
    }
  });

  it('an Idempotency-Key reused with another body is refused; with the same body it answers the first record', async () => {
    const token = await stack.auth.sign(supervisor);
    const send = (title: string, key = 'oa-form-1234') =>
      stack.fetch('/v1/rectifications', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ problem: { title }, responsibility: { organisation: 'office-sixi' }, deadline: { workingDays: 5 } }),
      });
    const first = await send('卷宗缺页');
    const again = await send('卷宗缺页');
    expect([first.status, again.status, again.json().id]).toEqual([201, 200, first.json().id]);
    const other = await send('另一个问题');
    expect(other.status).toBe(422);
    expect(other.json().error).toMatchObject({ code: 'idempotency_key_reused', fields: [{ path: 'headers.idempotency-key' }] });
    // The key stays bound to its body after others have acted on the item (the item keeps the request's fingerprint).
    const sixi = { ...office, userId: 'u-sixi', organisation: 'office-sixi' };
    const acknowledged = await stack.request('POST', `/v1/rectifications/${first.json().id}/acknowledge`, { user: sixi, body: { expectedVersion: 1 } });
    expect(acknowledged.status, JSON.stringify(acknowledged.body)).toBe(200);
    expect((await send('另一个问题')).status).toBe(422);
    expect([(await send('卷宗缺页')).status, (await send('卷宗缺页')).json().status]).toEqual([200, 'acknowledged']);
    expect((await send('卷宗缺页', 'x'.repeat(500))).status).toBe(400);
  });

  it('a group robot address anywhere but the robots (SSRF)', async () => {
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://127.0.0.1:9001', 'http://[::1]/', 'http://10.0.0.1/hook']) {
      const response = await stack.request('PUT', '/v1/webhooks/office-aoyang', { user: admin, body: { url, secret: 's'.repeat(20) } });
      expect([response.status, fieldsOf(response)], url).toEqual([422, ['body.url']]);
    }
    const robot = await stack.request('PUT', '/v1/webhooks/office-aoyang', { user: admin, body: { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', secret: 's'.repeat(20) } });
    expect(robot.status).toBe(200);
  });

  it('a token the issuer signed but without an expiry, as API Gateway refuses it', async () => {
    const key = issuerKeys(stack.auth.seeds).signing[0]!;
    const token = await new SignJWT(tokenClaims({ ...admin }))
      .setProtectedHeader({ alg: 'ES256', kid: key.kid })
      .setSubject(admin.userId)
      .setIssuer(`${stack.runtime.url}/oidc`)
      .setAudience(apiAudience)
      .sign(await importJWK(key, 'ES256'));
    expect((await stack.request('GET', '/v1/me', { token })).status).toBe(401);
  });
});

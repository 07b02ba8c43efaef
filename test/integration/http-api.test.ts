import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleUsers } from '#infra/local/example-data.ts';
import { startTestStack } from './support/test-stack.ts';

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.runtime.stop());

describe('HTTP API on the local stack', () => {
  it('answers /v1/me 401 in the error shape without a token', async () => {
    expect(await stack.request('GET', '/v1/me')).toEqual({
      status: 401,
      body: { error: { code: 'unauthorized', message: 'a bearer token is required', fields: [] } },
    });
  });

  it('refuses a token signed by another key, or expired, as 401', async () => {
    const stranger = await (await import('#infra/local/dev-auth.ts')).devAuth();
    stranger.bindIssuer(`${stack.runtime.url}/oidc`);
    expect((await stack.request('GET', '/v1/me', { token: await stranger.sign(exampleUsers.admin) })).status).toBe(401);
    const expired = await stack.auth.sign(exampleUsers.admin, '-1m');
    expect((await stack.request('GET', '/v1/me', { token: expired })).status).toBe(401);
  });

  it("answers /v1/me with the caller's tenant, organisation and roles", async () => {
    expect(await stack.request('GET', '/v1/me', { user: exampleUsers.office })).toEqual({
      status: 200,
      body: { userId: exampleUsers.office.userId, name: '张所员', tenant: '360923', organisation: 'office-aoyang', organisationName: null, roles: ['office'], seesWholeBureau: false, seesAllFilings: false },
    });
    expect((await stack.request('GET', '/v1/me', { user: exampleUsers.supervisor })).body).toMatchObject({ roles: ['supervisor'], seesWholeBureau: true, seesAllFilings: true });
    expect((await stack.request('GET', '/v1/me', { user: exampleUsers.agency })).body).toMatchObject({ roles: ['agency'], seesWholeBureau: false, seesAllFilings: false });
  });

  it('reports the table reachable on /health without a token', async () => {
    const health = await stack.request('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', checks: { table: { status: 'ok' } } });
  });

  it('answers an unknown route 404 in the error shape', async () => {
    expect(await stack.request('GET', '/v1/nothing-here', { user: exampleUsers.admin })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('answers a bad path parameter and a wrong media type with 400 and 415', async () => {
    expect((await stack.request('PUT', '/v1/working-calendar/years/19', { user: exampleUsers.admin, body: { daysOff: [], makeUpWorkdays: [] } })).body!.error.fields[0].path).toBe('path.year');
    const response = await stack.fetch(`/v1/working-calendar/years/2028`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await stack.auth.sign(exampleUsers.admin)}`, 'content-type': 'text/csv' },
      body: 'a,b',
    });
    expect(response.status).toBe(415);
  });
});

describe('every declared route reaches its function', () => {
  it('is served by the function the wiring names, not answered by its router as unknown', async () => {
    const { plan } = await import('#infra/local/runtime.ts');
    const { functionEntries } = await import('#infra/wiring.ts');
    const superUser: DevUser = { userId: 'u-all', tenant: '360923', organisation: 'bureau', roles: ['admin', 'supervisor', 'inspector'] };
    // The issuer (ANY /oidc/{proxy+}) speaks OpenID Connect, not this API: its own test signs in through it.
    for (const route of plan(functionEntries).routes.filter((r) => r.operation)) {
      const path = route.path.replace(/\{[^}]+\}/g, 'X');
      const response = await stack.request(route.method, path, { user: superUser, body: route.method === 'GET' ? undefined : {} });
      expect(response.body?.error?.message ?? '', `${route.method} ${route.path}`).not.toMatch(/^no route for/);
      expect(response.status, `${route.method} ${route.path}`).toBeLessThan(500);
    }
  });
});

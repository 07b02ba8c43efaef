import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { conflict } from '#shared/http/errors.ts';
import { type Operation, operation } from '#shared/http/operation.ts';
import { httpRoute, publicRoute } from '#shared/http/route.ts';
import { call, claimsOf, httpEvent } from '../../support/http-events.ts';

/** An operation for these tests: only its inputs and roles matter to the route. */
const testOperation = <B = undefined, Q = undefined, P = undefined, const R extends Operation['roles'] = readonly []>(spec: Partial<Operation<B, Q, P>> & { roles: R }) =>
  operation<B, Q, P, R>({ operationId: 'test', method: 'POST', path: '/things', tag: '平台', summary: 'test', responses: {}, ...spec });

const Body = z.object({ name: z.string().min(1), count: z.coerce.number().int().min(0) });
const create = httpRoute(testOperation({ roles: ['admin'], body: Body, maxBodyBytes: 200 }), async ({ body, caller }) => ({
  status: 201,
  body: { ...body, tenant: caller.tenant },
}));
const admin = claimsOf({ 'cognito:groups': '[admin]' });
const post = (body: string, contentType = 'application/json', claims: Record<string, string> | null = admin) =>
  httpEvent({ method: 'POST', path: '/things', claims: claims ?? undefined, body, contentType });

describe('HTTP routes', () => {
  it('parses a JSON body and answers what the handler returns', async () => {
    expect(await call(create, post('{"name":"敖阳","count":2}'))).toEqual({ status: 201, body: { name: '敖阳', count: 2, tenant: '360923' } });
  });

  it('accepts the same body form-urlencoded', async () => {
    const response = await call(create, post('name=%E6%95%96%E9%98%B3&count=3', 'application/x-www-form-urlencoded'));
    expect(response).toEqual({ status: 201, body: { name: '敖阳', count: 3, tenant: '360923' } });
  });

  it('answers 400 naming each bad field', async () => {
    const response = await call(create, post('{"name":"","count":-1}'));
    expect(response.status).toBe(400);
    expect(response.body!.error.code).toBe('bad_request');
    expect(response.body!.error.fields.map((f: { path: string }) => f.path)).toEqual(['body.name', 'body.count']);
  });

  it('answers 400 for malformed JSON, 415 for other media types, 413 past the size limit', async () => {
    expect((await call(create, post('{"name":'))).status).toBe(400);
    expect((await call(create, post('name', 'text/plain'))).body!.error.code).toBe('unsupported_media_type');
    expect((await call(create, post(JSON.stringify({ name: 'x'.repeat(300), count: 1 })))).status).toBe(413);
  });

  it('answers 401 before looking at the body when there is no caller, and 403 for the wrong role', async () => {
    expect(await call(create, post('{bad', 'application/json', null))).toEqual({
      status: 401,
      body: { error: { code: 'unauthorized', message: expect.any(String), fields: [] } },
    });
    expect((await call(create, post('{"name":"a","count":1}', 'application/json', claimsOf()))).status).toBe(403);
  });

  it('passes a domain refusal through with its status and details', async () => {
    const stale = httpRoute(testOperation({ roles: [] }), async () => {
      throw conflict('stale version', { currentVersion: 4 });
    });
    expect(await call(stale, httpEvent({ claims: admin }))).toEqual({
      status: 409,
      body: { error: { code: 'conflict', message: 'stale version', fields: [], currentVersion: 4 } },
    });
  });

  it('hides the cause of an unexpected failure behind a 500 in the same shape', async () => {
    const broken = publicRoute(testOperation({ roles: 'public' }), async () => {
      throw new Error('connection string with a secret');
    });
    expect(await call(broken, httpEvent({}))).toEqual({ status: 500, body: { error: { code: 'internal_error', message: 'internal error', fields: [] } } });
  });

  it('names bad path, query and body fields together in one answer', async () => {
    const update = httpRoute(
      testOperation({ roles: [], params: z.object({ id: z.string().length(4) }), query: z.object({ limit: z.coerce.number().max(100) }), body: Body }),
      async () => ({}),
    );
    const event = httpEvent({ method: 'PUT', claims: admin, pathParameters: { id: 'x' }, query: { limit: '500' }, body: '{"count":1}', contentType: 'application/json' });
    const response = await call(update, event);
    expect(response.status).toBe(400);
    expect(response.body!.error.fields.map((f: { path: string }) => f.path)).toEqual(['path.id', 'query.limit', 'body.name']);
  });
});

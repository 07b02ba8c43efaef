import { validate } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { functionEntries, operationsOf } from '#infra/wiring.ts';
import { errorCodes } from '#shared/http/errors.ts';
import { openApiDocument } from '#shared/http/openapi.ts';
import { apiTags, operation } from '#shared/http/operation.ts';
import { contractChecker } from '../../support/contract.ts';

type Op = { operationId: string; summary: string; tags: string[]; security: unknown[]; requestBody?: { content: Record<string, { schema: object; example?: unknown }> }; responses: Record<string, { content?: Record<string, { schema?: object; example?: unknown }> }> };
const document = JSON.parse(JSON.stringify(openApiDocument(operationsOf(), '1.0.0'))) as { paths: Record<string, Record<string, Op>>; components: object };
const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })));
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
type Schema = { $ref?: string; properties?: Record<string, Schema>; enum?: string[] };
const resolved = (schema: Schema): Schema => (schema.$ref ? (document.components as { schemas: Record<string, Schema> }).schemas[schema.$ref.split('/').pop()!]! : schema);
const matches = (schema: object, value: unknown) => {
  const check = ajv.compile({ ...schema, components: document.components });
  return check(value) ? true : ajv.errorsText(check.errors);
};

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result, null, 1).slice(0, 3000)).toBe(true);
    // The validator does look: the same document with a broken reference is refused.
    const broken = structuredClone(document) as { paths: Record<string, Record<string, Op>> };
    broken.paths['/v1/me']!.get!.responses['200']!.content!['application/json']!.schema = { $ref: '#/components/schemas/Missing' };
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it('has one operation per route of the wiring, nothing missing and nothing extra', () => {
    // The issuer's ANY /oidc/{proxy+} is described by its own discovery document, not by this one.
    const routes = functionEntries.flatMap(([, spec]) => (spec.routes ?? []).filter((r) => r.operation).map((r) => `${r.method} ${r.path}`));
    expect(routes.length).toBe(functionEntries.flatMap(([, spec]) => spec.routes ?? []).length - 1);
    expect(operations.map((o) => o.key).sort()).toEqual(routes.sort());
    expect(new Set(operations.map((o) => o.op.operationId)).size).toBe(operations.length);
  });

  it('names every operation in Chinese and English, tags it by area and says how it is secured', () => {
    for (const { key, op } of operations) {
      expect(op.summary, key).toMatch(/^\S*[\u4e00-\u9fff].* · [A-Z][\w ,'()/-]+/);
      expect(Object.keys(apiTags), key).toContain(op.tags[0]);
      const route = functionEntries.flatMap(([, spec]) => spec.routes ?? []).find((r) => `${r.method} ${r.path}` === key)!;
      expect(op.security, key).toEqual(route.auth === 'jwt' ? [{ bearer: [] }] : []);
      if (route.auth === 'jwt') expect(Object.keys(op.responses), key).toContain('401');
    }
  });

  // Resolves every refusal schema of every operation: seconds on a busy machine, so not the default 5 s budget.
  it('describes every refusal in the one error shape, with codes a client can branch on', { timeout: 60_000 }, () => {
    for (const { key, op } of operations) {
      for (const [status, response] of Object.entries(op.responses).filter(([s]) => s.startsWith('4'))) {
        const schema = response.content!['application/json']!.schema!;
        const codes = resolved(resolved(schema).properties!.error!).properties!.code!.enum!;
        expect(codes.length, `${key} ${status}`).toBeGreaterThan(0);
        for (const code of codes) {
          expect(Object.keys(errorCodes), `${key} ${status}`).toContain(code);
          expect(matches(schema, { error: { code, message: '…', fields: [{ path: 'body.x', message: '…' }] } }), `${key} ${status}`).toBe(true);
        expect(matches(schema, { error: { code: 'not_a_code', message: '…', fields: [] } }), `${key} ${status}`).not.toBe(true);
        }
      }
    }
    const command = document.paths['/v1/rectifications/{id}/acknowledge']!.post!;
    expect(resolved(command.responses['409']!.content!['application/json']!.schema!)).toMatchObject({ properties: { error: { properties: { code: { enum: ['version_conflict', 'invalid_transition'] } } } } });
  });

  it('has examples for the main operations, each valid against its own schema', () => {
    const examples = operations.flatMap(({ key, op }) => [
      ...Object.entries(op.requestBody?.content ?? {}).map(([type, media]) => ({ at: `${key} request ${type}`, ...media })),
      ...Object.entries(op.responses).flatMap(([status, r]) => Object.entries(r.content ?? {}).map(([type, media]) => ({ at: `${key} ${status} ${type}`, ...media }))),
    ]).filter((e) => e.example !== undefined);
    expect(examples.length).toBeGreaterThanOrEqual(15);
    for (const main of ['POST /v1/rectifications', 'POST /v1/checklist-submissions', 'POST /v1/inspection-filings', 'POST /v1/inspection-filings/{id}/result', 'POST /v1/inspection-codes/{code}/rating']) {
      expect(examples.map((e) => e.at)).toContain(`${main} request application/json`);
    }
    for (const { at, schema, example } of examples) expect(matches(schema!, example), at).toBe(true);
  });
});

describe('the answer check the integration tests run', () => {
  const Thing = z.object({ id: z.string(), count: z.number().int() });
  const tiny = (schema: z.ZodType) =>
    contractChecker(
      JSON.parse(
        JSON.stringify(
          openApiDocument(
            [
              operation({ operationId: 'getThing', method: 'GET', path: '/things/{id}', tag: '平台', summary: '物 · Thing', roles: [], params: z.object({ id: z.string() }), responses: { 200: { description: 'ok', schema } }, refusals: { 404: ['not_found'] } }),
            ],
            'test',
          ),
        ),
      ),
    );
  const answer = (status: number, body: unknown) => ({ method: 'GET', path: '/things/7', status, contentType: 'application/json; charset=utf-8', body });

  it('accepts an answer the document describes', () => {
    expect(tiny(Thing).check(answer(200, { id: '7', count: 2 }))).toBe('getThing');
    expect(tiny(Thing).check(answer(404, { error: { code: 'not_found', message: 'no thing 7', fields: [] } }))).toBe('getThing');
  });

  it('fails an answer whose body does not match the schema, including an extra field', () => {
    expect(() => tiny(Thing).check(answer(200, { id: '7', count: 'two' }))).toThrow(/does not match its schema/);
    expect(() => tiny(Thing).check(answer(200, { id: '7', count: 2, secret: 'x' }))).toThrow(/additional properties/);
    // A deliberately wrong schema: the real answer no longer fits it.
    expect(() => tiny(Thing.extend({ count: z.string() })).check(answer(200, { id: '7', count: 2 }))).toThrow(/must be string/);
  });

  it('fails a status, an error code or a media type the document does not describe', () => {
    expect(() => tiny(Thing).check(answer(409, { error: { code: 'conflict', message: 'x', fields: [] } }))).toThrow(/does not describe status 409/);
    expect(() => tiny(Thing).check(answer(404, { error: { code: 'gone', message: 'x', fields: [] } }))).toThrow(/does not match its schema/);
    expect(() => tiny(Thing).check({ ...answer(200, undefined), contentType: 'text/html' })).toThrow(/content type/);
    expect(() => tiny(Thing).check({ ...answer(200, {}), path: '/other' })).toThrow(/no operation/);
  });
});

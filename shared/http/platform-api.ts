import * as z from 'zod';
import { Role, TenantCode } from '../tenancy/tenant.ts';
import { operation } from './operation.ts';

const Check = z.object({ status: z.enum(['ok', 'unreachable']), error: z.string().optional() });
const HealthReport = z.object({ status: z.enum(['ok', 'degraded']), checks: z.object({ table: Check, queues: z.record(z.string(), Check) }) });

/** The files of the reference page, served beside it (bundled Swagger UI: no CDN, no request leaves the bureau's network). */
export const docsAssets = { 'swagger-ui.css': 'text/css; charset=utf-8', 'swagger-ui-bundle.js': 'text/javascript; charset=utf-8', 'init.js': 'text/javascript; charset=utf-8' } as const;

export const platformApi = {
  me: operation({
    operationId: 'getMe',
    method: 'GET',
    path: '/v1/me',
    tag: '平台',
    summary: '当前用户 · Who the token says you are',
    roles: [],
    responses: {
      200: {
        description: 'the caller',
        schema: z.object({ userId: z.string(), name: z.string().optional(), tenant: TenantCode, organisation: z.string(), organisationName: z.string().nullable(), roles: z.array(Role), seesWholeBureau: z.boolean().describe('reads every rectification item of the bureau; otherwise its own and those it follows up'), seesAllFilings: z.boolean().describe("reads every agency's inspection filings; otherwise its own agency's") }),
      },
    },
  }),
  health: operation({
    operationId: 'getHealth',
    method: 'GET',
    path: '/health',
    tag: '平台',
    summary: '健康检查 · Whether the table and the consumer queues are reachable',
    roles: 'public',
    responses: { 200: { description: 'all reachable', schema: HealthReport }, 503: { description: 'something is unreachable', schema: HealthReport } },
  }),
  contract: operation({
    operationId: 'getOpenApiDocument',
    method: 'GET',
    path: '/openapi.json',
    tag: '平台',
    summary: '接口文档 · This OpenAPI 3.1 document',
    roles: 'public',
    responses: { 200: { description: 'the document', schema: z.looseObject({ openapi: z.literal('3.1.0') }) } },
  }),
  docs: operation({
    operationId: 'getApiReference',
    method: 'GET',
    path: '/docs',
    tag: '平台',
    summary: '接口参考页 · The reference page of this API',
    roles: 'public',
    responses: { 200: { description: 'an HTML page rendering /openapi.json', html: true } },
  }),
  docsAsset: operation({
    operationId: 'getApiReferenceAsset',
    method: 'GET',
    path: '/docs/{asset}',
    tag: '平台',
    summary: '参考页资源 · A script or style sheet of the reference page',
    roles: 'public',
    params: z.object({ asset: z.enum(Object.keys(docsAssets) as [keyof typeof docsAssets]) }),
    responses: { 200: { description: 'the file', files: [...new Set(Object.values(docsAssets))] } },
    refusals: { 404: ['not_found'] },
  }),
};

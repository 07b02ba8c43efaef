import * as z from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponseObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { type ErrorCode, errorCodes } from './errors.ts';
import { type AnyOperation, apiTags, refusalsOf, type RefusalStatus } from './operation.ts';

const refusalTitles: Record<RefusalStatus, string> = {
  400: 'bad input',
  401: 'not signed in',
  403: 'not allowed',
  404: 'not found',
  409: 'conflict with the current state',
  413: 'body too large',
  415: 'unsupported media type',
  422: 'refused by a rule',
};

const pascal = (code: string) => code.replace(/(^|_)(\w)/g, (_m, _s, c: string) => c.toUpperCase());
const errorShapes = new Map<string, z.ZodType>();
/** The one error shape, with the codes a status can carry for an operation; one component per set of codes. */
const errorShape = (codes: readonly ErrorCode[]) => {
  const id = `Error${codes.map(pascal).join('Or')}`;
  let shape = errorShapes.get(id);
  if (!shape) {
    shape = z
      .object({
        error: z.looseObject({
          code: z.enum(codes as [ErrorCode, ...ErrorCode[]]),
          message: z.string(),
          fields: z.array(z.object({ path: z.string().describe('`body.measures.0.text`, `query.cursor`, `path.id` …'), message: z.string() })),
        }),
      })
      .meta({ id });
    errorShapes.set(id, shape);
  }
  return shape;
};

const IdempotencyHeader = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().describe('a key of your choosing; a retry with the same key answers the first result instead of acting twice'),
});

const responsesOf = (op: AnyOperation): ZodOpenApiResponsesObject => {
  const responses: Record<`${number}`, ZodOpenApiResponseObject> = {};
  for (const [status, answer] of Object.entries(op.responses)) {
    if (!answer) continue;
    if ('schema' in answer) {
      responses[status as `${number}`] = { description: answer.description, content: { 'application/json': { schema: answer.schema, ...(answer.example === undefined ? {} : { example: answer.example }) } } };
    } else if ('files' in answer) {
      responses[status as `${number}`] = {
        description: answer.description,
        content: Object.fromEntries(answer.files.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
      };
    } else {
      responses[status as `${number}`] = { description: answer.description, content: { 'text/html': { schema: { type: 'string' } } } };
    }
  }
  for (const [status, codes] of refusalsOf(op)) {
    responses[`${status}`] = {
      description: `${refusalTitles[status]}: ${codes.map((code) => `\`${code}\` ${errorCodes[code]}`).join('; ')}`,
      content: { 'application/json': { schema: errorShape(codes) } },
    };
  }
  return responses;
};

const operationObject = (op: AnyOperation): ZodOpenApiOperationObject => ({
  operationId: op.operationId,
  summary: op.summary,
  description: [op.description, op.roles === 'public' ? 'Public: no token.' : op.roles.length ? `Roles: ${op.roles.join(', ')}.` : 'Any signed-in caller.']
    .filter(Boolean)
    .join('\n\n'),
  tags: [op.tag],
  security: op.roles === 'public' ? [] : [{ bearer: [] }],
  requestParams: Object.fromEntries(
    Object.entries({ path: op.params, query: op.query, header: op.idempotencyKey ? IdempotencyHeader : undefined }).filter(([, schema]) => schema),
  ),
  ...(op.body
    ? {
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: op.body, ...(op.example === undefined ? {} : { example: op.example }) },
            'application/x-www-form-urlencoded': { schema: op.body },
          },
        },
      }
    : {}),
  ...(op.upload
    ? {
        requestBody: {
          required: true,
          description: op.upload.description,
          content: Object.fromEntries(op.upload.mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
        },
      }
    : {}),
  responses: responsesOf(op),
});

/**
 * The OpenAPI 3.1 document of the given operations (the wiring's routes), rendered from the very zod
 * schemas the handlers parse with and answer by: there is no second copy of a schema to drift.
 */
export const openApiDocument = (operations: readonly AnyOperation[], version: string) => {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of [...operations].sort((a, b) => a.path.localeCompare(b.path))) {
    paths[op.path] = { ...paths[op.path], [op.method.toLowerCase()]: operationObject(op) };
  }
  return createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: '县司法局检查与整改平台 API · Judicial inspection and rectification platform',
        version,
        description: [
          'Inspection checklists (检查清单), enterprise-inspection filings (涉企行政检查备案), rectification tracking (整改), reports and reminders of one county-level judicial administration bureau.',
          'Sign in through the bureau\'s OpenID Connect issuer and send the token as `Authorization: Bearer …`; the token names your bureau (tenant), organisation and roles. Bodies are JSON (or form-urlencoded). Every refusal answers `{"error": {"code", "message", "fields"}}`: branch on `code`.',
        ].join('\n\n'),
      },
      servers: [{ url: '/' }],
      tags: Object.entries(apiTags).map(([name, description]) => ({ name, description })),
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      paths,
    },
  );
};

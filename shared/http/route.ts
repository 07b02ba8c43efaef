import type * as z from 'zod';
// The one locale we use, imported alone: `z.locales` would bring all forty into every bundle.
import chineseLocale from 'zod/v4/locales/zh-CN.js';
import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpUrlencodeBodyParser from '@middy/http-urlencode-body-parser';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Role } from '../tenancy/tenant.ts';
import { logger } from '../observability.ts';
import { type Caller, callerFrom, requireRole } from './caller.ts';
import { type FieldProblem, HttpError, badRequest, fieldsFromZod, payloadTooLarge, unsupportedMediaType } from './errors.ts';
import type { Operation } from './operation.ts';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type CallerContext = Context & { caller?: Caller };
type Request = middy.Request<Event, APIGatewayProxyStructuredResultV2, Error, Context>;

export type { HttpMethod } from './operation.ts';
/** `file`: bytes sent as they are (a download when it has a file name, e.g. exports) instead of a JSON body. */
export type Reply = { status?: number; body?: unknown; headers?: Record<string, string>; file?: { bytes: Buffer; contentType: string; filename?: string } };

type Inputs<B, Q, P> = Pick<Operation<B, Q, P>, 'body' | 'query' | 'params' | 'maxBodyBytes' | 'upload'>;
/** `upload`: the file an upload operation was sent (empty for others). */
type Parsed<B, Q, P> = { body: B; query: Q; params: P; upload: Buffer; headers: Record<string, string | undefined>; event: Event; context: Context };

/** Generous for forms and JSON; evidence files go to object storage, never through a request body. */
const defaultMaxBodyBytes = 256 * 1024;
const acceptedBodies = ['application/json', 'application/x-www-form-urlencoded'];

const json = (status: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 => ({
  statusCode: status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: body === undefined ? '' : JSON.stringify(body),
});

const fileReply = (file: NonNullable<Reply['file']>, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 200,
  headers: {
    'content-type': file.contentType,
    ...(file.filename
      ? {
          // RFC 6266/5987: an ASCII fallback and the UTF-8 name, so Chinese file names survive every browser.
          'content-disposition': `attachment; filename="${file.filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
          'cache-control': 'no-store',
        }
      : {}),
    ...headers,
  },
  body: file.bytes.toString('base64'),
  isBase64Encoded: true,
});

// People at the bureau read refusals in Chinese: a client asking for zh gets zod's zh-CN messages
// (a schema's own message, where it has one, stays as written). Codes and paths never change.
const zhCN = chineseLocale().localeError;
const chineseMessage: z.core.$ZodErrorMap = (issue) => {
  const missing = (issue.code === 'invalid_type' && issue.input === undefined) || (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1);
  return missing ? '必填' : zhCN(issue);
};
const prefersChinese = (event: Event) => /^\s*zh\b/i.test(event.headers?.['accept-language'] ?? event.headers?.['Accept-Language'] ?? '');

/** Parses path, query and body together, so one answer names every bad field. */
const parseInputs = <B, Q, P>(inputs: Inputs<B, Q, P>, event: Event) => {
  const problems: FieldProblem[] = [];
  const chinese = prefersChinese(event);
  const parse = <T>(schema: Operation<T>['body'], value: unknown, where: 'path' | 'query' | 'body'): T => {
    if (!schema) return undefined as T;
    const result = schema.safeParse(value ?? {}, chinese ? { error: chineseMessage } : undefined);
    if (result.success) return result.data;
    problems.push(...fieldsFromZod(result.error, where));
    return undefined as T;
  };
  const params = parse(inputs.params, event.pathParameters, 'path');
  const query = parse(inputs.query, event.queryStringParameters, 'query');
  const body = parse(inputs.body, event.body, 'body');
  if (problems.length) throw badRequest(chinese ? '请求内容有误，请按提示修改' : 'invalid request', problems);
  return { params, query, body };
};

/** Client errors thrown by middy's parsers (malformed JSON …) carry `statusCode` and `expose`. */
const asHttpError = (error: unknown): HttpError | undefined => {
  if (error instanceof HttpError) return error;
  const status = (error as { statusCode?: number; expose?: boolean }).statusCode;
  if (status && status >= 400 && status < 500) {
    const code = 'unsupported_media_type';
    // The JSON parser answers 422 for a syntax error; to a client that is a malformed request.
    return status === 415 ? new HttpError(415, code, (error as Error).message) : badRequest('the request body is not valid JSON');
  }
  return undefined;
};

const build = <B, Q, P>(
  inputs: Inputs<B, Q, P>,
  authorize: (event: Event) => Caller | undefined,
  run: (request: Parsed<B, Q, P> & { caller: Caller | undefined }) => Promise<Reply>,
) => {
  const maxBodyBytes = inputs.maxBodyBytes ?? defaultMaxBodyBytes;
  const handler = middy<Event, APIGatewayProxyStructuredResultV2>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    // API Gateway's request id names the request's log lines; read directly, not through Powertools' JMESPath
    // search, whose engine every function would otherwise load at cold start for this one path.
    .before((request: Request) => logger.setCorrelationId(request.event.requestContext?.requestId))
    .use({
      // Registered first so its onError runs last: every failure leaves in the one error shape.
      onError: (request: Request) => {
        const known = asHttpError(request.error);
        if (known) {
          logger.info('request refused', { status: known.status, code: known.code, fields: known.fields });
          request.response = json(known.status, known.toBody());
        } else {
          logger.error('request failed', { error: request.error });
          request.response = json(500, { error: { code: 'internal_error', message: 'internal error', fields: [] } });
        }
      },
    })
    .use({
      before: (request: Request) => {
        // Authenticate before parsing, so a stranger learns nothing about the body we expect.
        (request.context as CallerContext).caller = authorize(request.event);
        const raw = request.event.body;
        if (raw !== undefined && raw !== null) {
          const size = request.event.isBase64Encoded ? Buffer.from(raw, 'base64').length : Buffer.byteLength(raw);
          if (size > maxBodyBytes) throw payloadTooLarge(maxBodyBytes);
        }
      },
    })
    .use(httpHeaderNormalizer());
  if (inputs.upload) {
    const { mediaTypes } = inputs.upload;
    handler.use({
      before: (request: Request) => {
        const type = (request.event.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (!mediaTypes.includes(type)) throw unsupportedMediaType([...mediaTypes]);
        if (!request.event.body) throw badRequest('the file is missing: send it as the request body', [{ path: 'body', message: 'is empty' }]);
      },
    });
  }
  if (inputs.body) {
    handler
      .use(httpJsonBodyParser({ disableContentTypeError: true }))
      .use(httpUrlencodeBodyParser({ disableContentTypeError: true }))
      .use({
        before: (request: Request) => {
          if (typeof request.event.body === 'string' || request.event.body === undefined) throw unsupportedMediaType(acceptedBodies);
        },
      });
  }
  return handler.handler(async (event: Event, context: Context) => {
    const reply = await run({
      caller: (context as CallerContext).caller,
      ...parseInputs(inputs, event),
      upload: inputs.upload && event.body ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0),
      headers: event.headers,
      event,
      context,
    });
    if (reply.file) return fileReply(reply.file, reply.headers);
    return json(reply.status ?? 200, reply.body, reply.headers);
  });
};

/** A Lambda handler serving one operation; the router finds its method and path on it. */
export type OperationHandler = ReturnType<typeof build> & { operation: Operation<any, any, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Serves an operation for signed-in callers holding one of its roles (none listed: any signed-in caller). */
export const httpRoute = <B = undefined, Q = undefined, P = undefined>(
  op: Operation<B, Q, P> & { roles: readonly Role[] },
  run: (request: Parsed<B, Q, P> & { caller: Caller }) => Promise<Reply>,
): OperationHandler =>
  Object.assign(
    build(
      op,
      (event) => {
        const caller = callerFrom(event);
        requireRole(caller, op.roles);
        return caller;
      },
      (request) => run({ ...request, caller: request.caller as Caller }),
    ),
    { operation: op },
  );

/** Serves an operation without a token (health, the contract, the enterprise's inspection-code pages). */
export const publicRoute = <B = undefined, Q = undefined, P = undefined>(op: Operation<B, Q, P> & { roles: 'public' }, run: (request: Parsed<B, Q, P>) => Promise<Reply>): OperationHandler =>
  Object.assign(build(op, () => undefined, run), { operation: op });

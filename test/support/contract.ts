import { appendFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { operationsOf } from '#infra/wiring.ts';
import { openApiDocument } from '#shared/http/openapi.ts';

type Document = { paths: Record<string, Record<string, OperationObject>>; components?: unknown };
type OperationObject = { operationId: string; responses: Record<string, { content?: Record<string, { schema?: object }> }> };
export type Answer = { method: string; path: string; status: number; contentType: string | null; body: unknown };

/**
 * Checks answers against an OpenAPI document: the operation must exist, must describe the status, and a
 * JSON body must match that status' schema (error answers included, so an undeclared error code fails).
 * Throws with what did not match; every integration request goes through it.
 */
export const contractChecker = (document: Document) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormatsModule as unknown as { default: (ajv: Ajv2020) => void }).default(ajv);
  const validators = new Map<object, ValidateFunction>();
  // API Gateway picks the most specific route: fewer parameters first.
  const templates = Object.keys(document.paths)
    .map((template) => ({ template, regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`), parameters: template.split('{').length }))
    .sort((a, b) => a.parameters - b.parameters);

  const operationOf = (method: string, path: string) => {
    // As the client's URL parser sends it: dot segments resolved, query apart.
    const bare = new URL(path, 'http://contract').pathname;
    for (const { template, regex } of templates) {
      const op = regex.test(bare) ? document.paths[template]![method.toLowerCase()] : undefined;
      if (op) return op;
    }
    return undefined;
  };

  const check = (answer: Answer): string => {
    const op = operationOf(answer.method, answer.path);
    if (!op) {
      // No route: API Gateway answers 404 before any function runs; that is all a client may get there.
      if (answer.status === 404 && (answer.body as { error?: { code?: string } } | undefined)?.error?.code === 'not_found') return 'no-route';
      throw new Error(`contract: no operation for ${answer.method} ${answer.path}, answered ${answer.status}`);
    }
    const response = op.responses[String(answer.status)];
    if (!response) throw new Error(`contract: ${op.operationId} does not describe status ${answer.status} (answered ${JSON.stringify(answer.body)})`);
    const mediaType = (answer.contentType ?? '').split(';')[0]!.trim();
    const content = Object.entries(response.content ?? {}).find(([type]) => type.split(';')[0] === mediaType);
    if (!content) throw new Error(`contract: ${op.operationId} ${answer.status} does not describe content type ${answer.contentType}`);
    const schema = content[1].schema;
    if (mediaType === 'application/json' && schema) {
      let validate = validators.get(schema);
      if (!validate) validators.set(schema, (validate = ajv.compile({ ...schema, components: document.components })));
      if (!validate(answer.body)) {
        throw new Error(`contract: ${op.operationId} ${answer.status} answer does not match its schema: ${ajv.errorsText(validate.errors, { separator: '; ' })}\n${JSON.stringify(answer.body).slice(0, 2000)}`);
      }
    }
    if (process.env.CONTRACT_LOG) appendFileSync(process.env.CONTRACT_LOG, `${op.operationId} ${answer.status}\n`);
    return op.operationId;
  };
  return { check, operationOf };
};

let ours: ReturnType<typeof contractChecker> | undefined;
/** The checker of our own document, as `/openapi.json` serves it. */
export const apiContract = () => (ours ??= contractChecker(JSON.parse(JSON.stringify(openApiDocument(operationsOf(), 'test'))) as Document));

/**
 * `fetch` whose every answer is checked against our document (operation, status, media type, JSON
 * schema), so an answer the contract does not describe fails whoever received it.
 */
export const contractFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request);
  const contentType = response.headers.get('content-type');
  const text = contentType?.startsWith('application/json') ? await response.clone().text() : '';
  apiContract().check({ method: request.method, path: new URL(request.url).pathname, status: response.status, contentType, body: text ? JSON.parse(text) : undefined });
  return response;
};

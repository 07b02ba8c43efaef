import type { z } from 'zod';

export type FieldProblem = { path: string; message: string };

/** The one error shape every route answers with: `{"error": {"code", "message", "fields"}}`. */
export type ErrorBody = { error: { code: string; message: string; fields: FieldProblem[] } };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toBody(): ErrorBody & Record<string, unknown> {
    return { error: { code: this.code, message: this.message, fields: this.fields, ...this.details } };
  }
}

export const badRequest = (message: string, fields: FieldProblem[] = []) => new HttpError(400, 'bad_request', message, fields);
export const unauthorized = (message = 'a valid bearer token is required') => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (message = 'not found') => new HttpError(404, 'not_found', message);
export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new HttpError(409, 'conflict', message, [], details);
export const payloadTooLarge = (limitBytes: number) =>
  new HttpError(413, 'payload_too_large', `request body exceeds ${limitBytes} bytes`);
export const unsupportedMediaType = (accepted: string[]) =>
  new HttpError(415, 'unsupported_media_type', `send the body as ${accepted.join(' or ')}`);
export const unprocessable = (message: string, fields: FieldProblem[] = [], details: Record<string, unknown> = {}) =>
  new HttpError(422, 'unprocessable', message, fields, details);

/** zod issues → field problems with dotted paths (`answers.3.value`), in the order zod found them. */
export const fieldsFromZod = (error: z.ZodError, prefix?: string): FieldProblem[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.') || (prefix ?? ''),
    message: issue.message,
  }));

export const invalidInput = (error: z.ZodError, prefix: 'body' | 'query' | 'path' | 'headers') =>
  badRequest(`invalid ${prefix}`, fieldsFromZod(error, prefix));

import * as z from 'zod';

export type FieldProblem = { path: string; message: string };

/**
 * The codes a client can branch on. The HTTP status says what kind of refusal it is; the code says
 * which one, so a form can show "refresh, someone else changed this" apart from "that step is not
 * allowed now".
 */
export const errorCodes = {
  bad_request: 'a field is missing or malformed; `fields` names each',
  unauthorized: 'no token, or a token without our claims',
  forbidden: 'your role or organisation may not do this',
  not_found: 'no such record in your bureau',
  version_conflict: 'the record changed since you read it: read it again (`currentVersion`)',
  invalid_transition: 'this step is not allowed in the current state (`currentStatus`)',
  conflict: 'the request conflicts with the current state of the record',
  payload_too_large: 'the request body, or the file an upload is asked for, is larger than accepted (`maxBytes` for files)',
  unsupported_media_type: 'send the body as application/json or application/x-www-form-urlencoded',
  unprocessable: 'well-formed, but refused by a rule; `fields` names the field',
  organisation_unknown: 'the request names an organisation this bureau does not have; `fields` names where',
  organisation_inactive: 'the request names a deactivated organisation: it keeps its history but gets no new work',
  idempotency_key_reused: 'the Idempotency-Key was used before with another body: a new request needs a new key',
  calendar_unknown: 'the working-day calendar does not know that year yet (`year`): an admin must enter it',
  filing_rules_broken: 'the filing breaks rules; `rules` lists every hit with its reason code',
  check_character: 'the credit code fails the GB 32100 check character (`expected`); send an override with a reason',
  internal_error: 'our fault; nothing about it is disclosed',
} as const;
export type ErrorCode = keyof typeof errorCodes;

/** The one error shape every route answers with; refusals may add details beside the three fields. */
export const ErrorBody = z.object({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, fields: this.fields, ...this.details } };
  }
}

export const badRequest = (message: string, fields: FieldProblem[] = []) => new HttpError(400, 'bad_request', message, fields);
export const unauthorized = (message = 'a valid bearer token is required') => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (message = 'not found') => new HttpError(404, 'not_found', message);
export const conflict = (message: string, details: Record<string, unknown> = {}) => new HttpError(409, 'conflict', message, [], details);
/** Optimistic locking: the client's `expectedVersion` is not the record's version any more. */
export const versionConflict = (message: string, details: { currentVersion?: number; currentStatus?: string }) =>
  new HttpError(409, 'version_conflict', message, [], details);
export const invalidTransition = (message: string, details: { currentVersion?: number; currentStatus: string }) =>
  new HttpError(409, 'invalid_transition', message, [], details);
export const payloadTooLarge = (limitBytes: number) =>
  new HttpError(413, 'payload_too_large', `request body exceeds ${limitBytes} bytes`);
export const unsupportedMediaType = (accepted: string[]) =>
  new HttpError(415, 'unsupported_media_type', `send the body as ${accepted.join(' or ')}`);
export const unprocessable = (message: string, fields: FieldProblem[] = [], details: Record<string, unknown> = {}, code: ErrorCode = 'unprocessable') =>
  new HttpError(422, code, message, fields, details);
export const calendarUnknown = (message: string, year: number) => new HttpError(422, 'calendar_unknown', message, [], { year });

/** zod issues → field problems with dotted paths (`answers.3.value`), in the order zod found them. */
export const fieldsFromZod = (error: z.ZodError, prefix?: string): FieldProblem[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.') || (prefix ?? ''),
    message: issue.message,
  }));

export const invalidInput = (error: z.ZodError, prefix: 'body' | 'query' | 'path' | 'headers') =>
  badRequest(`invalid ${prefix}`, fieldsFromZod(error, prefix));

import type * as z from 'zod';
import type { Role } from '../tenancy/tenant.ts';
import type { ErrorCode } from './errors.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Schema<T> = z.ZodType<T, unknown>;

/** The areas of the API, as the reference page groups them. */
export const apiTags = {
  整改: 'Rectification items (整改事项): assignment, life-cycle commands, lists, tenant rules',
  检查清单: 'Checklist templates, targets and submissions (检查清单/评查)',
  涉企检查: 'Enterprise-inspection filings, reference data and the enterprise\'s inspection-code pages (涉企行政检查)',
  佐证材料: 'Evidence files (佐证材料): presigned uploads, checked when a command references them, and downloads',
  报表: 'Reports, exports and quarterly reports (报表)',
  提醒: 'In-app notifications and reminder settings (提醒)',
  设置: 'Working-day calendar and other settings (设置)',
  平台: 'The signed-in caller, health, and this contract',
} as const;
export type ApiTag = keyof typeof apiTags;

/** A success answer: a JSON body described by a schema, or a file download of the listed media types. */
export type SuccessAnswer = { description: string; schema: z.ZodType; example?: unknown } | { description: string; files: readonly string[] } | { description: string; html: true };
export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422;

/**
 * One HTTP operation, declared once: the handler serves it (`httpRoute`), the wiring routes it, and the
 * OpenAPI document describes it — so the contract other systems read is the code that runs.
 */
export type Operation<B = unknown, Q = unknown, P = unknown> = {
  operationId: string;
  method: HttpMethod;
  path: `/${string}`;
  tag: ApiTag;
  /** Chinese first, then English: `交办整改事项 · Assign a rectification item`. */
  summary: string;
  description?: string;
  /** Signed-in callers holding one of these roles (`[]`: any signed-in caller), or `public` (no token). */
  roles: readonly Role[] | 'public';
  /** Tighter API Gateway limits for one (public) route, requests per second. */
  throttle?: { rateLimit: number; burstLimit: number };
  params?: Schema<P>;
  query?: Schema<Q>;
  body?: Schema<B>;
  /** A file sent as the request body as it is (an .xlsx to import), instead of a JSON or form body. */
  upload?: { mediaTypes: readonly string[]; description: string };
  maxBodyBytes?: number;
  /** Takes an `Idempotency-Key` header: a retry with the same key answers the first result. */
  idempotencyKey?: true;
  responses: Partial<Record<200 | 201 | 503, SuccessAnswer>>;
  /** Refusals beyond those its inputs and roles imply, each with the codes a client can branch on. */
  refusals?: Partial<Record<RefusalStatus, readonly ErrorCode[]>>;
  /** A request body in Chinese, valid against `body`: the reference page shows it. */
  example?: unknown;
};

export type AnyOperation = Operation<any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Declares an operation, keeping the types of its inputs for the handler. */
export const operation = <B = undefined, Q = undefined, P = undefined, const R extends readonly Role[] | 'public' = readonly Role[]>(
  spec: Operation<B, Q, P> & { roles: R },
): Operation<B, Q, P> & { roles: R } => spec;

/** Every refusal an operation can answer, by status: those implied by its shape plus those it declares. */
export const refusalsOf = (op: AnyOperation): Map<RefusalStatus, ErrorCode[]> => {
  const refusals = new Map<RefusalStatus, ErrorCode[]>();
  const add = (status: RefusalStatus, ...codes: ErrorCode[]) => refusals.set(status, [...new Set([...(refusals.get(status) ?? []), ...codes])]);
  if (op.params || op.query || op.body) add(400, 'bad_request');
  if (op.roles !== 'public') add(401, 'unauthorized');
  if (op.roles !== 'public' && op.roles.length > 0) add(403, 'forbidden');
  if (op.upload) add(400, 'bad_request');
  if (op.body || op.upload) {
    add(413, 'payload_too_large');
    add(415, 'unsupported_media_type');
  }
  for (const [status, codes] of Object.entries(op.refusals ?? {})) add(Number(status) as RefusalStatus, ...(codes ?? []));
  return new Map([...refusals.entries()].sort(([a], [b]) => a - b));
};

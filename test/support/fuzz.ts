import fc from 'fast-check';
import { exampleUsers } from '#infra/local/example-data.ts';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { operationsOf } from '#infra/wiring.ts';
import type { AnyOperation } from '#shared/http/operation.ts';
import { changedKeys, type storeWatch } from './store-watch.ts';

type Stack = {
  auth: { sign(user: DevUser): Promise<string> };
  fetch(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; json(): Record<string, unknown> }>;
};

/** Values from inside and outside every schema: what a careless client or an attacker sends. */
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', 'x'.repeat(5000), '9999-12-31', '2026-02-30', '-1', '1e309', '0x10', '\u0000', '﷽', '%E0%A4%A', 'office-aoyang', '91360923MA35F2K8XC'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 60 }),
  // deep nesting
  fc.integer({ min: 50, max: 400 }).map((depth) => JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)) as unknown),
);

const segment = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
  fc.stringMatching(/^[0-9A-Z]{26}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{32}$/),
  fc.constantFrom('%E0%A4%A', '%00', '%2F', 'x'.repeat(3000), 'office-aoyang', '2026', '2026-Q4.xlsx', 'rectifications.xlsx', 'swagger-ui.css'),
);

/** Mutates a valid body: one field replaced, dropped or joined by an extra one. */
const mutated = (example: unknown) =>
  fc.tuple(fc.constantFrom('replace', 'drop', 'extra'), hostile, fc.nat()).map(([how, value, pick]) => {
    if (!example || typeof example !== 'object' || Array.isArray(example)) return value;
    const copy: Record<string, unknown> = { ...(example as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const key = keys[pick % Math.max(keys.length, 1)] ?? 'x';
    if (how === 'replace') copy[key] = value;
    else if (how === 'drop') delete copy[key];
    else copy[`extra${pick % 3}`] = value;
    return copy;
  });

const requestOf = (op: AnyOperation) =>
  fc.record({
    path: fc.array(segment, { minLength: 4, maxLength: 4 }).map((values) => {
      let i = 0;
      return op.path.replace(/\{[^}]+\}/g, () => values[i++]!);
    }),
    query: fc.dictionary(fc.constantFrom('limit', 'cursor', 'status', 'colour', 'organisation', 'year', 'from', 'to', 'subject', 'kind', 'active', 'agency', 'dueBefore', 'x'), fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('-1', '1e9', '2026-13-01', 'true', 'x'.repeat(3000)))),
    body: op.example === undefined ? hostile : fc.oneof(mutated(op.example), hostile, fc.constant(op.example)),
    form: fc.boolean(),
    user: fc.constantFrom<DevUser | undefined>(undefined, ...Object.values(exampleUsers)),
  });

/**
 * The one refusal that is recorded on purpose: a filing plan the rules refuse (422) is kept as a
 * rejection with its event, because refused plans by reason are a figure of the inspection report.
 */
const recordedRefusal = (op: AnyOperation, status: number, written: string[]) =>
  op.operationId === 'fileInspectionPlan' && status === 422 && written.every((key) => /#FILING#REJECTION#|#EVENT#/.test(key));

export type FuzzReport = { requests: number; byStatus: Record<string, number>; refusalsChecked: number; failures: string[] };

/**
 * Sends generated requests to every operation of the wiring: bodies, queries and path values from inside
 * and outside each operation's schemas. Each answer goes through the contract check of `stack.fetch`
 * (status and error shape described by the document); a 5xx or an undescribed answer is a failure. With
 * a `store` watch, every refusal (4xx) is also checked to have written nothing.
 */
export const fuzzApi = async (stack: Stack, options: { runs: number; seed?: number; store?: ReturnType<typeof storeWatch> }): Promise<FuzzReport> => {
  const operations = operationsOf().filter((op) => op.path !== '/docs/{asset}' && op.path !== '/openapi.json' && op.path !== '/docs');
  const tokens = new Map<DevUser, string>();
  const report: FuzzReport = { requests: 0, byStatus: {}, refusalsChecked: 0, failures: [] };
  let stored = await options.store?.snapshot();
  const arbitrary = fc.constantFrom(...operations).chain((op) => requestOf(op).map((request) => ({ op, request })));
  for (const { op, request } of fc.sample(arbitrary, { numRuns: options.runs, seed: options.seed ?? 2026 })) {
    const headers: Record<string, string> = {};
    if (request.user) {
      if (!tokens.has(request.user)) tokens.set(request.user, await stack.auth.sign(request.user));
      headers.authorization = `Bearer ${tokens.get(request.user)}`;
    }
    let body: string | undefined;
    if (op.method !== 'GET') {
      if (request.form && request.body && typeof request.body === 'object' && !Array.isArray(request.body)) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(Object.entries(request.body).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
      } else {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(request.body) ?? 'null';
      }
    }
    const query = new URLSearchParams(request.query).toString();
    const path = `${request.path}${query ? `?${query}` : ''}`;
    report.requests += 1;
    try {
      const response = await stack.fetch(path, { method: op.method, headers, body });
      report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1;
      if (response.status >= 500) report.failures.push(`${op.method} ${path.slice(0, 200)} → ${response.status}`);
      if (options.store && stored) {
        if (response.status < 400) await options.store.quiet(); // accepted: its consumers write now
        let now = await options.store.snapshot();
        const written = changedKeys(stored, now);
        if (response.status >= 400 && written.length) {
          if (recordedRefusal(op, response.status, written)) {
            await options.store.quiet();
            now = await options.store.snapshot();
          } else report.failures.push(`${op.method} ${path.slice(0, 200)} → ${response.status} but wrote ${written.slice(0, 3).join(', ')} (body ${body?.slice(0, 200)})`);
        }
        if (response.status >= 400) report.refusalsChecked += 1;
        stored = now;
      }
    } catch (error) {
      report.failures.push(`${op.method} ${path.slice(0, 200)} body ${body?.slice(0, 200)}: ${(error as Error).message.slice(0, 600)}`);
    }
  }
  return report;
};

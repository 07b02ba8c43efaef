import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, inject } from 'vitest';
import { devAuth, type DevUser } from '#infra/local/dev-auth.ts';
import { type RuntimeOptions, startRuntime } from '#infra/local/runtime.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import type { CheckpointStore } from '#infra/local/stream-poller.ts';
import { ensureCalendarYears } from './calendar-fixture.ts';
import { contractFetch } from '../../support/contract.ts';

export const memoryCheckpoints = (): CheckpointStore & { current: Record<string, string> } => {
  const store = {
    current: {} as Record<string, string>,
    load: () => ({ ...store.current }),
    save: (checkpoints: Record<string, string>) => void (store.current = { ...checkpoints }),
  };
  return store;
};

/**
 * The local runtime on the shared embedded services, under a fresh stage so no two test files
 * share a table or a queue. Retries are quick (1 s visibility) so DLQ behaviour is observable.
 */
export const startTestStack = async (options: Partial<RuntimeOptions> = {}) => {
  const auth = await devAuth();
  const runtime = await startRuntime({
    stage: `t${randomBytes(4).toString('hex')}`,
    services: inject('services'),
    auth,
    checkpoints: memoryCheckpoints(),
    httpPort: 0,
    visibilityTimeoutSeconds: 1,
    idleWaitMs: 50,
    runSchedulesOnTime: false,
    // LOCAL_RUNTIME_LOG=1 shows what the runtime does (polls, invocations, failures).
    log: process.env.LOCAL_RUNTIME_LOG ? undefined : () => undefined,
    ...options,
  });
  /** `fetch` against the stack, every answer checked against the contract. */
  const checkedFetch = async (path: string, init: RequestInit = {}) => {
    const response = await contractFetch(`${runtime.url}${path}`, init);
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, bytes, text: () => bytes.toString('utf8'), json: () => JSON.parse(bytes.toString('utf8')) as Record<string, any> };
  };
  const request = async (method: string, path: string, init: { user?: DevUser; token?: string; body?: unknown; form?: string } = {}) => {
    const headers: Record<string, string> = {};
    const token = init.token ?? (init.user ? await auth.sign(init.user) : undefined);
    if (token) headers.authorization = `Bearer ${token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await checkedFetch(path, { method, headers, body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)) });
    const json = response.headers.get('content-type')?.startsWith('application/json') && response.bytes.length > 0;
    return { status: response.status, body: json ? response.json() : undefined };
  };
  return { runtime, auth, request, fetch: checkedFetch, contractFetch };
};

/**
 * A stack with the example county loaded and a calendar for last, this and next year, stopped after the
 * file's tests: what most journeys start from.
 */
export const exampleStack = (): TestStack => {
  let stack: TestStack | undefined;
  beforeAll(async () => {
    stack = await startTestStack();
    await seedExampleData();
    await ensureCalendarYears(stack);
  });
  afterAll(() => stack?.runtime.stop());
  // Tests hold the stack before it has started: each use reaches the started one.
  return new Proxy({} as TestStack, { get: (_target, key) => stack![key as keyof TestStack] });
};
export type TestStack = Awaited<ReturnType<typeof startTestStack>>;

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export const eventually = async <T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(50);
  }
};

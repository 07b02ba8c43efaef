import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { idempotencyTable, identityTable, recordsTable } from '#shared/store/table-schema.ts';
import { invocation } from '#shared/observability.ts';
import type { ScheduledRun } from '#shared/scheduled.ts';
import { defaultBatchSize, defaultMaxReceiveCount, defaultTimeoutSeconds, type FunctionEntry, functionEntries, subscriptions } from '../wiring.ts';
import type { DevAuth } from './dev-auth.ts';
import type { ServiceEndpoints } from './embedded-services.ts';
import { freePort } from './ports.ts';
import { localAwsEnvironment } from './local-aws.ts';
import { type GatewayRoute, startHttpGateway } from './http-gateway.ts';
import { webPages } from './web-pages.ts';
import { type LambdaHandler, lambdaContext } from './lambda-context.ts';
import { provisionBuckets, provisionQueues, provisionTables, type ProvisionedQueue } from './provision.ts';
import { pollQueue } from './queue-poller.ts';
import { resourceNames } from './resource-names.ts';
import { runSchedules } from './scheduler.ts';
import { type DeadLetter, type DeadLetterStore, keepSettledCheckpoint } from './settled-checkpoint.ts';
import { type CheckpointStore, pollStream } from './stream-poller.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

const memoryDeadLetters = (): DeadLetterStore => {
  let letters: DeadLetter[] = [];
  return { load: () => letters, save: (next) => void (letters = next) };
};

/** What the runtime serves for a wiring: routes, event subscriptions and schedules. */
export const plan = (specs: readonly FunctionEntry[]) => ({
  routes: specs.flatMap(([functionName, spec]) => (spec.routes ?? []).map((route) => ({ ...route, functionName }))),
  subscriptions: Object.fromEntries(subscriptions(specs)) as Record<string, string[]>,
  schedules: specs.flatMap(([functionName, spec]) => (spec.schedules ?? []).map((schedule) => ({ functionName, schedule }))),
});

export type RuntimeOptions = {
  stage: string;
  services: ServiceEndpoints;
  auth: DevAuth;
  /** Where the stream is read from after a restart; moved only when every queue is empty. */
  checkpoints: CheckpointStore;
  /** Messages dead-lettered, kept across restarts (in memory unless given). */
  deadLetters?: DeadLetterStore;
  /** 0 picks a free port. */
  httpPort: number;
  /** The whole wiring unless a test brings its own functions. */
  functions?: readonly FunctionEntry[];
  /** Handlers by function name, instead of importing the entry file (tests' probe consumers). */
  handlers?: Record<string, LambdaHandler>;
  /** Wraps a function's handler (tests inject failures this way). */
  wrap?: (functionName: string, handler: LambdaHandler) => LambdaHandler;
  /** Shorter visibility timeouts make retries observable in tests; AWS uses 6× the function timeout. */
  visibilityTimeoutSeconds?: number;
  idleWaitMs?: number;
  /** The built web pages to serve from the API's origin (web/dist by default, when built). */
  webRoot?: string;
  /** Off in tests that drive schedules themselves. */
  runSchedulesOnTime?: boolean;
  log?: (entry: Record<string, unknown>) => void;
};

export type LocalRuntime = {
  url: string;
  queues: Map<string, ProvisionedQueue>;
  tables: { records: string; idempotency: string };
  invoke(functionName: string, event: unknown): Promise<unknown>;
  runSchedule(scheduleName: string, at: Date): Promise<unknown>;
  stopStream(): Promise<void>;
  startStream(): void;
  stop(): Promise<void>;
};

/**
 * The local stand-in for API Gateway, the SQS and DynamoDB-stream event source mappings and
 * EventBridge Scheduler, all built from the wiring, running the real handlers in this process.
 */
export const startRuntime = async (options: RuntimeOptions): Promise<LocalRuntime> => {
  const log = options.log ?? ((entry) => console.log(JSON.stringify({ level: 'INFO', service: 'local-runtime', ...entry })));
  const specs = options.functions ?? functionEntries;
  const names = resourceNames(options.stage);
  const clientConfig = { region: localAwsEnvironment.AWS_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
  const dynamodb = new DynamoDBClient({ ...clientConfig, endpoint: options.services.dynamodbEndpoint });
  const sqs = new SQSClient({ ...clientConfig, endpoint: options.services.sqsEndpoint });
  const streams = new DynamoDBStreamsClient({ ...clientConfig, endpoint: options.services.dynamodbEndpoint });

  // Queues and buckets first: DynamoDB Local may still be booting (its tables come after).
  const queues = await provisionQueues(sqs, names, specs, options.visibilityTimeoutSeconds);
  const queueUrls = Object.fromEntries([...queues].map(([consumer, q]) => [consumer, q.url]));

  // The port is fixed before any handler loads: links they build (QR codes) carry it.
  const port = options.httpPort || (await freePort());
  const url = `http://127.0.0.1:${port}`;
  options.auth.bindIssuer(`${url}/oidc`);
  // Browsers post evidence straight to the bucket, from the web pages' origins only (as the CDK bucket's CORS).
  const webOrigins = [url, 'http://localhost:5173'];
  const buckets = await provisionBuckets(new S3Client({ ...clientConfig, endpoint: options.services.s3Endpoint }), names, webOrigins);

  // One process hosts every function, so each sees the union of what the wiring gives them one by one.
  Object.assign(process.env, {
    // The enterprise's page (web/src/pages/VerifyInspection.vue): the QR code opens it on a phone.
    VERIFY_BASE_URL: `${url}/verify`,
    PUBLIC_API_URL: url,
    // Group robots locally: the capture endpoint under /_local/webhooks besides WeCom and DingTalk.
    WEBHOOK_ORIGINS: url,
    ...localAwsEnvironment,
    AWS_ENDPOINT_URL_DYNAMODB: options.services.dynamodbEndpoint,
    AWS_ENDPOINT_URL_SQS: options.services.sqsEndpoint,
    AWS_ENDPOINT_URL_S3: options.services.s3Endpoint,
    RECORDS_TABLE: names.table(recordsTable.id),
    IDEMPOTENCY_TABLE: names.table(idempotencyTable.id),
    IDENTITY_TABLE: names.table(identityTable.id),
    // The sign-in issuer (functions/identity): its address, keys and where it may send people back.
    OIDC_ISSUER: `${url}/oidc`,
    OIDC_KEY_SEEDS: JSON.stringify(options.auth.seeds),
    OIDC_REDIRECT_URIS: webOrigins.map((origin) => `${origin}/auth/callback`).join(','),
    EVENT_ROUTES: JSON.stringify(Object.fromEntries(Object.entries(plan(specs).subscriptions).map(([type, cs]) => [type, cs.map((c) => queues.get(c)!.url)]))),
    QUEUE_URLS: JSON.stringify(queueUrls),
    POWERTOOLS_METRICS_DISABLED: 'true',
    REPORTS_BUCKET: buckets.reports,
    EVIDENCE_BUCKET: buckets.evidence,
  });

  const specOf = new Map(specs);
  // A function's code loads on its first invocation, as in a Lambda cold start: starting does not wait for
  // thirty functions' modules, which would take CPU from DynamoDB Local while it boots.
  const loaded = new Map<string, Promise<LambdaHandler>>();
  const handlerOf = (name: string) => {
    const spec = specOf.get(name);
    if (!spec) throw new Error(`no function named ${name}`);
    if (!loaded.has(name)) {
      const load = async () => options.handlers?.[name] ?? ((await import(pathToFileURL(path.join(repoRoot, spec.entry)).href)) as { handler: LambdaHandler }).handler;
      loaded.set(name, load().then((handler) => (options.wrap ? options.wrap(name, handler) : handler)));
    }
    return loaded.get(name)!;
  };
  await options.services.dynamodbReady;
  const { recordsStreamArn } = await provisionTables(dynamodb, names);
  const invoke = async (name: string, event: unknown) => {
    const handler = await handlerOf(name);
    const context = lambdaContext(name, specOf.get(name)!.timeoutSeconds ?? defaultTimeoutSeconds);
    // Each invocation's log lines carry its own function, though all share this process's logger.
    return invocation.run({ functionName: name, awsRequestId: context.awsRequestId, invokedFunctionArn: context.invokedFunctionArn }, () => handler(event, context));
  };

  const served = plan(specs);
  const schedules = served.schedules.map(({ functionName, schedule }) => ({ schedule, invoke: (run: ScheduledRun) => invoke(functionName, run) }));
  const runSchedule = (scheduleName: string, at: Date) => {
    const entry = schedules.find((s) => s.schedule.name === scheduleName);
    if (!entry) throw new Error(`no schedule named ${scheduleName}; known: ${schedules.map((s) => s.schedule.name).join(', ')}`);
    return entry.invoke({ schedule: scheduleName, scheduledTime: at.toISOString() });
  };

  const routes: GatewayRoute[] = served.routes.map((route) => ({ ...route, invoke: (event) => invoke(route.functionName, event) }));
  const capturedWebhooks = new Map<string, unknown[]>();
  const server: Server = await startHttpGateway({
    port,
    routes,
    auth: options.auth,
    log,
    webPages: webPages(options.webRoot ?? path.join(repoRoot, 'web', 'dist'), { oidcAuthority: `${url}/oidc` }, options.services.s3Endpoint),
    localEndpoints: [
      {
        method: 'POST',
        path: '/_local/schedules/run',
        run: async ({ body }) => {
          const { name, at } = body as { name: string; at?: string };
          return { body: await runSchedule(name, at ? new Date(at) : new Date()) };
        },
      },
      // A stand-in for group robots: POSTs are kept and can be read back; `?fail=1` answers 500.
      {
        method: 'POST',
        path: '/_local/webhooks/{name}',
        run: ({ path: p, query, headers, raw, body }) => {
          if (query.get('fail')) return Promise.resolve({ status: 500, body: { errcode: 500, errmsg: 'robot unavailable' } });
          const received = capturedWebhooks.get(p) ?? [];
          received.push({ headers: { 'x-signature': headers['x-signature'], 'x-timestamp': headers['x-timestamp'] }, query: Object.fromEntries(query), raw, body });
          capturedWebhooks.set(p, received);
          return Promise.resolve({ body: { errcode: 0, errmsg: 'ok' } });
        },
      },
      { method: 'GET', path: '/_local/webhooks/{name}', run: ({ path: p }) => Promise.resolve({ body: capturedWebhooks.get(p) ?? [] }) },
      // Where operator tools (npm run dlq:redrive) find the queues: in AWS, the stack's ConsumerQueueUrls output.
      {
        method: 'GET',
        path: '/_local/queues',
        run: () => Promise.resolve({ body: { sqsEndpoint: options.services.sqsEndpoint, queues: queueUrls } }),
      },
      // `aws lambda invoke` for operator tools (report-rebuild, event-replay): a failure answers like Lambda's FunctionError.
      {
        method: 'POST',
        path: '/_local/functions/{name}/invoke',
        run: async ({ path: p, body }) => {
          const name = decodeURIComponent(p.split('/')[3]!);
          try {
            return { body: await invoke(name, body) };
          } catch (error) {
            return { status: specOf.has(name) ? 500 : 404, body: { errorType: (error as Error).name, errorMessage: (error as Error).message } };
          }
        },
      },
    ],
  });

  const idleWaitMs = options.idleWaitMs ?? 250;
  let streamPoller: ReturnType<typeof pollStream> | undefined;
  const settler = keepSettledCheckpoint({
    sqs,
    queues,
    position: () => streamPoller?.position(),
    checkpoints: options.checkpoints,
    deadLetters: options.deadLetters ?? memoryDeadLetters(),
    everyMs: Math.max(idleWaitMs * 4, 200),
    log,
  });
  await settler.restoreDeadLetters();
  const pollers = specs
    .filter(([, spec]) => spec.consumes)
    .map(([name, spec]) =>
      pollQueue({
        client: sqs,
        queueUrl: queues.get(name)!.url,
        queueArn: queues.get(name)!.arn,
        batchSize: spec.consumes!.batchSize ?? defaultBatchSize,
        maxReceiveCount: spec.consumes!.maxReceiveCount ?? defaultMaxReceiveCount,
        onLastFailure: (messages) => settler.recordDeadLetters(name, messages),
        idleWaitMs,
        invoke: (event) => invoke(name, event),
        log,
      }),
    );

  const forwarder = specs.find(([, spec]) => spec.outboxStream)?.[0];
  const startStream = () => {
    if (!forwarder || !recordsStreamArn || streamPoller) return;
    const startFrom = options.checkpoints.load();
    streamPoller = pollStream({ client: streams, streamArn: recordsStreamArn, startFrom, batchSize: 100, idleWaitMs, invoke: (event) => invoke(forwarder, event), log });
  };
  const stopStream = async () => {
    await streamPoller?.stop();
    streamPoller = undefined;
  };
  startStream();

  const scheduler = options.runSchedulesOnTime === false ? undefined : runSchedules(schedules, log);

  return {
    url,
    queues,
    tables: { records: names.table(recordsTable.id), idempotency: names.table(idempotencyTable.id) },
    invoke,
    runSchedule,
    startStream,
    stopStream,
    stop: async () => {
      scheduler?.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await settler.stop();
      await Promise.all([...pollers.map((p) => p.stop()), stopStream()]);
      for (const client of [dynamodb, sqs, streams]) client.destroy();
    },
  };
};

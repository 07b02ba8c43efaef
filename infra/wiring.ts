import { calendarApi } from '#shared/calendar/calendar-api.ts';
import { submissionApi } from '#shared/checklist/submission-api.ts';
import { templateApi } from '#shared/checklist/template-api.ts';
import { auditApi } from '#shared/events/audit.ts';
import type { EventType } from '#shared/events/catalog.ts';
import { codeApi, codeCommandApi } from '#shared/filing/code-api.ts';
import { evidenceApi } from '#shared/evidence/evidence-api.ts';
import { filingApi } from '#shared/filing/filing-api.ts';
import { referenceApi } from '#shared/filing/reference-api.ts';
import type { AnyOperation } from '#shared/http/operation.ts';
import { platformApi } from '#shared/http/platform-api.ts';
import { rectificationApi, rectificationCommandApi } from '#shared/rectification/api.ts';
import { campaignApi } from '#shared/rectification/campaign-api.ts';
import { organisationApi } from '#shared/organisation/api.ts';
import { userApi } from '#shared/people/api.ts';
import { notificationApi } from '#shared/reminders/notification-api.ts';
import { reportApi } from '#shared/reporting/report-api.ts';
import { reportedEvents } from '#shared/reporting/reported-events.ts';

/**
 * The system's wiring, declared once: every function with its HTTP routes, the events it consumes,
 * its schedules and the access it needs. The CDK stack and the local runtime are both built from
 * this table, so what is deployed and what runs locally cannot drift apart; IAM grants follow from
 * `access` and nothing else.
 */

export type { HttpMethod } from '#shared/http/route.ts';
import type { HttpMethod } from '#shared/http/route.ts';
/** `throttle` tightens API Gateway's limits for one route (public routes), requests per second. */
/**
 * A route of the HTTP API. Routes of the API proper carry their `operation` (and so appear in the OpenAPI
 * document); the issuer's `ANY /oidc/{proxy+}` does not: the OpenID Connect discovery document describes it.
 */
export type Route = { method: HttpMethod | 'ANY'; path: `/${string}`; auth: 'jwt' | 'public'; throttle?: { rateLimit: number; burstLimit: number }; operation?: AnyOperation };

/** The routes of a function's operations: method, path, authorizer and throttle all come from the operation itself. */
const routesOf = (...operations: readonly AnyOperation[]): Route[] =>
  operations.map((operation) => ({
    method: operation.method,
    path: operation.path,
    auth: operation.roles === 'public' ? 'public' : 'jwt',
    ...(operation.throttle ? { throttle: operation.throttle } : {}),
    operation,
  }));

/** Cron fields as EventBridge Scheduler reads them, always in Asia/Shanghai (`scheduleZone`). */
export type Schedule = {
  name: string;
  description: string;
  cron: { minute: string; hour: string; day?: string; month?: string; weekDay?: string };
};
export const scheduleZone = 'Asia/Shanghai';

export type Consumes = {
  events: readonly EventType[];
  batchSize?: number;
  /** Deliveries before a message goes to the consumer's DLQ (at least 3). */
  maxReceiveCount?: number;
};

export type Access = {
  records?: 'read' | 'readWrite';
  /** Users and the sign-in issuer's sessions and tokens (the identity table). */
  identity?: boolean;
  /** Signs tokens: reads the issuer's key secret (the issuer function only). */
  signsTokens?: boolean;
  /** Idempotency records: every event consumer. */
  idempotency?: boolean;
  /** Sends events to the queues of their subscribers (the outbox forwarder). */
  publishesToSubscribers?: boolean;
  /** Rebuilds report aggregates that differ when the stage says so (context reportsAutoRepair): then gets REPORTS_AUTO_REPAIR and write access to the records. */
  repairsReports?: boolean;
  /** Reads the attributes of every consumer queue (health). */
  inspectsQueues?: boolean;
  /** Builds public links (QR codes, links in messages): gets PUBLIC_API_URL and VERIFY_BASE_URL. */
  linksToPublicPages?: boolean;
  /** Generated report files: the reports bucket (REPORTS_BUCKET). */
  reportFiles?: 'read' | 'readWrite';
  /** Evidence files (EVIDENCE_BUCKET): `read` checks referenced uploads and signs downloads; `readWrite` also signs upload forms. */
  evidenceFiles?: 'read' | 'readWrite';
};

export type FunctionSpec = {
  /** Entry file, relative to the repository root. */
  entry: `functions/${string}/handler.ts`;
  description: string;
  timeoutSeconds?: number;
  memoryMb?: number;
  routes?: readonly Route[];
  consumes?: Consumes;
  /** Triggered by the records table's stream, outbox rows only. */
  outboxStream?: true;
  schedules?: readonly Schedule[];
  access: Access;
  /** Files from node_modules the function reads at run time, copied beside its bundle (e.g. the reference page's scripts). */
  bundledFiles?: readonly string[];
  /** Large packages it imports (dynamically) on one path only: built beside its bundle, not into it (infra/constructs/on-demand-packages.ts). */
  onDemand?: readonly string[];
  /** Metrics the function emits (Powertools, namespace JudicialInspection) whose any non-zero value alarms. */
  alarmsOn?: readonly { metric: string; description: string }[];
};

export const defaultTimeoutSeconds = 15;
export const defaultBatchSize = 10;
export const defaultMaxReceiveCount = 5;

export const functions = {
  me: {
    entry: 'functions/me/handler.ts',
    description: "Answers the caller's name, tenant, organisation (with its name) and roles",
    routes: routesOf(platformApi.me),
    access: { records: 'read' },
  },
  health: {
    entry: 'functions/health/handler.ts',
    description: 'Reports whether the table and the consumer queues are reachable',
    routes: routesOf(platformApi.health),
    access: { records: 'read', inspectsQueues: true },
  },
  'api-docs': {
    entry: 'functions/api-docs/handler.ts',
    description: "Serves the API's own OpenAPI 3.1 document and its reference page, generated from the wiring and the handlers' schemas",
    routes: routesOf(platformApi.contract, platformApi.docs, platformApi.docsAsset),
    bundledFiles: ['swagger-ui-dist/swagger-ui.css', 'swagger-ui-dist/swagger-ui-bundle.js'],
    access: {},
  },
  'event-forwarder': {
    entry: 'functions/event-forwarder/handler.ts',
    description: 'Moves events recorded in the outbox to the queues of the consumers subscribed to them',
    timeoutSeconds: 30,
    outboxStream: true,
    access: { publishesToSubscribers: true },
  },
  organisations: {
    entry: 'functions/organisations/handler.ts',
    description: "The bureau's organisations (组织机构): sections, judicial offices, agencies; admins add, change, deactivate",
    routes: routesOf(...Object.values(organisationApi)),
    access: { records: 'readWrite' },
  },
  identity: {
    entry: 'functions/identity/handler.ts',
    description: 'Our OpenID Connect issuer under /oidc: sign-in page, authorization code + PKCE, tokens for this API, refresh for an office day',
    routes: [{ method: 'ANY', path: '/oidc/{proxy+}', auth: 'public', throttle: { rateLimit: 20, burstLimit: 40 } }],
    access: { identity: true, signsTokens: true },
  },
  users: {
    entry: 'functions/users/handler.ts',
    description: "The bureau's users: admins invite (one-time activation code), change roles, disable, reset; people activate",
    routes: routesOf(...Object.values(userApi)),
    access: { records: 'readWrite', identity: true },
  },
  audit: {
    entry: 'functions/audit/handler.ts',
    description: 'The audit list (操作日志): the events of one subject, read from the event log',
    routes: routesOf(auditApi.list),
    access: { records: 'read' },
  },
  'working-calendar': {
    entry: 'functions/working-calendar/handler.ts',
    description: "Lets admins enter a coming year's holiday arrangement (放假调休安排) and read the calendar",
    routes: routesOf(...Object.values(calendarApi)),
    access: { records: 'readWrite' },
  },
  evidence: {
    entry: 'functions/evidence/handler.ts',
    description: 'Evidence files (佐证材料): presigned upload forms for whoever may add evidence to a record; the largest file per tenant',
    routes: routesOf(...Object.values(evidenceApi)),
    access: { records: 'readWrite', evidenceFiles: 'readWrite' },
  },
  rectifications: {
    entry: 'functions/rectifications/handler.ts',
    description: 'Rectification items (整改事项): assign, list, read, and one route per life-cycle command; tenant rules',
    routes: routesOf(...Object.values(rectificationApi), ...Object.values(rectificationCommandApi)),
    access: { records: 'readWrite', evidenceFiles: 'read' },
  },
  'rectification-campaigns': {
    entry: 'functions/rectification-campaigns/handler.ts',
    // An import reads a workbook and writes up to a thousand rows' items: API Gateway waits 30 s at most.
    timeoutSeconds: 29,
    memoryMb: 1024,
    description: 'Rectification campaigns (整改专项): open, import the list a bureau receives (导入清单), read progress counted with each item change, export the three lists (三清单)',
    routes: routesOf(...Object.values(campaignApi)),
    onDemand: ['exceljs', 'jszip'],
    access: { records: 'readWrite' },
  },
  'checklist-templates': {
    entry: 'functions/checklist-templates/handler.ts',
    description: 'Checklist templates (检查表模板): drafts, immutable published versions; yearly targets',
    routes: routesOf(...Object.values(templateApi)),
    access: { records: 'readWrite' },
  },
  'checklist-submissions': {
    entry: 'functions/checklist-submissions/handler.ts',
    description: 'Checklist submissions: scored against their template version, returned, resubmitted, accepted',
    routes: routesOf(...Object.values(submissionApi)),
    access: { records: 'readWrite', evidenceFiles: 'read' },
  },
  'filing-reference': {
    entry: 'functions/filing-reference/handler.ts',
    description: "Reference data for filings: agencies' inspection-item lists and caps, officers, enterprises",
    routes: routesOf(...Object.values(referenceApi)),
    access: { records: 'readWrite' },
  },
  'inspection-filings': {
    entry: 'functions/inspection-filings/handler.ts',
    description: 'Enterprise-inspection filings (涉企行政检查备案): plan with rule checks and code, result, cancellation',
    routes: routesOf(...Object.values(filingApi)),
    access: { records: 'readWrite', linksToPublicPages: true, evidenceFiles: 'read' },
  },
  'inspection-codes': {
    entry: 'functions/inspection-codes/handler.ts',
    description: "The enterprise's side: verify an inspection by its code, and rate it anonymously",
    routes: routesOf(...Object.values(codeApi), ...codeCommandApi.map((c) => c.operation)),
    access: { records: 'readWrite', evidenceFiles: 'readWrite' },
  },
  'rectification-intake': {
    entry: 'functions/rectification-intake/handler.ts',
    description: 'Turns failed checklist items and orders to correct into rectification items, once per line',
    timeoutSeconds: 30,
    consumes: { events: ['ChecklistAccepted', 'InspectionResultFiled'], batchSize: 10 },
    access: { records: 'readWrite', idempotency: true },
  },
  'rectification-watch': {
    entry: 'functions/rectification-watch/handler.ts',
    description: 'Marks overdue rectifications and escalates them automatically by the tenant rules (first, once per tenant: older rows get the period index keys)',
    timeoutSeconds: 300,
    schedules: [{ name: 'rectification-watch-daily', description: 'Every morning at 08:30 Asia/Shanghai, before the reminders', cron: { minute: '30', hour: '8' } }],
    access: { records: 'readWrite' },
  },
  reminders: {
    entry: 'functions/reminders/handler.ts',
    description: 'Working-day morning digests (每日提醒): one per responsible organisation per day',
    timeoutSeconds: 300,
    // Hourly through the morning: each tenant is served at its own send hour (default 09:00).
    schedules: [{ name: 'reminders-daily', description: 'Hourly 07:00–12:00 Asia/Shanghai; each tenant at its send hour, on Chinese working days only', cron: { minute: '0', hour: '7-12' } }],
    access: { records: 'readWrite' },
  },
  notifier: {
    entry: 'functions/notifier/handler.ts',
    description: "Sends each digest to the organisation's group robot (WeCom / DingTalk), signed, retried with backoff",
    timeoutSeconds: 60,
    consumes: { events: ['ReminderDigestComposed'], batchSize: 5, maxReceiveCount: 3 },
    access: { records: 'readWrite', idempotency: true, linksToPublicPages: true },
  },
  notifications: {
    entry: 'functions/notifications/handler.ts',
    description: 'In-app notifications (the digests), reminder settings and robot webhooks',
    routes: routesOf(...Object.values(notificationApi)),
    access: { records: 'readWrite' },
  },
  'calendar-watch': {
    entry: 'functions/calendar-watch/handler.ts',
    description: "Warns each tenant, by event, when the working-day calendar runs out within 60 days",
    timeoutSeconds: 60,
    schedules: [
      {
        name: 'calendar-watch-daily',
        description: 'Every morning at 09:00 Asia/Shanghai',
        cron: { minute: '0', hour: '9' },
      },
    ],
    access: { records: 'readWrite' },
  },
  reporting: {
    entry: 'functions/reporting/handler.ts',
    description: 'Keeps the report aggregates from the events: each subject counted once by its latest state, in any arrival order',
    timeoutSeconds: 60,
    consumes: { events: reportedEvents, batchSize: 10 },
    access: { records: 'readWrite' },
  },
  reports: {
    entry: 'functions/reports/handler.ts',
    description: 'Reports read from the aggregates (checklists, inspections, rectifications), their Excel/CSV exports and the quarterly reports',
    timeoutSeconds: 30,
    memoryMb: 1024,
    routes: routesOf(...Object.values(reportApi)),
    onDemand: ['exceljs'],
    access: { records: 'read', reportFiles: 'read' },
  },
  'quarterly-report': {
    entry: 'functions/quarterly-report/handler.ts',
    description: "Generates and stores each tenant's report of the previous quarter on the quarter's first working day (季度报告)",
    timeoutSeconds: 300,
    memoryMb: 1024,
    schedules: [
      {
        name: 'quarterly-report',
        description: '09:00 Asia/Shanghai on the first ten days of January, April, July and October; acts on the first working day, once',
        cron: { minute: '0', hour: '9', day: '1-10', month: '1,4,7,10' },
      },
    ],
    onDemand: ['exceljs'],
    access: { records: 'readWrite', reportFiles: 'readWrite' },
  },
  'report-reconciliation': {
    entry: 'functions/report-reconciliation/handler.ts',
    description: "Recomputes each tenant's report aggregates of the year from the source records and reports any difference",
    timeoutSeconds: 900,
    memoryMb: 1024,
    schedules: [{ name: 'report-reconciliation-nightly', description: 'Every night at 02:30 Asia/Shanghai', cron: { minute: '30', hour: '2' } }],
    access: { records: 'read', repairsReports: true },
    alarmsOn: [{ metric: 'ReportDifferences', description: 'report aggregates differ from the source records: an event was lost or miscounted' }],
  },
  'report-rebuild': {
    entry: 'functions/report-rebuild/handler.ts',
    description: "Operator tool: repairs a tenant's report aggregates of one year from the source records ({tenant, year}), then reconciles",
    timeoutSeconds: 900,
    memoryMb: 1024,
    access: { records: 'readWrite' },
  },
  'event-replay': {
    entry: 'functions/event-replay/handler.ts',
    description: "Operator tool: re-sends the outbox events of a time range to one consumer's queue ({consumer, from, to, tenant?, cursor?}), to backfill or repair it",
    timeoutSeconds: 900,
    access: { records: 'read', publishesToSubscribers: true },
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof functions;

export type FunctionEntry = readonly [string, FunctionSpec];
export const functionEntries = Object.entries(functions) as [FunctionName, FunctionSpec][];

/** Every operation the deployed API serves, in the order of the wiring: what the OpenAPI document describes. */
export const operationsOf = (specs: readonly FunctionEntry[] = functionEntries): AnyOperation[] =>
  specs.flatMap(([, spec]) => (spec.routes ?? []).flatMap((route) => (route.operation ? [route.operation] : [])));

/** event type → consumers subscribed to it: what the forwarder routes by. */
export const subscriptions = (specs: readonly FunctionEntry[] = functionEntries): Map<EventType, string[]> => {
  const byType = new Map<EventType, string[]>();
  for (const [name, spec] of specs) {
    for (const type of spec.consumes?.events ?? []) byType.set(type, [...(byType.get(type) ?? []), name]);
  }
  return byType;
};

/** The EventBridge Scheduler / cron expression of a schedule: `cron(min hour day month weekDay year)`. */
export const awsCron = ({ cron }: Schedule): string => {
  const weekDay = cron.weekDay ?? '?';
  const day = cron.day ?? (weekDay === '?' ? '*' : '?');
  return `cron(${cron.minute} ${cron.hour} ${day} ${cron.month ?? '*'} ${weekDay} *)`;
};

const shanghaiOffsetHours = 8;

/**
 * The schedule as a UTC cron, for EventBridge rules (where EventBridge Scheduler and its time zones are not
 * offered, infra/partition.ts). Asia/Shanghai has been UTC+8 all year since 1991, so the shift is exact. A
 * schedule limited to some days whose hours cross midnight in UTC is refused rather than run on the wrong day.
 */
export const utcCron = (schedule: Schedule): string => {
  const { cron } = schedule;
  const hours = cron.hour.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to)) throw new Error(`schedule ${schedule.name}: hour "${cron.hour}" is not a list of hours and ranges`);
    return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
  });
  const crossesMidnight = hours.some((hour) => hour < shanghaiOffsetHours);
  const everyDay = (cron.day ?? '*') === '*' && (cron.month ?? '*') === '*' && cron.weekDay === undefined;
  if (crossesMidnight && !everyDay) throw new Error(`schedule ${schedule.name}: runs before 08:00 Asia/Shanghai on chosen days only, which a UTC cron would move to the day before`);
  const utcHours = [...new Set(hours.map((hour) => (hour - shanghaiOffsetHours + 24) % 24))].sort((a, b) => a - b).join(',');
  return awsCron({ ...schedule, cron: { ...cron, hour: utcHours } });
};

import * as z from 'zod';
import { ExpectedVersion } from '../http/numbers.ts';
import { CalendarDate } from '../calendar/working-calendar.ts';
import { type Operation, operation } from '../http/operation.ts';
import { downloadOperation } from '../evidence/evidence-api.ts';
import type { Role } from '../tenancy/tenant.ts';
import { AssignmentInput } from './assignment.ts';
import { type Command, commandRoutes } from './command-routes.ts';
import { type CommandType, commandSchemas } from './commands.ts';
import { Rectification, RectificationStatus } from './rectification.ts';
import { RectificationRules, WarningColour } from './warning-colour.ts';

/** A supervisor's own finding, e.g. from a rule-of-law inspection (法治督察), with its reference. */
export const CreateRectificationBody = AssignmentInput.extend({ reference: z.string().max(200).optional() });

export const ListQuery = z.object({
  status: RectificationStatus.optional(),
  colour: WarningColour.optional(),
  organisation: z.string().max(64).optional(),
  supervising: z.string().max(64).optional().describe('items this organisation follows up (督促), e.g. an agency its enterprises\' items'),
  source: z.enum(['checklist', 'inspection', 'manual']).optional(),
  escalated: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  dueBefore: CalendarDate.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2000).optional(),
});

export const RectificationId = z.string().regex(/^[0-9A-Z]{26}$/, 'is not a rectification id');
export const IdParam = z.object({ id: RectificationId });

/** A command's body as the API takes it: the command's own fields plus the version the client read. */
export const commandBody = (type: CommandType): z.ZodType<CommandBody> => {
  const schema = commandSchemas[type];
  const own = (option: z.ZodObject) => option.omit({ type: true }).extend(ExpectedVersion);
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const [first, ...rest] = (schema.options as z.ZodObject[]).map(own);
    return z.discriminatedUnion('approve', [first!, ...rest]) as unknown as z.ZodType<CommandBody>;
  }
  return own(schema as z.ZodObject) as unknown as z.ZodType<CommandBody>;
};
type CommandBody = { expectedVersion: number } & Record<string, unknown>;

/** The URL segment of a command (`POST /v1/rectifications/{id}/<segment>`). */
export const CommandSegment = z.enum(Object.keys(commandRoutes) as [string, ...string[]]).meta({ id: 'RectificationAction' });

/**
 * What clients read: the item with today's warning colour (null once closed or cancelled) and the
 * commands the caller may apply to it now (from the life-cycle table, for this caller).
 */
export const RectificationView = Rectification.extend({
  colour: WarningColour.nullable(),
  workingDaysLeft: z.int().nullable().describe('Chinese working days from today to the deadline (negative when overdue); null once closed or cancelled, or when the calendar does not know the year'),
  actions: z.array(CommandSegment).describe('commands the caller may apply now, as URL segments; a command may still be refused for its input'),
}).meta({ id: 'RectificationView' });
export const RectificationPage = z.object({ items: z.array(RectificationView), cursor: z.string().nullable() }).meta({ id: 'RectificationPage' });

const commandRefusals = { 403: ['forbidden'], 404: ['not_found'], 409: ['version_conflict', 'invalid_transition'], 422: ['unprocessable', 'calendar_unknown'] } as const;

export const rectificationApi = {
  create: operation({
    operationId: 'assignRectification',
    method: 'POST',
    path: '/v1/rectifications',
    tag: '整改',
    summary: '交办整改事项 · Assign a rectification item',
    description: 'The deadline is a date or a number of Chinese working days after today. A retry with the same `Idempotency-Key` answers the first item (200).',
    roles: ['supervisor'],
    body: CreateRectificationBody,
    idempotencyKey: true,
    responses: { 201: { description: 'assigned', schema: Rectification }, 200: { description: 'assigned before under this Idempotency-Key', schema: Rectification } },
    // 409: the item's campaign kept moving under it (other items of it changing at that moment); nothing was written.
    refusals: { 409: ['conflict'], 422: ['unprocessable', 'calendar_unknown', 'organisation_unknown', 'organisation_inactive', 'idempotency_key_reused'] },
    example: {
      reference: '2026年法治督察 第7项',
      problem: { title: '行政执法案卷归档不规范', description: '抽查的 12 份案卷中 5 份缺少送达回证' },
      measures: [{ text: '补齐送达回证' }, { text: '建立案卷归档核对制度' }],
      responsibility: { organisation: 'office-aoyang', person: '张三', supervisingLeader: '李局长' },
      severity: 'major',
      deadline: { workingDays: 10 },
    },
  }),
  list: operation({
    operationId: 'listRectifications',
    method: 'GET',
    path: '/v1/rectifications',
    tag: '整改',
    summary: '整改事项列表 · List rectification items',
    description: 'Offices and agencies see their own items, or with `supervising` (their own organisation) the items they follow up. Each filter is served by an index; page with `cursor`.',
    roles: [],
    query: ListQuery,
    responses: { 200: { description: 'one page of items', schema: RectificationPage } },
    refusals: { 403: ['forbidden'] },
  }),
  read: operation({
    operationId: 'getRectification',
    method: 'GET',
    path: '/v1/rectifications/{id}',
    tag: '整改',
    summary: '整改事项详情 · Read a rectification item',
    roles: [],
    params: IdParam,
    responses: { 200: { description: 'the item with its history', schema: RectificationView } },
    refusals: { 403: ['forbidden'], 404: ['not_found'] },
  }),
  downloadEvidence: downloadOperation({
    operationId: 'downloadRectificationEvidence',
    path: '/v1/rectifications/{id}/evidence/{fileId}',
    tag: '整改',
    summary: '下载整改佐证材料 · Download an evidence file of an item',
    roles: [],
    params: IdParam,
  }),
  readRules: operation({
    operationId: 'getRectificationRules',
    method: 'GET',
    path: '/v1/settings/rectification',
    tag: '设置',
    summary: '预警规则 · Read the warning-colour and escalation rules',
    roles: [],
    responses: { 200: { description: "the tenant's rules", schema: RectificationRules } },
  }),
  saveRules: operation({
    operationId: 'saveRectificationRules',
    method: 'PUT',
    path: '/v1/settings/rectification',
    tag: '设置',
    summary: '设置预警规则 · Set the warning-colour and escalation rules',
    roles: ['admin'],
    body: RectificationRules,
    responses: { 200: { description: 'the rules now in force', schema: RectificationRules } },
    example: { yellowWithinWorkingDays: 3, yellowAfterIdleWorkingDays: 10, autoEscalateAfterOverdueWorkingDays: 5 },
  }),
};

/** One operation per life-cycle command: `POST /v1/rectifications/{id}/<command>`. */
export const rectificationCommandApi = Object.fromEntries(
  Object.entries(commandRoutes).map(([segment, { type, zh, en, example }]) => [
    type,
    operation({
        operationId: `${type}Rectification`,
        method: 'POST',
        path: `/v1/rectifications/{id}/${segment}`,
        tag: '整改',
        summary: `${zh} · ${en}`,
        description: 'Whether the caller may apply this command now is decided by the life-cycle table; the answer is the item after it.',
        roles: [],
        params: IdParam,
        body: commandBody(type),
        responses: { 200: { description: 'the item after the command', schema: RectificationView } },
        refusals: commandRefusals,
        example,
      }),
  ]),
) as unknown as Record<Command, Operation<CommandBody, undefined, z.infer<typeof IdParam>> & { roles: readonly Role[] }>;

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../adapters/clock.ts';
import { type IdGenerator, stableId } from '../adapters/ids.ts';
import { calendarStore } from '../calendar/calendar-store.ts';
import { shanghaiDate, UnknownCalendarYear, type WorkingCalendar } from '../calendar/working-calendar.ts';
import type { Actor } from '../events/envelope.ts';
import { actorOf, type Caller, seesWholeBureau } from '../http/caller.ts';
import type { HttpError} from '../http/errors.ts';
import { calendarUnknown, conflict, forbidden, invalidTransition, notFound, unprocessable, versionConflict } from '../http/errors.ts';
import { activeOrganisations } from '../organisation/guard.ts';
import { replayed, type KeyedRequest } from '../http/idempotency-key.ts';
import { withFingerprint } from '../store/request-fingerprint.ts';
import { TransactionRefused } from '../store/transaction.ts';
import type { TenantCode } from '../tenancy/tenant.ts';
import { assign, type AssignmentInput } from './assignment.ts';
import type { Command, DecidedCommand } from './commands.ts';
import { attachEvidence, type EvidenceFiles } from '../evidence/evidence-files.ts';
import type { EvidenceInput } from '../evidence/evidence.ts';
import { assignedEvent, eventFor } from './events.ts';
import { actionsFor } from './command-routes.ts';
import { decide, type DecisionContext, type Refusal } from './lifecycle.ts';
import { isOpen, type Rectification, type Source } from './rectification.ts';
import { rulesStore } from './rules-store.ts';
import { campaignAfter, countsMove } from './campaign.ts';
import { statusEvents } from './campaign-events.ts';
import { campaignStore } from './campaign-store.ts';
import type { DomainEvent } from '../events/catalog.ts';
import type { TransactItem } from '../store/transaction.ts';
import { type ListFilter, rectificationStore } from './store.ts';
import { colourOn } from './warning-colour.ts';

/** `evidence` where commands may reference uploaded files (the API's functions; jobs never do). */
export type Deps = { db: DynamoDBDocumentClient; tableName: string; clock: Clock; ids: IdGenerator; evidence?: EvidenceFiles };

const seesItem = (caller: Caller, item: Rectification) =>
  seesWholeBureau(caller) || [item.responsibility.organisation, item.responsibility.supervisingOrganisation].includes(caller.organisation);

const refusalToHttp = (refusal: Refusal, item: Rectification): HttpError => {
  switch (refusal.kind) {
    case 'invalid_transition':
      return invalidTransition(refusal.message, { currentStatus: refusal.status, currentVersion: item.version });
    case 'forbidden':
      return forbidden(refusal.message);
    case 'unprocessable':
      return unprocessable(refusal.message, refusal.field ? [{ path: `body.${refusal.field}`, message: refusal.message }] : []);
  }
};

/** The rectification use cases, shared by the API, the intake consumer and the daily watch. */
export const rectificationService = (deps: Deps) => {
  const store = rectificationStore(deps.db, deps.tableName);
  const calendars = calendarStore(deps.db, deps.tableName);
  const rules = rulesStore(deps.db, deps.tableName);
  const organisations = activeOrganisations(deps.db, deps.tableName);
  const campaigns = campaignStore(deps.db, deps.tableName);

  /**
   * The campaign's counts moved by one item's change, as writes and events for the item's own transaction: exact,
   * since the item's version condition lets each change count once. Completion and reopening are announced there too.
   */
  const campaignWrites = async (before: Rectification | undefined, after: Rectification, ctx: DecisionContext): Promise<{ also: TransactItem[]; events: DomainEvent[] }> => {
    if (!after.campaignId || !countsMove(before, after)) return { also: [], events: [] };
    const campaign = await campaigns.get(after.tenant, after.campaignId);
    if (!campaign) return { also: [], events: [] };
    const next = campaignAfter(campaign, before, after, ctx.today);
    if (!next) return { also: [], events: [] };
    return { also: [campaigns.counted(next, campaign.version)], events: statusEvents(campaign, next, { ...ctx, id: deps.ids }) };
  };

  /**
   * Writes an item change; when only its campaign's row moved meanwhile (another item of it changed), reads the
   * campaign again and retries, so items of one campaign never block each other. The item's own conflict is the caller's.
   */
  const writeCounted = async (before: Rectification | undefined, after: Rectification, ctx: DecisionContext, write: (also: TransactItem[], events: DomainEvent[]) => Promise<void>) => {
    for (let attempt = 1; ; attempt += 1) {
      const { also, events } = await campaignWrites(before, after, ctx);
      try {
        return await write(also, events);
      } catch (error) {
        const campaignRaced = error instanceof TransactionRefused && also.length > 0 && error.reasons[0] === 'None' && error.reasons[1] === 'ConditionalCheckFailed';
        if (!campaignRaced || attempt === 5) throw error;
      }
    }
  };

  // Calendar and rules as a warm function read them lately (calendar-store.ts): half of what a creation read.
  const contextFor = async (tenant: TenantCode, actor: Actor, at = deps.clock.now()): Promise<DecisionContext> => {
    const [calendar, tenantRules] = await Promise.all([calendars.recentCalendarOf(tenant), rules.recentOf(tenant)]);
    return { actor, at, today: shanghaiDate(at), calendar, rules: tenantRules };
  };

  /**
   * Calendar gaps are the admin's to fill, and the client should be told so rather than get a guessed date. A
   * reused calendar may predate the year's entry: then the work runs once more on a fresh one (it has written
   * nothing yet, since dates are computed before anything is written).
   */
  const calendarGuard = async <T>(tenant: TenantCode, work: () => Promise<T>, again = true): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof UnknownCalendarYear)) throw error;
      if (again && calendars.forgetRecent(tenant)) return calendarGuard(tenant, work, false);
      throw calendarUnknown(error.message, error.year);
    }
  };

  /** Conditions the creation's transaction must also meet, and how to say which failed when it is refused. */
  type Guards = { conditions: TransactItem[]; explain: () => Promise<unknown> };
  type Creation = { at?: Date; beforeCreate?: () => Promise<unknown>; guards?: Guards; fresh?: boolean; request?: KeyedRequest };
  /**
   * Creates the item unless one with this id exists (then `beforeCreate` is skipped); answers the stored one either
   * way. `fresh`: the id was generated just now, so no earlier item can have it and nothing is read to find one.
   * `request`: the keyed request creating it, whose retries it answers (and refuses with another body).
   */
  const createOnce = async (tenant: TenantCode, id: string, source: Source, input: AssignmentInput, actor: Actor, { at, beforeCreate, guards, fresh, request }: Creation = {}) =>
    calendarGuard(tenant, async () => {
      const existing = fresh ? undefined : await store.get(tenant, id);
      if (existing) return { item: replayed(existing, request), created: false };
      await beforeCreate?.();
      const ctx = await contextFor(tenant, actor, at);
      const assigned = assign(id, tenant, source, input, ctx);
      if ('field' in assigned) throw unprocessable(assigned.message, [{ path: `body.${assigned.field}`, message: assigned.message }]);
      const item = withFingerprint(assigned, request?.fingerprint);
      try {
        // The guards after the campaign's row, where writeCounted looks for a campaign that moved.
        await writeCounted(undefined, item, ctx, (also, events) => store.create(item, [assignedEvent(item, { ...ctx, id: deps.ids() }), ...events], [...also, ...(guards?.conditions ?? [])]));
        return { item, created: true };
      } catch (error) {
        if (!(error instanceof TransactionRefused)) throw error;
        const twin = await store.get(tenant, id); // a concurrent create of the same id won
        if (twin) return { item: replayed(twin, request), created: false };
        await guards?.explain();
        // Nothing was written: the campaign's counts kept moving under us, so sending it again is safe.
        throw conflict('the campaign changed too often meanwhile; send the request again', { campaign: item.campaignId });
      }
    });

  /** The item as `actor` reads it: today's colour, working days to the deadline, the commands open to them. */
  const viewsFor = (calendar: WorkingCalendar, actor: Actor) => {
    const today = shanghaiDate(deps.clock.now());
    const daysLeft = (item: Rectification) => {
      if (!isOpen(item)) return null;
      try {
        return calendar.workingDaysBetween(today, item.deadline);
      } catch (error) {
        if (error instanceof UnknownCalendarYear) return null;
        throw error;
      }
    };
    return (item: Rectification) => ({
      ...item,
      colour: colourOn(item, today) ?? null,
      workingDaysLeft: daysLeft(item),
      actions: actionsFor(item, actor),
    });
  };

  const load = async (caller: Caller, id: string) => {
    // Keys carry the tenant, so another tenant's item is simply not found.
    const item = await store.get(caller.tenant, id);
    if (!item) throw notFound(`no rectification ${id}`);
    if (!seesItem(caller, item)) throw forbidden('this item belongs to another organisation');
    return item;
  };

  /** The command with the files its evidence names checked against this item: 422 at the field otherwise. */
  const withEvidence = async (item: Rectification, command: Command | DecidedCommand): Promise<DecidedCommand> => {
    if (command.type !== 'reportProgress' && command.type !== 'requestClose' && command.type !== 'updateMeasure') return command;
    // A decided command (a job's) carries checked files already; only a client's keys are strings.
    if (!command.evidence.some((e) => typeof e.file === 'string')) return command as DecidedCommand;
    const accepts = { tenant: item.tenant, subjects: [{ kind: 'rectification' as const, id: item.id }] };
    const [evidence] = await attachEvidence(deps.evidence, [{ inputs: command.evidence as EvidenceInput[], field: 'body.evidence', already: item.evidence }], accepts);
    return { ...command, evidence: evidence! };
  };

  const loadForEnterprise = async (tenant: TenantCode, id: string, inspectionCode: string) => {
    const item = await store.get(tenant, id);
    if (!item || item.source.kind !== 'inspection' || item.source.inspectionCode !== inspectionCode) throw notFound(`no rectification ${id} under this inspection code`);
    return item;
  };

  /**
   * Applies a command for a caller or a job; `expectedVersion` guards against lost updates. A job that
   * works through many items of one tenant passes the context it loaded once.
   */
  const applyAs = async (actor: Actor, item: Rectification, given: Command | DecidedCommand, expectedVersion: number, prepared?: DecisionContext) =>
    calendarGuard(item.tenant, async () => {
      if (item.version !== expectedVersion) throw versionConflict('the item changed since you read it', { currentVersion: item.version, currentStatus: item.status });
      const command = await withEvidence(item, given);
      const ctx = prepared ?? (await contextFor(item.tenant, actor));
      const decision = decide(item, command, ctx);
      if (!decision.ok) throw refusalToHttp(decision.refusal, item);
      try {
        const event = eventFor(item, decision.item, command, { ...ctx, id: deps.ids() });
        await writeCounted(item, decision.item, ctx, (also, events) => store.update(decision.item, expectedVersion, [event, ...events], also));
      } catch (error) {
        if (!(error instanceof TransactionRefused)) throw error;
        const current = await store.get(item.tenant, item.id);
        throw versionConflict('the item changed since you read it', { currentVersion: current?.version, currentStatus: current?.status });
      }
      return decision.item;
    });

  return {
    store,
    rules,
    /** A supervisor assigns an item to an active organisation of the bureau. */
    create: async (caller: Caller, source: Source, input: AssignmentInput, request?: KeyedRequest) => {
      const id = request ? stableId(caller.tenant, caller.userId, request.key) : deps.ids();
      const { organisation, supervisingOrganisation } = input.responsibility;
      const responsible = [
        [organisation, 'body.responsibility.organisation'],
        ...(supervisingOrganisation ? [[supervisingOrganisation, 'body.responsibility.supervisingOrganisation'] as const] : []),
      ] as const;
      // Both must be active organisations of the bureau: checked by the transaction itself, read only if it refuses.
      const guards: Guards = {
        // One condition per organisation: a transaction may name an item once.
        conditions: [...new Set(responsible.map(([id]) => id))].map((id) => organisations.condition(caller.tenant, id)),
        explain: async () => {
          for (const [id, field] of responsible) await organisations.require(caller.tenant, id, field);
        },
      };
      const campaignExists = async () => {
        if (input.campaign && !(await campaigns.get(caller.tenant, input.campaign))) {
          throw unprocessable(`no campaign ${input.campaign} in this bureau`, [{ path: 'body.campaign', message: 'is not a campaign of this bureau' }]);
        }
      };
      return createOnce(caller.tenant, id, source, input, actorOf(caller), { beforeCreate: campaignExists, guards, fresh: !request, request });
    },
    /** Intake: the item is assigned as of the source event, once per source line. */
    createFromSource: (tenant: TenantCode, key: string[], source: Source, input: AssignmentInput, actor: Actor, at: Date) =>
      createOnce(tenant, stableId(...key), source, input, actor, { at }),
    read: async (caller: Caller, id: string) => {
      const [item, calendar] = await Promise.all([load(caller, id), calendars.calendarOf(caller.tenant)]);
      return viewsFor(calendar, actorOf(caller))(item);
    },
    list: async (caller: Caller, filter: ListFilter, limit: number, cursor?: string) => {
      if (!seesWholeBureau(caller)) {
        // Its own items, or those it follows up (an agency its enterprises'): the two it may read (seesItem).
        if (filter.supervising) {
          if (filter.supervising !== caller.organisation) throw forbidden('you can list only the items your own organisation follows up');
        } else {
          if (filter.organisation && filter.organisation !== caller.organisation) throw forbidden('you can list only the items of your own organisation');
          filter = { ...filter, organisation: caller.organisation };
        }
      }
      const [page, calendar] = await Promise.all([store.list(caller.tenant, filter, shanghaiDate(deps.clock.now()), limit, cursor), calendars.calendarOf(caller.tenant)]);
      return { items: page.items.map(viewsFor(calendar, actorOf(caller))), cursor: page.cursor ?? null };
    },
    apply: async (caller: Caller, id: string, expectedVersion: number, command: Command) => {
      const actor = actorOf(caller);
      // One context (calendar, rules) for the decision and for the answer.
      const [item, ctx] = await Promise.all([load(caller, id), contextFor(caller.tenant, actor)]);
      return viewsFor(ctx.calendar, actor)(await applyAs(actor, item, command, expectedVersion, ctx));
    },
    /** A job's command, under the context (actor, instant, calendar, rules) the job prepared for the tenant. */
    applyAsSystem: (item: Rectification, command: Command, ctx: DecisionContext) => applyAs(ctx.actor, item, command, item.version, ctx),
    /** The enterprise, through its inspection code, on an item ordered by that inspection. */
    applyAsEnterprise: async (tenant: TenantCode, id: string, inspectionCode: string, expectedVersion: number, command: Command) => {
      const item = await loadForEnterprise(tenant, id, inspectionCode);
      const enterprise: Actor = { kind: 'enterprise', inspectionCode };
      const ctx = await contextFor(tenant, enterprise);
      return viewsFor(ctx.calendar, enterprise)(await applyAs(enterprise, item, command, expectedVersion, ctx));
    },
    /** An item ordered under this inspection code, as the enterprise reads it. */
    readAsEnterprise: async (tenant: TenantCode, id: string, inspectionCode: string) => {
      const [item, calendar] = await Promise.all([loadForEnterprise(tenant, id, inspectionCode), calendars.calendarOf(tenant)]);
      return viewsFor(calendar, { kind: 'enterprise', inspectionCode })(item);
    },
    contextFor,
  };
};

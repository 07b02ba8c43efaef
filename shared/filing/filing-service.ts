import { statusLabels } from '../rectification/labels.ts';
import { filingStatusLabels, inspectionTypeLabels } from './labels.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import type { Clock } from '../adapters/clock.ts';
import { type IdGenerator, stableId } from '../adapters/ids.ts';
import { calendarStore } from '../calendar/calendar-store.ts';
import { addDays, shanghaiDate, UnknownCalendarYear } from '../calendar/working-calendar.ts';
import type { DomainEvent, EventOf } from '../events/catalog.ts';
import type { Actor } from '../events/envelope.ts';
import { actorOf, type Caller } from '../http/caller.ts';
import { conflictOnRefusal } from '../http/conflicts.ts';
import { calendarUnknown, conflict, forbidden, invalidTransition, notFound, unprocessable, versionConflict } from '../http/errors.ts';
import { replayed, type KeyedRequest } from '../http/idempotency-key.ts';
import { activeOrganisations } from '../organisation/guard.ts';
import { organisationStore } from '../organisation/store.ts';
import { actionsFor } from '../rectification/command-routes.ts';
import { intakeItemId } from '../rectification/intake.ts';
import { rectificationStore } from '../rectification/store.ts';
import { withFingerprint } from '../store/request-fingerprint.ts';
import { TransactionRefused } from '../store/transaction.ts';
import { codelessFiledLate, resultDueOn } from './deadlines.ts';
import type { InspectionFiling, RatingInput, ResultInput } from './filing.ts';
import { attachEvidence, type EvidenceFiles } from '../evidence/evidence-files.ts';
import { isSupervisor, readableFiling } from './filing-access.ts';
import { filingStore } from './filing-store.ts';
import { newInspectionCode } from './inspection-code.ts';
import { filingReference } from './reference-store.ts';
import { checkPlanFiling, jointProposalDays, type PlanFilingInput } from './rules.ts';

/** `evidence` where a result may reference uploaded files (the inspection record 检查记录). */
export type FilingDeps = { db: DynamoDBDocumentClient; tableName: string; clock: Clock; ids: IdGenerator; verifyBaseUrl?: string; evidence?: EvidenceFiles };

const withItemIds = (filing: InspectionFiling): InspectionFiling =>
  filing.result ? { ...filing, result: { ...filing.result, orders: filing.result.orders.map((o) => ({ ...o, rectificationId: intakeItemId.inspection(filing.tenant, filing.id, o.orderId) })) } } : filing;


/** Enterprise-inspection filings: plan (with every rule checked), code, result, cancellation; the enterprise's view and rating. */
export const filingService = (deps: FilingDeps) => {
  const store = filingStore(deps.db, deps.tableName);
  const reference = filingReference(deps.db, deps.tableName);
  const calendars = calendarStore(deps.db, deps.tableName);
  const rectifications = rectificationStore(deps.db, deps.tableName);
  const organisations = activeOrganisations(deps.db, deps.tableName);

  const envelope = <T extends DomainEvent['type']>(type: T, tenant: string, actor: Actor, subjectId: string, payload: EventOf<T>['payload'], id = deps.ids()) =>
    ({ id, type, version: 1, tenant, occurredAt: deps.clock.now().toISOString(), actor, subject: { kind: 'inspection-filing', id: subjectId }, payload }) as EventOf<T>;

  const load = readableFiling(store);

  const guardCalendar = async <T>(work: () => Promise<T>) => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UnknownCalendarYear) throw calendarUnknown(error.message, error.year);
      throw error;
    }
  };

  /** Everything the rules need for a plan, read once, and the rules' verdict: shared by filing and its dry run. */
  const assess = async (caller: Caller, input: PlanFilingInput) => {
    const agency = (await organisations.require(caller.tenant, caller.organisation, 'agency')).id;
    const today = shanghaiDate(deps.clock.now());
    const plannedOn = input.codeless?.inspectedOn ?? input.window.from;
    const [profile, enterprise, officers, sameAgency, nearby] = await Promise.all([
      reference.profile(caller.tenant, agency),
      reference.enterprise(caller.tenant, input.enterprise),
      reference.officers(caller.tenant, input.officers),
      store.sameAgencyInYear(caller.tenant, agency, input.enterprise, plannedOn.slice(0, 4)),
      store.enterpriseBetween(caller.tenant, input.enterprise, addDays(plannedOn, -jointProposalDays), addDays(plannedOn, jointProposalDays)),
    ]);
    const verdict = checkPlanFiling(input, { agency, profile, enterprise, officers, sameAgency: sameAgency.filings, otherAgenciesNearby: nearby, today });
    return { agency, today, plannedOn, profile, enterprise, officers, sameAgency, ...verdict };
  };

  return {
    store,
    reference,

    plan: (caller: Caller, input: PlanFilingInput, request?: KeyedRequest) =>
      guardCalendar(async () => {
        const id = request ? stableId(caller.tenant, caller.userId, 'filing', request.key) : deps.ids();
        if (request) {
          const existing = await store.get(caller.tenant, id);
          if (existing) return { filing: replayed(existing, request), created: false };
        }
        const { agency, today, plannedOn, profile, enterprise, officers, sameAgency, violations, warnings } = await assess(caller, input);
        if (violations.length) {
          const rejection = envelope('InspectionFilingRejected', caller.tenant, actorOf(caller), id, { agency, enterprise: input.enterprise, plannedOn, reasonCodes: violations.map((v) => v.code) }, request ? `rejected:${id}` : undefined);
          await store.recordRejection([rejection]).catch((error: unknown) => {
            if (!(error instanceof TransactionRefused)) throw error; // already recorded for this key
          });
          throw unprocessable('the filing breaks rules', violations.map((v) => ({ path: `body.${v.field}`, message: v.message })), { rules: violations }, 'filing_rules_broken');
        }
        const listed = new Map(profile!.items.map((i) => [i.code, i]));
        const calendar = await calendars.calendarOf(caller.tenant);
        const planned: InspectionFiling = {
          id,
          tenant: caller.tenant,
          version: 1,
          status: 'planned',
          agency,
          enterprise: { creditCode: enterprise!.creditCode, name: enterprise!.name },
          inspectionType: input.inspectionType,
          items: input.items.map((code) => listed.get(code)!),
          legalBasis: input.legalBasis,
          window: input.window,
          plannedOn,
          officers: input.officers.map((o) => officers.get(o)!).map((o) => ({ id: o.id, name: o.name, certificateNumber: o.certificateNumber })),
          approval: input.approval,
          ...(input.exemptionReason ? { exemptionReason: input.exemptionReason } : {}),
          ...(input.codeless ? { codeless: { ...input.codeless, late: codelessFiledLate(input.codeless.inspectedOn, today, calendar) } } : {}),
          code: newInspectionCode(input.window, deps.verifyBaseUrl ?? ''),
          warnings,
          filedOn: today,
          filedBy: caller.userId,
          resultDueBy: resultDueOn(input.codeless?.inspectedOn ?? input.window.to, calendar),
        };
        const filing = withFingerprint(planned, request?.fingerprint);
        const filed = envelope('InspectionFiled', caller.tenant, actorOf(caller), id, {
          agency,
          enterprise: filing.enterprise.creditCode,
          plannedOn,
          filingId: id,
          inspectionType: filing.inspectionType,
          itemCodes: input.items,
          codeless: !!filing.codeless,
          late: filing.codeless?.late ?? false,
          ...(filing.exemptionReason ? { exemptionReason: filing.exemptionReason } : {}),
          jointProposed: warnings.length > 0,
        });
        await conflictOnRefusal('another filing for this enterprise landed meanwhile; check and send again', () => store.create(filing, sameAgency.counter, [filed]));
        return { filing, created: true };
      }),

    /** The plan's verdict without filing it (nothing is written, no refusal recorded): for the form before sending. */
    check: async (caller: Caller, input: PlanFilingInput) => {
      const { violations, warnings } = await assess(caller, input);
      return { accepted: violations.length === 0, violations, warnings };
    },

    read: async (caller: Caller, id: string) => withItemIds(await load(caller, id)),

    /**
     * Merges planned filings of different agencies for one enterprise into one visit (综合查一次).
     * The bureau's supervisors, or an agency whose own plan is among them, may do it.
     */
    formJoint: async (caller: Caller, filingIds: string[], visitOn: string) => {
      const filings = await Promise.all([...new Set(filingIds)].map((id) => store.get(caller.tenant, id)));
      const problems = filings.flatMap((f, i) => (f ? [] : [{ path: `body.filingIds.${i}`, message: 'no such filing' }]));
      if (problems.length) throw unprocessable('some filings do not exist', problems);
      const found = filings as InspectionFiling[];
      if (!isSupervisor(caller) && !found.some((f) => f.agency === caller.organisation)) throw forbidden('join only plans that include your own');
      const reasons: string[] = [];
      if (found.length < 2) reasons.push('a joint inspection needs at least two filings');
      if (new Set(found.map((f) => f.enterprise.creditCode)).size > 1) reasons.push('the filings concern different enterprises');
      if (new Set(found.map((f) => f.agency)).size !== found.length) reasons.push('each agency joins with one filing');
      if (found.some((f) => f.status !== 'planned' || f.joint)) reasons.push('only planned filings not yet joined can be merged');
      if (found.some((f) => visitOn < f.window.from || visitOn > f.window.to)) reasons.push('the visit date must lie in every filing\'s window');
      if (reasons.length) throw unprocessable(reasons.join('; '), reasons.map((message) => ({ path: 'body', message })));
      const jointId = deps.ids();
      const joint = { id: jointId, visitOn, filingIds: found.map((f) => f.id) };
      const event = envelope('JointInspectionFormed', caller.tenant, actorOf(caller), jointId, {
        jointInspectionId: jointId,
        enterprise: found[0]!.enterprise.creditCode,
        visitOn,
        filingIds: joint.filingIds,
        agencies: found.map((f) => f.agency),
      });
      await conflictOnRefusal('one of the filings changed meanwhile; read them again', () =>
        store.updateMany(found.map((f) => ({ filing: { ...f, version: f.version + 1, joint }, expectedVersion: f.version })), [event]),
      );
      return joint;
    },
    /** An agency lists its own filings; the bureau's supervisors any agency's, or all. */
    list: (caller: Caller, query: { agency?: string; month?: string }) => {
      if (!isSupervisor(caller) && query.agency && query.agency !== caller.organisation) throw forbidden('an agency lists only its own filings');
      return store.listed(caller.tenant, { ...query, agency: isSupervisor(caller) ? query.agency : caller.organisation });
    },

    cancel: async (caller: Caller, id: string, expectedVersion: number, reason: string) => {
      const filing = await load(caller, id);
      if (filing.version !== expectedVersion) throw versionConflict('the filing changed since you read it', { currentVersion: filing.version });
      if (filing.status !== 'planned') throw invalidTransition(`a filing that is ${filing.status} cannot be cancelled`, { currentStatus: filing.status });
      const next: InspectionFiling = { ...filing, version: filing.version + 1, status: 'cancelled', cancellation: { on: shanghaiDate(deps.clock.now()), reason } };
      const cancelled = envelope('InspectionCancelled', filing.tenant, actorOf(caller), id, { agency: filing.agency, enterprise: filing.enterprise.creditCode, plannedOn: filing.plannedOn, filingId: id, reason });
      await conflictOnRefusal('the filing changed since you read it', () => store.cancel(next, expectedVersion, [cancelled]), {}, 'version_conflict');
      return next;
    },

    fileResult: (caller: Caller, id: string, expectedVersion: number, input: z.infer<typeof ResultInput>) =>
      guardCalendar(async () => {
        const filing = await load(caller, id);
        if (filing.agency !== caller.organisation) throw forbidden('only the inspecting agency files the result');
        if (filing.version !== expectedVersion) throw versionConflict('the filing changed since you read it', { currentVersion: filing.version });
        if (filing.status !== 'planned') throw invalidTransition(`a filing that is ${filing.status} takes no result`, { currentStatus: filing.status });
        const today = shanghaiDate(deps.clock.now());
        if (input.inspectedOn > today) throw unprocessable('the inspection date is in the future', [{ path: 'body.inspectedOn', message: '检查日期不得晚于今天' }]);
        const dueOn = resultDueOn(input.inspectedOn, await calendars.calendarOf(caller.tenant));
        const [evidence] = await attachEvidence(deps.evidence, [{ inputs: input.evidence, field: 'body.evidence' }], { tenant: caller.tenant, subjects: [{ kind: 'inspection-filing', id }] });
        const result = {
          inspectedOn: input.inspectedOn,
          officers: input.officers,
          findings: input.findings.map((f, i) => ({ id: `f${i + 1}`, text: f.text })),
          orders: input.orders.map((o, i) => ({ orderId: `o${i + 1}`, ...o })),
          penaltyDecisions: input.penaltyDecisions,
          evidence: evidence!,
          filedOn: today,
          dueOn,
          onTime: today <= dueOn,
        };
        const next: InspectionFiling = { ...filing, version: filing.version + 1, status: 'result-filed', result };
        const event = envelope('InspectionResultFiled', filing.tenant, actorOf(caller), id, {
          filingId: id,
          inspectionCode: filing.code.display,
          agency: filing.agency,
          enterprise: filing.enterprise,
          inspectedOn: result.inspectedOn,
          filedOn: today,
          onTime: result.onTime,
          findings: result.findings,
          orders: result.orders,
          penaltyDecisions: result.penaltyDecisions,
        });
        await conflictOnRefusal('the filing changed since you read it', () => store.update(next, expectedVersion, [event]), {}, 'version_conflict');
        return withItemIds(next);
      }),

    /** What the enterprise sees when it scans the code: this inspection only, never anything else of the tenant. */
    codePage: async (token: string) => {
      const found = await store.byCode(token);
      const filing = found && (await store.get(found.tenant, found.filingId));
      if (!filing) throw notFound('no inspection with this code');
      const items = filing.result
        ? await Promise.all(filing.result.orders.map((o) => rectifications.get(filing.tenant, intakeItemId.inspection(filing.tenant, filing.id, o.orderId))))
        : [];
      const agency = await organisationStore(deps.db, deps.tableName).get(filing.tenant, filing.agency);
      const asEnterprise: Actor = { kind: 'enterprise', inspectionCode: filing.code.display };
      return {
        code: filing.code.display,
        status: filing.status,
        statusLabel: filingStatusLabels[filing.status],
        inspectionTypeLabel: inspectionTypeLabels[filing.inspectionType],
        agency: filing.agency,
        agencyName: agency?.name ?? filing.agency,
        enterprise: filing.enterprise,
        inspectionType: filing.inspectionType,
        items: filing.items,
        legalBasis: filing.legalBasis,
        window: filing.window,
        officers: filing.officers.map((o) => ({ name: o.name, certificateNumber: o.certificateNumber })),
        result: filing.result && { inspectedOn: filing.result.inspectedOn, findings: filing.result.findings, orders: filing.result.orders.map((o) => ({ problem: o.problem, measure: o.measure })) },
        // Ids and versions let the enterprise act on its items through this code (acknowledge, progress, close-out request).
        rectifications: items.flatMap((r) =>
          r ? [{ id: r.id, version: r.version, problem: r.problem.title, deadline: r.deadline, status: r.status, statusLabel: statusLabels[r.status], measures: r.measures.map((m) => ({ id: m.id, text: m.text, status: m.status })), actions: actionsFor(r, asEnterprise) }] : [],
        ),
      };
    },

    /** The tenant and the readable code behind a token, for acting on the inspection's rectification items. */
    resolveCode: async (token: string) => {
      const found = await store.byCode(token);
      const filing = found && (await store.get(found.tenant, found.filingId));
      if (!filing) throw notFound('no inspection with this code');
      return { tenant: filing.tenant, inspectionCode: filing.code.display };
    },

    /** One anonymous rating per inspection, after it took place. */
    rate: async (token: string, input: z.infer<typeof RatingInput>) => {
      const found = await store.byCode(token);
      const filing = found && (await store.get(found.tenant, found.filingId));
      if (!filing) throw notFound('no inspection with this code');
      if (filing.status !== 'result-filed') throw conflict('an inspection can be rated once it has taken place and its result is filed');
      const event = envelope('InspectionRated', filing.tenant, { kind: 'enterprise', inspectionCode: filing.code.display }, filing.id, {
        agency: filing.agency,
        enterprise: filing.enterprise.creditCode,
        plannedOn: filing.plannedOn,
        filingId: filing.id,
        score: input.score,
        showedCertificates: input.showedCertificates,
        stayedWithinItems: input.stayedWithinItems,
        askedNothingImproper: input.askedNothingImproper,
      });
      await conflictOnRefusal('this inspection has been rated already', () => store.rate(filing, { ...input, on: shanghaiDate(deps.clock.now()) }, event));
      return { rated: true };
    },

    /** Ratings are for supervisors only; the inspecting agency never sees them in detail. */
    rating: async (caller: Caller, id: string) => {
      if (!isSupervisor(caller)) throw forbidden('ratings are visible to supervisors only');
      await load(caller, id);
      const rating = await store.rating(caller.tenant, id);
      if (!rating) throw notFound('not rated yet');
      return rating;
    },
  };
};

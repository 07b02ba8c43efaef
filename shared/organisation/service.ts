import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../adapters/clock.ts';
import type { IdGenerator } from '../adapters/ids.ts';
import type { EventOf } from '../events/catalog.ts';
import { actorOf, type Caller } from '../http/caller.ts';
import { conflictOnRefusal } from '../http/conflicts.ts';
import { invalidTransition, notFound, unprocessable, versionConflict } from '../http/errors.ts';
import { checkOrganisation, type Organisation, type OrganisationInput } from './organisation.ts';
import { organisationStore } from './store.ts';

type OrganisationEvent = 'OrganisationCreated' | 'OrganisationUpdated' | 'OrganisationDeactivated' | 'OrganisationReactivated';

/** A bureau administers its own organisations (admins write, everyone signed in reads). */
export const organisationService = (deps: { db: DynamoDBDocumentClient; tableName: string; clock: Clock; ids: IdGenerator }) => {
  const store = organisationStore(deps.db, deps.tableName);
  const event = <T extends OrganisationEvent>(type: T, caller: Caller, o: Organisation) =>
    ({
      id: deps.ids(),
      type,
      version: 1,
      tenant: caller.tenant,
      occurredAt: deps.clock.now().toISOString(),
      actor: actorOf(caller),
      subject: { kind: 'organisation', id: o.id },
      payload: { organisationId: o.id, kind: o.kind, name: o.name, version: o.version },
    }) as EventOf<T>;
  const refuse = (refusal: { field: string; message: string } | undefined) => {
    if (refusal) throw unprocessable(refusal.message, [{ path: `body.${refusal.field}`, message: refusal.message }]);
  };
  const load = async (caller: Caller, id: string) => {
    const found = await store.get(caller.tenant, id);
    if (!found) throw notFound(`no organisation ${id}`);
    return found;
  };
  const change = async (caller: Caller, before: Organisation, expectedVersion: number, after: Organisation, type: OrganisationEvent) => {
    if (before.version !== expectedVersion) throw versionConflict('the organisation changed since you read it', { currentVersion: before.version });
    await conflictOnRefusal('the organisation changed meanwhile, or another one took that name; read it again', () => store.update(caller.tenant, before, after, [event(type, caller, after)]), {}, 'version_conflict');
    return after;
  };

  return {
    list: async (caller: Caller, filter: { kind?: Organisation['kind']; active?: boolean }) =>
      (await store.list(caller.tenant)).filter((o) => (!filter.kind || o.kind === filter.kind) && (filter.active === undefined || o.active === filter.active)),
    read: load,
    create: async (caller: Caller, id: string, input: OrganisationInput) => {
      const all = await store.list(caller.tenant);
      if (all.some((o) => o.id === id)) throw unprocessable(`organisation ${id} exists already`, [{ path: 'body.id', message: 'is taken: ids are stable and never reused' }]);
      const organisation: Organisation = { ...input, id, active: true, version: 1 };
      refuse(checkOrganisation(organisation, all));
      await conflictOnRefusal('another organisation with that id or name was created meanwhile', () => store.create(caller.tenant, organisation, [event('OrganisationCreated', caller, organisation)]));
      return organisation;
    },
    update: async (caller: Caller, id: string, expectedVersion: number, input: OrganisationInput) => {
      const all = await store.list(caller.tenant);
      const before = all.find((o) => o.id === id);
      if (!before) throw notFound(`no organisation ${id}`);
      // Items, filings and reports are counted by kind: an office does not become an agency.
      if (input.kind !== before.kind) throw unprocessable('an organisation keeps its kind', [{ path: 'body.kind', message: `must stay ${before.kind}` }]);
      const after: Organisation = { ...input, id, active: before.active, version: before.version + 1 };
      refuse(checkOrganisation(after, all));
      return change(caller, before, expectedVersion, after, 'OrganisationUpdated');
    },
    setActive: async (caller: Caller, id: string, expectedVersion: number, active: boolean) => {
      const before = await load(caller, id);
      if (before.active === active) throw invalidTransition(`${before.name} is ${active ? 'active' : 'deactivated'} already`, { currentStatus: active ? 'active' : 'inactive', currentVersion: before.version });
      if (!active && before.kind === 'bureau') throw unprocessable('the bureau itself cannot be deactivated', [{ path: 'path.id', message: 'is the bureau' }]);
      return change(caller, before, expectedVersion, { ...before, active, version: before.version + 1 }, active ? 'OrganisationReactivated' : 'OrganisationDeactivated');
    },
  };
};

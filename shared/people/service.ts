import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../adapters/clock.ts';
import type { IdGenerator } from '../adapters/ids.ts';
import type { EventOf } from '../events/catalog.ts';
import type { Actor } from '../events/envelope.ts';
import { actorOf, type Caller } from '../http/caller.ts';
import { conflictOnRefusal } from '../http/conflicts.ts';
import { invalidTransition, notFound, unprocessable, versionConflict } from '../http/errors.ts';
import { logger } from '../observability.ts';
import { activeOrganisations } from '../organisation/guard.ts';
import { TransactionRefused } from '../store/transaction.ts';
import { activationCodeHash, hashPassword, newActivationCode, verifyPassword } from './passwords.ts';
import { userStore, type UserTables } from './store.ts';
import { checkAdminChange, isLocked, lockoutAfterFailure, passwordProblems, type Refusal, type User, type UserInput, viewOf } from './user.ts';

const activationDays = 7;
type UserEvent = 'UserInvited' | 'UserUpdated' | 'UserRolesChanged' | 'UserActivated' | 'UserDisabled' | 'UserEnabled' | 'UserActivationReset';
export type SignInOutcome = { ok: true; user: User } | { ok: false; reason: 'unknown' | 'wrong_password' | 'locked' | 'disabled' | 'not_activated'; lockedUntil?: string };

/** People of a bureau: admins invite and manage them; each activates with a one-time code and signs in with a password. */
export const userService = (deps: { db: DynamoDBDocumentClient; tables: UserTables; clock: Clock; ids: IdGenerator }) => {
  const store = userStore(deps.db, deps.tables);
  const organisations = activeOrganisations(deps.db, deps.tables.recordsTable);
  const now = () => deps.clock.now();

  const event = <T extends UserEvent>(type: T, actor: Actor, user: User, extra: Record<string, unknown> = {}) =>
    ({
      id: deps.ids(),
      type,
      version: 1,
      tenant: user.tenant,
      occurredAt: now().toISOString(),
      actor,
      subject: { kind: 'user', id: user.id },
      payload: { userId: user.id, login: user.login, name: user.name, organisation: user.organisation, ...extra },
    }) as EventOf<T>;
  const refuse = (refusal: Refusal | undefined) => {
    if (refusal) throw unprocessable(refusal.message, [{ path: `body.${refusal.field}`, message: refusal.message }]);
  };
  const load = async (caller: Caller, id: string) => {
    const user = await store.get(caller.tenant, id);
    if (!user) throw notFound(`no user ${id}`);
    return user;
  };
  const withActivation = (user: User) => {
    const code = newActivationCode();
    const expiresAt = new Date(now().getTime() + activationDays * 86_400_000).toISOString();
    return { user: { ...user, activation: { codeHash: activationCodeHash(code), expiresAt } }, activation: { code, expiresAt } };
  };
  const save = async (before: User, after: User, events: Parameters<typeof store.update>[2]) => {
    await conflictOnRefusal('the user changed meanwhile, or the login is taken; read it again', () => store.update(before, after, events), {}, 'version_conflict');
    return after;
  };
  const checkVersion = (user: User, expectedVersion: number) => {
    if (user.version !== expectedVersion) throw versionConflict('the user changed since you read it', { currentVersion: user.version, currentStatus: user.status });
  };

  return {
    list: async (caller: Caller) => (await store.list(caller.tenant)).map(viewOf),
    read: async (caller: Caller, id: string) => viewOf(await load(caller, id)),

    /** Creates the user with a one-time activation code, answered once: the admin hands it over (no SMS or mail needed). */
    invite: async (caller: Caller, input: UserInput) => {
      await organisations.require(caller.tenant, input.organisation, 'body.organisation');
      const { user, activation } = withActivation({ ...input, id: deps.ids(), tenant: caller.tenant, status: 'invited', version: 1, createdAt: now().toISOString(), failedSignIns: 0 });
      try {
        await store.create(user, [event('UserInvited', actorOf(caller), user, { roles: user.roles })]);
      } catch (error) {
        if (error instanceof TransactionRefused) throw unprocessable(`the login ${input.login} is taken`, [{ path: 'body.login', message: 'is taken' }]);
        throw error;
      }
      return { user: viewOf(user), activation };
    },

    update: async (caller: Caller, id: string, expectedVersion: number, input: UserInput) => {
      const [before, users] = await Promise.all([load(caller, id), store.list(caller.tenant)]);
      checkVersion(before, expectedVersion);
      if (input.organisation !== before.organisation) await organisations.require(caller.tenant, input.organisation, 'body.organisation');
      const after: User = { ...before, ...input, version: before.version + 1 };
      refuse(checkAdminChange(caller.userId, before, after, users));
      const rolesChanged = before.roles.join() !== after.roles.join();
      const actor = actorOf(caller);
      const events = [event('UserUpdated', actor, after), ...(rolesChanged ? [event('UserRolesChanged', actor, after, { from: before.roles, to: after.roles })] : [])];
      return viewOf(await save(before, after, events));
    },

    setEnabled: async (caller: Caller, id: string, expectedVersion: number, enabled: boolean) => {
      const [before, users] = await Promise.all([load(caller, id), store.list(caller.tenant)]);
      checkVersion(before, expectedVersion);
      if ((before.status !== 'disabled') === enabled) throw invalidTransition(`the user is ${before.status} already`, { currentStatus: before.status, currentVersion: before.version });
      const status = enabled ? (before.passwordHash ? 'active' : 'invited') : 'disabled';
      const after: User = { ...before, status, version: before.version + 1 };
      refuse(checkAdminChange(caller.userId, before, after, users));
      return viewOf(await save(before, after, [event(enabled ? 'UserEnabled' : 'UserDisabled', actorOf(caller), after)]));
    },

    /** A new activation code (forgotten password, lost phone): the old password stops working at once. */
    reset: async (caller: Caller, id: string, expectedVersion: number) => {
      const before = await load(caller, id);
      checkVersion(before, expectedVersion);
      if (before.status === 'disabled') throw invalidTransition('enable the user first', { currentStatus: before.status, currentVersion: before.version });
      const { user, activation } = withActivation({ ...before, status: 'invited', passwordHash: undefined, failedSignIns: 0, lockedUntil: undefined, version: before.version + 1 });
      await save(before, user, [event('UserActivationReset', actorOf(caller), user)]);
      return { user: viewOf(user), activation };
    },

    /** The person sets their password with the code they were given. */
    activate: async (login: string, code: string, password: string) => {
      const user = await store.byLogin(login);
      const refused = () => unprocessable('the login or activation code is wrong, or the code has expired: ask your admin for a new one', [{ path: 'body.code', message: 'is not valid' }]);
      if (!user || user.status !== 'invited' || !user.activation || user.activation.expiresAt < now().toISOString() || user.activation.codeHash !== activationCodeHash(code)) throw refused();
      const problems = passwordProblems(password, user);
      if (problems.length) throw unprocessable(`the password needs ${problems.join('; ')}`, problems.map((message) => ({ path: 'body.password', message })));
      const after: User = { ...user, status: 'active', passwordHash: await hashPassword(password), activation: undefined, version: user.version + 1 };
      await save(user, after, [event('UserActivated', { kind: 'system', job: 'activation' }, after)]);
      return viewOf(after);
    },

    /** Checks a password; counts failures and locks with back-off. Every attempt is logged, none with the password. */
    signIn: async (login: string, password: string): Promise<SignInOutcome> => {
      const user = await store.byLogin(login.trim().toLowerCase());
      const outcome = await (async (): Promise<SignInOutcome> => {
        if (!user) return (await verifyPassword(password, undefined), { ok: false, reason: 'unknown' });
        if (user.status === 'disabled') return { ok: false, reason: 'disabled' };
        if (user.status === 'invited') return { ok: false, reason: 'not_activated' };
        if (isLocked(user, now())) return { ok: false, reason: 'locked', lockedUntil: user.lockedUntil };
        if (await verifyPassword(password, user.passwordHash)) {
          await store.update(user, { ...user, failedSignIns: 0, lockedUntil: undefined, lastSignInAt: now().toISOString() }, []).catch(() => undefined);
          return { ok: true, user };
        }
        const failedSignIns = user.failedSignIns + 1;
        const lockedUntil = lockoutAfterFailure(failedSignIns, now());
        await store.update(user, { ...user, failedSignIns, lockedUntil }, []).catch(() => undefined);
        return { ok: false, reason: lockedUntil ? 'locked' : 'wrong_password', lockedUntil };
      })();
      logger.info('sign-in', { login, userId: user?.id, tenant: user?.tenant, outcome: outcome.ok ? 'ok' : outcome.reason });
      return outcome;
    },

    /** The account behind a token: nothing for a disabled or reset user, so their sessions and refresh tokens end. */
    account: async (id: string) => {
      const user = await store.byId(id);
      return user?.status === 'active' ? user : undefined;
    },
  };
};

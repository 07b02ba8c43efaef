import * as z from 'zod';
import { OrganisationId } from '../organisation/organisation.ts';
import { Role } from '../tenancy/tenant.ts';

/** What people sign in with: unique across the deployment, so the sign-in page needs no bureau picker. */
export const Login = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'letters, digits, dot, dash or underscore, 3 to 40 (e.g. xinjie.wang or a mobile number)');

export const UserInput = z.object({
  login: Login,
  name: z.string().trim().min(1).max(50),
  mobile: z.string().trim().regex(/^1\d{10}$/, 'an 11-digit mobile number').optional(),
  email: z.email().max(200).optional(),
  organisation: OrganisationId,
  roles: z.array(Role).min(1).max(5).transform((roles) => [...new Set(roles)]),
});
export type UserInput = z.infer<typeof UserInput>;

export const UserStatus = z.enum(['invited', 'active', 'disabled']);

/** 用户: one person of a bureau, with the organisation they work for and their roles. */
export const User = UserInput.extend({
  roles: z.array(Role),
  id: z.string(),
  tenant: z.string(),
  status: UserStatus,
  version: z.number().int().min(1),
  createdAt: z.string(),
  /** scrypt hash; never answered. */
  passwordHash: z.string().optional(),
  /** SHA-256 of the one-time activation code and when it expires; never answered. */
  activation: z.object({ codeHash: z.string(), expiresAt: z.string() }).optional(),
  failedSignIns: z.number().int().min(0).default(0),
  lockedUntil: z.string().optional(),
  lastSignInAt: z.string().optional(),
});
export type User = z.infer<typeof User>;

/** A user as the API shows them: no secrets. */
export const UserView = User.omit({ passwordHash: true, activation: true }).meta({ id: 'User' });
export const viewOf = (user: User): z.infer<typeof UserView> => UserView.parse(user);

export type Refusal = { field: string; message: string };

const activeAdmins = (users: readonly User[]) => users.filter((u) => u.status !== 'disabled' && u.roles.includes('admin'));

/**
 * Changes an admin may not make: their own roles (no one grants themselves more, or locks themselves out),
 * or anything that leaves the bureau without an active admin.
 */
export const checkAdminChange = (actorId: string, before: User, after: Pick<User, 'roles' | 'status'>, users: readonly User[]): Refusal | undefined => {
  const sameRoles = before.roles.length === after.roles.length && before.roles.every((r) => after.roles.includes(r));
  if (actorId === before.id && !sameRoles) return { field: 'roles', message: 'you cannot change your own roles; ask another admin' };
  if (actorId === before.id && after.status === 'disabled') return { field: 'status', message: 'you cannot disable yourself' };
  const remains = after.status !== 'disabled' && after.roles.includes('admin');
  const others = activeAdmins(users).filter((u) => u.id !== before.id);
  if (before.roles.includes('admin') && before.status !== 'disabled' && !remains && others.length === 0) {
    return { field: after.status === 'disabled' ? 'status' : 'roles', message: 'this is the last admin of the bureau: make another admin first' };
  }
  return undefined;
};

/** 密码策略: long enough, not all one kind of character, not the login or name. */
export const passwordProblems = (password: string, user: Pick<User, 'login' | 'name' | 'mobile'>): string[] => {
  const problems: string[] = [];
  if (password.length < 10) problems.push('at least 10 characters');
  if (password.length > 128) problems.push('at most 128 characters');
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((kind) => kind.test(password)).length;
  if (kinds < 3) problems.push('at least three of: lower-case, upper-case, digits, symbols');
  const lower = password.toLowerCase();
  if ([user.login, user.mobile].some((part) => part && lower.includes(part.toLowerCase()))) problems.push('must not contain the login or mobile number');
  return problems;
};

/** After this many wrong passwords in a row, sign-in waits: 1 minute, doubling up to an hour. */
export const freeAttempts = 5;
export const lockoutAfterFailure = (failedSignIns: number, now: Date): string | undefined => {
  if (failedSignIns < freeAttempts) return undefined;
  const minutes = Math.min(60, 2 ** (failedSignIns - freeAttempts));
  return new Date(now.getTime() + minutes * 60_000).toISOString();
};
export const isLocked = (user: Pick<User, 'lockedUntil'>, now: Date) => !!user.lockedUntil && user.lockedUntil > now.toISOString();

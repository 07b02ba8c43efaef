import { describe, expect, it } from 'vitest';
import { activationCodeHash, hashPassword, newActivationCode, verifyPassword } from '#shared/people/passwords.ts';
import { checkAdminChange, freeAttempts, isLocked, lockoutAfterFailure, passwordProblems, type User } from '#shared/people/user.ts';

const user = (id: string, roles: User['roles'], status: User['status'] = 'active'): User => ({
  id,
  tenant: '360923',
  login: id,
  name: id,
  organisation: 'bureau',
  roles,
  status,
  version: 1,
  createdAt: '2026-12-01T00:00:00Z',
  failedSignIns: 0,
});

describe('administering users', () => {
  const chief = user('chief', ['admin']);
  const deputy = user('deputy', ['admin', 'supervisor']);
  const clerk = user('clerk', ['office']);

  it('lets an admin change another user, and nobody their own roles', () => {
    expect(checkAdminChange('chief', clerk, { roles: ['office', 'inspector'], status: 'active' }, [chief, clerk])).toBeUndefined();
    expect(checkAdminChange('chief', chief, { roles: ['admin', 'supervisor'], status: 'active' }, [chief, deputy])).toMatchObject({ field: 'roles' });
    expect(checkAdminChange('chief', chief, { roles: ['admin'], status: 'disabled' }, [chief, deputy])).toMatchObject({ field: 'status' });
  });

  it('never leaves a bureau without an active admin', () => {
    expect(checkAdminChange('deputy', chief, { roles: ['supervisor'], status: 'active' }, [chief, clerk])).toMatchObject({ field: 'roles', message: expect.stringContaining('last admin') });
    expect(checkAdminChange('deputy', chief, { roles: ['admin'], status: 'disabled' }, [chief, clerk])).toMatchObject({ field: 'status' });
    expect(checkAdminChange('deputy', chief, { roles: ['admin'], status: 'disabled' }, [chief, deputy])).toBeUndefined();
    // A disabled admin does not count as the other admin.
    expect(checkAdminChange('x', chief, { roles: ['supervisor'], status: 'active' }, [chief, user('gone', ['admin'], 'disabled')])).toMatchObject({ field: 'roles' });
  });
});

describe('passwords (密码策略)', () => {
  it('asks for length, variety, and not the login or mobile number', () => {
    expect(passwordProblems('Xinjie-2026-所长', { login: 'xinjie.wang', name: '王新' })).toEqual([]);
    expect(passwordProblems('short1A!', { login: 'nobody', name: 'b' })).toEqual(['at least 10 characters']);
    expect(passwordProblems('alllowercaseletters', { login: 'nobody', name: 'b' })).toEqual(['at least three of: lower-case, upper-case, digits, symbols']);
    expect(passwordProblems('Pw-13907951234', { login: 'nobody', name: 'b', mobile: '13907951234' })).toEqual(['must not contain the login or mobile number']);
  });

  it('keeps only a memory-hard hash that verifies the password and nothing else', async () => {
    const stored = await hashPassword('Xinjie-2026-所长');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain('Xinjie');
    expect(await verifyPassword('Xinjie-2026-所长', stored)).toBe(true);
    expect(await verifyPassword('Xinjie-2026-所', stored)).toBe(false);
    expect(await verifyPassword('anything', undefined)).toBe(false);
    expect(await hashPassword('Xinjie-2026-所长')).not.toBe(stored); // salted
  });

  it('hands out activation codes that are easy to read out and checked however they are typed', () => {
    const code = newActivationCode();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(activationCodeHash(code.toLowerCase().replace(/-/g, ' '))).toBe(activationCodeHash(code));
    expect(new Set(Array.from({ length: 50 }, newActivationCode)).size).toBe(50);
  });
});

describe('lockout after wrong passwords', () => {
  const now = new Date('2026-12-02T01:00:00Z');
  it('waits a minute after the fifth failure, doubling up to an hour', () => {
    expect(lockoutAfterFailure(freeAttempts - 1, now)).toBeUndefined();
    expect(lockoutAfterFailure(freeAttempts, now)).toBe('2026-12-02T01:01:00.000Z');
    expect(lockoutAfterFailure(freeAttempts + 2, now)).toBe('2026-12-02T01:04:00.000Z');
    expect(lockoutAfterFailure(freeAttempts + 20, now)).toBe('2026-12-02T02:00:00.000Z');
    expect(isLocked({ lockedUntil: '2026-12-02T01:01:00.000Z' }, now)).toBe(true);
    expect(isLocked({ lockedUntil: '2026-12-02T00:59:00.000Z' }, now)).toBe(false);
  });
});

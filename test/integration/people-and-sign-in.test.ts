import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import type { DevUser } from '#infra/local/dev-auth.ts';
import { exampleUsers } from '#infra/local/example-data.ts';
import { browserSession } from './support/browser-session.ts';
import { exampleStack } from './support/test-stack.ts';

const stack = exampleStack();

const { admin, supervisor, office } = exampleUsers;
const otherCounty: DevUser = { userId: 'admin-taojiang', tenant: '430922', organisation: 'bureau', roles: ['admin'] };
const password = 'Xinjie-2026-所长';

const invite = async (login: string, organisation = 'office-xinjie', roles = ['office']) => {
  const response = await stack.request('POST', '/v1/users', { user: admin, body: { login, name: '王新', mobile: '13907951234', organisation, roles } });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { user: { id: string; version: number }; activation: { code: string } };
};
const activate = (login: string, code: string, pass = password) => stack.request('POST', '/v1/activation', { body: { login, code, password: pass } });

describe('people: an admin onboards a new office and its user, who signs in at our own issuer', () => {
  it('creates the office and the user, who activates, signs in by code + PKCE and lists their items', async () => {
    expect((await stack.request('POST', '/v1/organisations', { user: admin, body: { id: 'office-xinjie', kind: 'office', name: '新街司法所', parent: 'bureau' } })).status).toBe(201);
    const assigned = await stack.request('POST', '/v1/rectifications', { user: supervisor, body: { problem: { title: '人民调解卷宗归档不全' }, responsibility: { organisation: 'office-xinjie' }, deadline: { workingDays: 10 } } });
    expect(assigned.status).toBe(201);

    const { user, activation } = await invite('xinjie.wang');
    expect(user).toMatchObject({ status: 'invited', roles: ['office'], organisation: 'office-xinjie' });
    expect(JSON.stringify(user)).not.toMatch(/passwordHash|codeHash/);

    expect(await activate('xinjie.wang', activation.code, 'short')).toMatchObject({ status: 422, body: { error: { fields: expect.arrayContaining([expect.objectContaining({ path: 'body.password' })]) } } });
    expect(await activate('xinjie.wang', 'WRONG-CODE-0000')).toMatchObject({ status: 422, body: { error: { fields: [{ path: 'body.code' }] } } });
    expect(await activate('xinjie.wang', activation.code.toLowerCase())).toMatchObject({ status: 200, body: { status: 'active' } });
    expect((await activate('xinjie.wang', activation.code)).status).toBe(422); // once only

    const browser = browserSession(stack.runtime.url);
    const { page } = await browser.start();
    expect(page).toContain('县司法局检查与整改平台');
    const signedIn = await browser.signIn('xinjie.wang', password);
    expect(signedIn.ok).toBe(true);
    if (!signedIn.ok) return;
    expect(signedIn.status).toBe(200);
    const claims = decodeJwt(signedIn.tokens.access_token);
    expect(claims).toMatchObject({ sub: user.id, iss: `${stack.runtime.url}/oidc`, aud: 'urn:judicial-inspection:api', 'custom:tenant': '360923', 'custom:org': 'office-xinjie', 'cognito:groups': ['office'], name: '王新' });

    const mine = await stack.request('GET', '/v1/rectifications', { token: signedIn.tokens.access_token });
    expect(mine.status).toBe(200);
    expect(mine.body!.items.map((i: { id: string }) => i.id)).toEqual([assigned.body!.id]);
    expect(await stack.request('GET', '/v1/me', { token: signedIn.tokens.access_token })).toMatchObject({
      status: 200,
      body: { userId: user.id, name: '王新', organisation: 'office-xinjie', organisationName: '新街司法所', roles: ['office'] },
    });

    const refreshed = await browser.refresh(signedIn.tokens.refresh_token!);
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
    expect((await stack.request('GET', '/v1/me', { token: refreshed.body.access_token })).status).toBe(200);

    // Disabling ends it: the next sign-in and the next refresh fail.
    const current = (await stack.request('GET', `/v1/users/${user.id}`, { user: admin })).body!;
    expect((await stack.request('POST', `/v1/users/${user.id}/disable`, { user: admin, body: { expectedVersion: current.version } })).status).toBe(200);
    expect((await browser.refresh(refreshed.body.refresh_token!)).status).toBe(400);
    const again = await browserSession(stack.runtime.url).signIn('xinjie.wang', password);
    expect(again).toMatchObject({ ok: false, page: expect.stringContaining('账号已停用') });
  });

  it('locks a login after repeated wrong passwords, and logs every attempt in the audit list', async () => {
    const { user, activation } = await invite('xinjie.li');
    // This time as a person would: on the issuer's activation page.
    const page = browserSession(stack.runtime.url);
    expect(await page.activate('xinjie.li', activation.code, password, 'Other-2026-所长')).toContain('两次输入的密码不一致');
    expect(await page.activate('xinjie.li', activation.code, 'weak')).toContain('密码不符合要求');
    expect(await page.activate('xinjie.li', 'AAAA-BBBB-CCCC', password)).toContain('激活码不正确');
    expect(await page.activate('xinjie.li', activation.code, password)).toContain('账号已激活');
    expect(await browserSession(stack.runtime.url).signIn('xinjie.li', password)).toMatchObject({ ok: true });
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      // (the successful sign-in above reset the count)
      expect(await browserSession(stack.runtime.url).signIn('xinjie.li', 'Wrong-password-1')).toMatchObject({ ok: false, page: expect.stringContaining('账号或密码错误') });
    }
    expect(await browserSession(stack.runtime.url).signIn('xinjie.li', 'Wrong-password-1')).toMatchObject({ ok: false, page: expect.stringContaining('暂时锁定') });
    // Locked means locked: even the right password waits.
    expect(await browserSession(stack.runtime.url).signIn('xinjie.li', password)).toMatchObject({ ok: false, page: expect.stringContaining('暂时锁定') });

    const audit = await stack.request('GET', `/v1/audit?subject=user:${user.id}`, { user: admin });
    expect(audit.body!.entries.map((e: { type: string }) => e.type)).toEqual(['UserActivated', 'UserInvited']);
    expect(audit.body!.entries[1].actor).toMatchObject({ kind: 'user', id: admin.userId });
  });

  it('keeps the rules of administration: only admins, own bureau only, never the last admin or own roles', async () => {
    const { user } = await invite('xinjie.zhao');
    for (const caller of [supervisor, office]) {
      expect((await stack.request('POST', '/v1/users', { user: caller, body: { login: 'x.y', name: '某', organisation: 'office-aoyang', roles: ['office'] } })).status).toBe(403);
      expect((await stack.request('POST', `/v1/users/${user.id}/disable`, { user: caller, body: { expectedVersion: 1 } })).status).toBe(403);
    }
    expect((await stack.request('GET', `/v1/users/${user.id}`, { user: otherCounty })).status).toBe(404);
    expect((await stack.request('GET', '/v1/users', { user: otherCounty })).body!.users).toEqual([]);
    expect(await stack.request('POST', '/v1/users', { user: otherCounty, body: { login: 'ty.a', name: '某', organisation: 'office-xinjie', roles: ['office'] } })).toMatchObject({
      status: 422,
      body: { error: { code: 'organisation_unknown', fields: [{ path: 'body.organisation' }] } },
    });
    expect(await stack.request('POST', '/v1/users', { user: admin, body: { login: 'xinjie.zhao', name: '重名', organisation: 'office-xinjie', roles: ['office'] } })).toMatchObject({
      status: 422,
      body: { error: { fields: [{ path: 'body.login' }] } },
    });

    // A second admin, invited by the example admin; then the example admin's account is disabled, so the chief is the last.
    const chief = await invite('bureau.chief', 'bureau', ['admin']);
    const chiefToken = await stack.auth.sign({ userId: chief.user.id, tenant: '360923', organisation: 'bureau', roles: ['admin'] });
    const selfDemotion = await stack.request('PUT', `/v1/users/${chief.user.id}`, { token: chiefToken, body: { login: 'bureau.chief', name: '王新', organisation: 'bureau', roles: ['supervisor'], expectedVersion: 1 } });
    expect(selfDemotion).toMatchObject({ status: 422, body: { error: { fields: [{ path: 'body.roles' }] } } });
    expect(await stack.request('POST', `/v1/users/${admin.userId}/disable`, { token: chiefToken, body: { expectedVersion: 1 } })).toMatchObject({ status: 200 });
    const lastAdmin = await stack.request('POST', `/v1/users/${chief.user.id}/disable`, { user: admin, body: { expectedVersion: 1 } });
    expect(lastAdmin).toMatchObject({ status: 422, body: { error: { message: expect.stringContaining('last admin') } } });
  });

  it('lets only the web pages\' origins call the token endpoint from a browser (CORS)', async () => {
    const preflight = (origin: string) =>
      fetch(`${stack.runtime.url}/oidc/token`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const pages = new URL(stack.runtime.url).origin;
    expect((await preflight(pages)).headers.get('access-control-allow-origin')).toBe(pages);
    const token = (origin: string) =>
      fetch(`${stack.runtime.url}/oidc/token`, { method: 'POST', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=refresh_token&refresh_token=x&client_id=judicial-inspection-web' });
    expect((await token(pages)).headers.get('access-control-allow-origin')).toBe(pages);
    expect((await token('https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('publishes a discovery document with S256 PKCE, under /oidc', async () => {
    const discovery = (await (await fetch(`${stack.runtime.url}/oidc/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({ issuer: `${stack.runtime.url}/oidc`, code_challenge_methods_supported: ['S256'], token_endpoint: `${stack.runtime.url}/oidc/token`, response_types_supported: ['code'] });
    const stale = await fetch(`${stack.runtime.url}/oidc/interaction/no-such-interaction`);
    expect([stale.status, await stale.text()]).toEqual([400, expect.stringContaining('登录已过期')]);
  });
});

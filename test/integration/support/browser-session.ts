import { createHash, randomBytes } from 'node:crypto';
import { webClientId } from '#shared/identity/provider.ts';

/**
 * Signs in at the issuer as a browser would, with plain HTTP: authorization request with PKCE (S256),
 * redirects followed by hand with a cookie jar, the sign-in form posted, the code exchanged for tokens.
 */
export const browserSession = (baseUrl: string) => {
  const cookies = new Map<string, string>();
  const redirectUri = `${baseUrl}/auth/callback`;
  const go = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(url, baseUrl), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(cookie)) cookies.delete(name!.trim());
      else cookies.set(name!.trim(), value.join('='));
    }
    return response;
  };
  /** Follows redirects until the issuer shows a page or sends the browser back to the web pages. */
  const follow = async (response: Response): Promise<{ page?: string; callback?: URL }> => {
    for (let hops = 0; hops < 10; hops += 1) {
      const location = response.headers.get('location');
      if (!location) return { page: await response.text() };
      if (location.startsWith(redirectUri)) return { callback: new URL(location) };
      response = await go(location);
    }
    throw new Error('too many redirects');
  };

  /** Starts a sign-in; answers the sign-in page and where to post it. */
  const start = async () => {
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const state = randomBytes(8).toString('hex');
    const query = new URLSearchParams({ client_id: webClientId, response_type: 'code', redirect_uri: redirectUri, scope: 'openid profile offline_access', code_challenge: challenge, code_challenge_method: 'S256', state, prompt: 'consent' });
    const { page } = await follow(await go(`/oidc/auth?${query.toString()}`));
    const action = /action="([^"]+)"/.exec(page ?? '')?.[1];
    return { page: page ?? '', action, verifier, state };
  };

  return {
    cookies,
    start,
    /** Posts the sign-in form: either the issuer answers the page again (with a message) or tokens result. */
    signIn: async (login: string, password: string) => {
      const { action, verifier, state, page: form } = await start();
      if (!action) throw new Error(`no sign-in form in: ${form.slice(0, 500)}`);
      const posted = await go(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ login, password }).toString() });
      const { page, callback } = await follow(posted);
      if (!callback) return { ok: false as const, page: page ?? '' };
      if (callback.searchParams.get('state') !== state) throw new Error('state mismatch');
      const code = callback.searchParams.get('code');
      if (!code) return { ok: false as const, page: callback.href };
      const token = await fetch(`${baseUrl}/oidc/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: webClientId, code_verifier: verifier }).toString(),
      });
      return { ok: true as const, status: token.status, tokens: (await token.json()) as { access_token: string; refresh_token?: string; id_token: string; token_type: string; expires_in: number } };
    },
    /** Sets a password with an activation code on the issuer's activation page. */
    activate: async (login: string, code: string, password: string, confirm = password) => {
      const form = await (await go('/oidc/activate')).text();
      if (!form.includes('激活码')) throw new Error('no activation form');
      const response = await go('/oidc/activate', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ login, code, password, confirm }).toString() });
      return response.text();
    },
    refresh: async (refreshToken: string) => {
      const response = await fetch(`${baseUrl}/oidc/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: webClientId }).toString(),
      });
      return { status: response.status, body: (await response.json()) as Record<string, string> };
    },
  };
};

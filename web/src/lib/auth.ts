import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { type WebConfig, webClientId, webClientScopes } from '#shared/identity/web-client.ts';

const origin = window.location.origin;

/** Where people sign in: /config.json beside the pages names the issuer in AWS; locally it is this origin's /oidc. */
const configured = async (): Promise<Partial<WebConfig>> => {
  const response = await fetch('/config.json').catch(() => undefined);
  return response?.ok ? ((await response.json().catch(() => ({}))) as Partial<WebConfig>) : {};
};

let manager: Promise<UserManager> | undefined;

/** Sign-in with code + PKCE at the deployment's issuer (ours by default, or the one it is configured with). */
export const signIn = () =>
  (manager ??= configured().then(
    (config) =>
      new UserManager({
        authority: config.oidcAuthority ?? `${origin}/oidc`,
        client_id: config.oidcClientId ?? webClientId,
        redirect_uri: `${origin}/auth/callback`,
        post_logout_redirect_uri: `${origin}/`,
        response_type: 'code',
        scope: webClientScopes,
        // Our issuer hands out a refresh token (for the office day) only after consent.
        prompt: 'consent',
        automaticSilentRenew: true,
        // A tab's sign-in ends with the tab; nothing outlives it in localStorage.
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      }),
  ));

/** The access token for the API, or nothing when signed out or expired. */
export const accessToken = async () => {
  const user = await (await signIn()).getUser();
  return user && !user.expired ? user.access_token : undefined;
};

/** Starts a sign-in that comes back to `returnTo`. */
export const startSignIn = async (returnTo = window.location.pathname + window.location.search) => (await signIn()).signinRedirect({ state: { returnTo } });

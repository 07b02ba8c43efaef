import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { webClientId, webClientScopes } from '#shared/identity/web-client.ts';

const origin = window.location.origin;

/**
 * Sign-in with code + PKCE at the deployment's issuer: ours under /oidc by default (the same locally and in
 * AWS), or another one the build is told about (VITE_OIDC_AUTHORITY, VITE_OIDC_CLIENT_ID).
 */
export const signIn = new UserManager({
  authority: import.meta.env.VITE_OIDC_AUTHORITY ?? `${origin}/oidc`,
  client_id: import.meta.env.VITE_OIDC_CLIENT_ID ?? webClientId,
  redirect_uri: `${origin}/auth/callback`,
  post_logout_redirect_uri: `${origin}/`,
  response_type: 'code',
  scope: webClientScopes,
  // Our issuer hands out a refresh token (for the office day) only after consent.
  prompt: 'consent',
  automaticSilentRenew: true,
  // A tab's sign-in ends with the tab; nothing outlives it in localStorage.
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

/** The access token for the API, or nothing when signed out or expired. */
export const accessToken = async () => {
  const user = await signIn.getUser();
  return user && !user.expired ? user.access_token : undefined;
};

/** Starts a sign-in that comes back to `returnTo`. */
export const startSignIn = (returnTo = window.location.pathname + window.location.search) => signIn.signinRedirect({ state: { returnTo } });

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { logger } from '../observability.ts';
import type { User } from '../people/user.ts';
import { dynamoAdapter } from './adapter.ts';
import type { IssuerKeys } from './keys.ts';
import { apiAudience, tokenClaims } from './tokens.ts';
import { webClientId, webClientScopes as scopes } from './web-client.ts';

export { webClientId };

// An office day: people sign in in the morning and their refresh token lasts until evening.
const officeDaySeconds = 10 * 3600;

export type IssuerOptions = {
  issuer: string;
  keys: IssuerKeys;
  redirectUris: string[];
  db: DynamoDBDocumentClient;
  tableName: string;
  /** The active user behind an account id, or nothing (disabled, reset, unknown): then tokens stop working. */
  account: (userId: string) => Promise<User | undefined>;
  /** Where the sign-in page lives (relative to the API). */
  interactionPath: (uid: string) => string;
};

/**
 * Our own OpenID Connect issuer, on oidc-provider (OpenID certified): authorization code with PKCE for
 * the web client, refresh tokens for an office day, and access tokens that are JWTs for this API,
 * carrying the claims the API already reads. The same code serves the local stack and every AWS partition.
 */
export const createIssuer = (options: IssuerOptions) => {
  const configuration: Configuration = {
    adapter: dynamoAdapter(options.db, options.tableName),
    clients: [
      {
        client_id: webClientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.redirectUris.map((uri) => new URL('/', uri).href),
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        id_token_signed_response_alg: 'ES256',
      },
    ],
    // The web pages call the token endpoint from their own origin (CloudFront's, or Vite's in development):
    // only the origins of the client's registered redirect URIs may.
    clientBasedCORS: (_ctx, origin, client) => origin !== 'null' && (client.redirectUris ?? []).some((uri) => new URL(uri).origin === origin),
    jwks: { keys: options.keys.signing },
    cookies: { keys: options.keys.cookieKeys },
    pkce: { required: () => true },
    responseTypes: ['code'],
    scopes: scopes.split(' '),
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: async (_ctx, sub) => {
      const user = await options.account(sub);
      if (!user) return undefined;
      return { accountId: user.id, claims: () => ({ sub: user.id, name: user.name }) };
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => apiAudience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'api', audience: apiAudience, accessTokenTTL: 3600, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256' } } }),
      },
    },
    // The API's claims go into the access token, read from the user as they are now (roles changed → next token).
    extraTokenClaims: async (_ctx, token) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const user = await options.account(token.accountId);
      return user ? tokenClaims(user) : undefined;
    },
    // Our own first-party client: no consent screen, the grant covers what the client asks for.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      return existing ? ctx.oidc.provider.Grant.find(existing) : firstPartyGrant(ctx.oidc.provider, session.accountId, client.clientId);
    },
    issueRefreshToken: (_ctx, client, code) => Promise.resolve(client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access')),
    rotateRefreshToken: true,
    ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 900, Grant: officeDaySeconds, Session: officeDaySeconds, RefreshToken: officeDaySeconds },
    interactions: { url: (_ctx, interaction) => options.interactionPath(interaction.uid) },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>登录出错</title><body><h1>登录出错</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p><p><a href="/">返回首页</a></p></body></html>`;
    },
  };
  const provider = new Provider(options.issuer, configuration);
  // Behind API Gateway (and the local gateway): the scheme and client address come from X-Forwarded-*.
  provider.proxy = true;
  provider.on('server_error', (_ctx: unknown, error: Error) => logger.error('issuer failed', { error }));
  return provider;
};

/** What our own client is granted without a consent screen: sign-in, name, a refresh token, and this API. */
export const firstPartyGrant = async (provider: Provider, accountId: string, clientId: string, grantId?: string) => {
  const grant = (grantId ? await provider.Grant.find(grantId) : undefined) ?? new provider.Grant({ accountId, clientId });
  grant.addOIDCScope(scopes);
  grant.addResourceScope(apiAudience, 'api');
  await grant.save();
  return grant;
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

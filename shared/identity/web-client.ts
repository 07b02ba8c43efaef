/** The web pages' OpenID Connect client: public (no secret), code + PKCE only. Shared by the issuer and the pages. */
export const webClientId = 'judicial-inspection-web';
export const webClientScopes = 'openid profile offline_access';

/** `/config.json` beside the web pages (CDK deploys it; the local server answers it): where people sign in. */
export type WebConfig = { oidcAuthority: string; oidcClientId?: string };

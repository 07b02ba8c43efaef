/**
 * The security headers of the web pages: one declaration for the local server and CloudFront's response
 * headers policy. Element Plus sets inline `style` attributes, hence 'unsafe-inline' for styles only;
 * scripts come from our own origin alone. Evidence files are posted to and shown from the evidence
 * bucket's origin (`evidenceOrigin`), the only other place the pages talk to.
 */
export const contentSecurityPolicy = (evidenceOrigin: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${evidenceOrigin}`,
    "font-src 'self' data:",
    `connect-src 'self' ${evidenceOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

export const webSecurityHeaders = (evidenceOrigin: string) =>
  ({
    'content-security-policy': contentSecurityPolicy(evidenceOrigin),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(self), geolocation=(), microphone=()',
  }) as const;

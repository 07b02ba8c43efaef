import * as z from 'zod';

/**
 * What a function learns from its environment. Each getter fails loudly, naming the variable,
 * when the wiring forgot to give a function something it uses.
 */
const read = <T>(name: string, schema: z.ZodType<T>): T => {
  const parsed = schema.safeParse(process.env[name]);
  if (!parsed.success) throw new Error(`environment variable ${name} is missing or invalid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
};

const jsonRecord = <T>(value: z.ZodType<T>) =>
  z.string().transform((text, ctx) => {
    try {
      return z.record(z.string(), value).parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
      return z.NEVER;
    }
  });

export const env = {
  recordsTable: () => read('RECORDS_TABLE', z.string().min(3)),
  idempotencyTable: () => read('IDEMPOTENCY_TABLE', z.string().min(3)),
  identityTable: () => read('IDENTITY_TABLE', z.string().min(3)),
  /** The OpenID Connect issuer's URL (`<API>/oidc`): tokens carry it as `iss`. */
  oidcIssuer: () => read('OIDC_ISSUER', z.url()),
  /** Where the issuer may send people back after sign-in (the web pages), comma-separated. */
  oidcRedirectUris: () => read('OIDC_REDIRECT_URIS', z.string().transform((s) => s.split(',').map((u) => u.trim()).filter(Boolean))),
  /** The signing-key seeds as JSON (locally), or the secret that holds them (AWS). */
  oidcKeySeeds: () => process.env.OIDC_KEY_SEEDS,
  oidcKeySecret: () => process.env.OIDC_KEY_SECRET,
  /** event type → queue URLs of the consumers subscribed to it (event forwarder only). */
  eventRoutes: () => read('EVENT_ROUTES', jsonRecord(z.array(z.string()))),
  /** Where an enterprise verifies an inspection: the QR code holds this followed by the code's token. */
  verifyBaseUrl: () => read('VERIFY_BASE_URL', z.url()),
  /** The API's public address, for links in messages. */
  publicApiUrl: () => read('PUBLIC_API_URL', z.url()),
  /** Base wait between webhook attempts, doubled each time. */
  webhookBackoffMs: () => read('WEBHOOK_BACKOFF_MS', z.coerce.number().int().min(0).max(60_000).default(1000)),
  /** consumer name → queue URL (health, event replay). */
  queueUrls: () => read('QUEUE_URLS', jsonRecord(z.string())),
  /** Generated report files (季度报告): the S3 bucket, the embedded S3 server's locally. */
  reportsBucket: () => read('REPORTS_BUCKET', z.string().min(3)),
  /** Evidence files (整改佐证材料), uploaded by presigned forms. */
  evidenceBucket: () => read('EVIDENCE_BUCKET', z.string().min(3)),
  /** The built web pages (where CloudFront cannot pick a page's HTML itself, the page-entry function reads it there). */
  webBucket: () => read('WEB_BUCKET', z.string().min(3)),
  /** Where the pages post and show evidence files (their CSP), for the page-entry function. */
  evidenceOrigin: () => read('EVIDENCE_ORIGIN', z.string().startsWith('https://')),
  /** The nightly reconciliation rebuilds what differs, not only reports it. */
  reportsAutoRepair: () => process.env.REPORTS_AUTO_REPAIR === 'true',
};

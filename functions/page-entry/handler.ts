import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { pageAnswer } from '#infra/web-entries.ts';
import { objectStore } from '#shared/adapters/object-store.ts';
import { env } from '#shared/config.ts';
import { webSecurityHeaders } from '#shared/http/web-headers.ts';

/**
 * The web pages' HTML for a page path, where CloudFront cannot choose it (no CloudFront Functions in the
 * China regions, infra/partition.ts): the distribution sends page paths here through the API, files straight
 * to the bucket. Not in the wiring: the pages construct owns it, as it owns the CloudFront Functions
 * elsewhere; locally infra/local/web-pages.ts answers page paths.
 */

// The HTML changes only when the pages are deployed again: reused for a minute, so a new build shows within one.
const reuseMs = 60_000;
const read = new Map<string, { html: string | undefined; at: number }>();
let store: ReturnType<typeof objectStore> | undefined;
const pages = () => (store ??= objectStore(env.webBucket()));

const entryHtml = async (file: string) => {
  const cached = read.get(file);
  if (cached && Date.now() - cached.at < reuseMs) return cached.html;
  const html = (await pages().get(file))?.toString('utf8');
  read.set(file, { html, at: Date.now() });
  return html;
};

// CloudFront China takes no response-headers policy: the pages' security headers travel with their HTML.
let headers: Record<string, string> | undefined;
const pageHeaders = () => (headers ??= { ...webSecurityHeaders(env.evidenceOrigin()), 'strict-transport-security': 'max-age=31536000; includeSubDomains' });

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const answer = await pageAnswer(event.rawPath, entryHtml, pageHeaders());
  return { statusCode: answer.status, headers: answer.headers, body: answer.body };
};

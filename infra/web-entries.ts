import { HttpError, notFound } from '#shared/http/errors.ts';

/**
 * Which HTML file answers a page path. The enterprise's inspection-code page is an entry of its own:
 * opened from a QR code on a slow phone, it ships Vue and the page only (no router, no sign-in), and its
 * one API request is announced with the page (`Link: rel=preload`) so the answer travels while the
 * page's code does. Every other path is the back office's single page. Read by Vite, the local server
 * and CloudFront's functions, so the three answer alike.
 */
export const pageEntries = [{ prefix: '/verify/', html: 'verify.html', preload: '/v1/inspection-codes/' }] as const;
export const defaultEntry = 'index.html';

/** Paths the HTTP API answers (CloudFront path patterns), so pages and API share one origin. */
export const apiPaths = ['/v1/*', '/oidc/*', '/openapi.json', '/docs', '/docs/*', '/health'] as const;
export const isApiPath = (pathname: string) => apiPaths.some((pattern) => (pattern.endsWith('/*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern));

export const htmlFor = (pathname: string) => pageEntries.find((entry) => pathname.startsWith(entry.prefix))?.html ?? defaultEntry;

// A page path's last segment (the inspection code's token) as the preload may name it.
const segment = '[A-Za-z0-9_-]{1,64}';
const linkTo = (url: string) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`;

/** The `Link` header announcing a page's API request, for a page path with a well-formed last segment. */
export const preloadFor = (pathname: string) => {
  const entry = pageEntries.find((e) => pathname.startsWith(e.prefix));
  const rest = entry && pathname.slice(entry.prefix.length);
  return entry && rest && new RegExp(`^${segment}$`).test(rest) ? linkTo(`${entry.preload}${rest}`) : undefined;
};

/** The HTML choice as a CloudFront Function (viewer request): a path without a file extension is a page. */
export const singlePageFunction = () =>
  `function handler(event) { var r = event.request; if (r.uri.indexOf('.') !== -1) { return r; } ${pageEntries
    .map((entry) => `if (r.uri.indexOf('${entry.prefix}') === 0) { r.uri = '/${entry.html}'; return r; } `)
    .join('')}r.uri = '/${defaultEntry}'; return r; }`;

/** The preload as a CloudFront Function (viewer response; its request is the one the viewer sent). */
export const preloadFunction = () =>
  `function handler(event) { var u = event.request.uri, m; ${pageEntries
    .map((entry) => `m = /^${entry.prefix.replace(/\//g, '\\/')}(${segment})$/.exec(u); if (m) { event.response.headers['link'] = { value: '${linkTo(`${entry.preload}' + m[1] + '`)}' }; } `)
    .join('')}return event.response; }`;

export type PageAnswer = { status: number; headers: Record<string, string>; body: string };

/**
 * A page path answered where no CloudFront Function can choose its HTML (the China regions): the entry's
 * HTML, read through `read`, with its preload and `pageHeaders` (the security headers CloudFront adds elsewhere).
 * An API path that reached it is a JSON 404 in the API's error shape, not a page: only unknown API paths fall
 * through to here.
 */
export const pageAnswer = async (pathname: string, read: (file: string) => Promise<string | undefined>, pageHeaders: Record<string, string> = {}): Promise<PageAnswer> => {
  const refusal = (error: HttpError) => ({ status: error.status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(error.toBody()) });
  if (isApiPath(pathname)) return refusal(notFound(`no route for ${pathname}`));
  const html = await read(htmlFor(pathname));
  if (html === undefined) return refusal(new HttpError(503, 'internal_error', 'the web pages are not deployed'));
  const link = preloadFor(pathname);
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...pageHeaders, ...(link ? { link } : {}) }, body: html };
};

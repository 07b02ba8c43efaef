import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { htmlFor, pageAnswer, preloadFor, preloadFunction, singlePageFunction } from '#infra/web-entries.ts';

type Handler = (event: { request: { uri: string }; response?: { headers: Record<string, { value: string }> } }) => { uri?: string; headers?: Record<string, { value: string }> };
// CloudFront runs the functions' source; here it runs in a fresh V8 context, its JavaScript being a subset of Node's.
const compiled = (source: string) => runInNewContext(`${source}; handler`) as Handler;

describe('page entries, alike locally and on CloudFront', () => {
  const paths = ['/', '/rectifications/01JDQ7K3M9V8X2N4P6R8T0W2Y4', '/verify/2vvhgdF0lTCozML3fIl_Lcbz1CTzG_GU', '/verify/', '/verify/a/b', '/assets/index-x.js', '/config.json'];

  it('answers the enterprise page with its own entry, every other page path with the back office, files as they are', () => {
    expect(htmlFor('/verify/2vvhgdF0lTCozML3fIl_Lcbz1CTzG_GU')).toBe('verify.html');
    expect(htmlFor('/rectifications')).toBe('index.html');
    const viewerRequest = compiled(singlePageFunction());
    for (const uri of paths) {
      const expected = uri.includes('.') ? uri : `/${htmlFor(uri)}`;
      expect(viewerRequest({ request: { uri } }).uri, uri).toBe(expected);
    }
  });

  it('announces the enterprise page\'s API request with the page, and nothing for other paths or malformed codes', () => {
    expect(preloadFor('/verify/2vvhgdF0lTCozML3fIl_Lcbz1CTzG_GU')).toBe('</v1/inspection-codes/2vvhgdF0lTCozML3fIl_Lcbz1CTzG_GU>; rel=preload; as=fetch; crossorigin=anonymous');
    expect(preloadFor('/verify/<script>')).toBeUndefined();
    const viewerResponse = compiled(preloadFunction());
    for (const uri of [...paths, '/verify/<script>']) {
      expect(viewerResponse({ request: { uri }, response: { headers: {} } }).headers?.link?.value, uri).toBe(preloadFor(uri));
    }
  });

  it('answers page paths where no CloudFront Function can (China): the entry\'s HTML with its preload, never for an API path', async () => {
    const built: Record<string, string> = { 'index.html': '<title>back office</title>', 'verify.html': '<title>verify</title>' };
    const read = async (file: string) => built[file];
    const verify = await pageAnswer('/verify/2vvhgdF0lTCozML3fIl_Lcbz1CTzG_GU', read, { 'x-frame-options': 'DENY' });
    expect(verify).toMatchObject({ status: 200, body: built['verify.html'], headers: { 'cache-control': 'no-cache', 'x-frame-options': 'DENY', link: preloadFor('/verify/2vvhgdF0lTCozML3fIl_Lcbz1CTzG_GU') } });
    const page = await pageAnswer('/rectifications/01JD', read);
    expect(page.body).toBe(built['index.html']);
    expect(page.headers.link).toBeUndefined();
    for (const path of ['/v1/nothing-here', '/oidc/unknown', '/docs/x']) {
      const answer = await pageAnswer(path, read);
      expect(answer.status, path).toBe(404);
      expect(JSON.parse(answer.body).error.code).toBe('not_found');
    }
    expect((await pageAnswer('/', async () => undefined)).status).toBe(503);
  });
});

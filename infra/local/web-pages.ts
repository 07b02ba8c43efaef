import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { webSecurityHeaders } from '#shared/http/web-headers.ts';
import { htmlFor, preloadFor } from '../web-entries.ts';
import type { WebConfig } from '#shared/identity/web-client.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Serves the built web pages (web/dist) from the API's origin, as CloudFront does in AWS: files as they
 * are (hashed assets cached for a year), and the entry's HTML for any other page path (infra/web-entries.ts).
 */
type Page = { status: number; headers: Record<string, string>; body: Buffer };

/** Compressed like CloudFront compresses (gzip for text), each file once per build. */
const compressed = new Map<string, { mtime: number; body: Buffer }>();
const gzipped = (file: string, page: Page): Page => {
  const mtime = statSync(file).mtimeMs;
  let entry = compressed.get(file);
  if (entry?.mtime !== mtime) compressed.set(file, (entry = { mtime, body: gzipSync(page.body) }));
  return { ...page, headers: { ...page.headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }, body: entry.body };
};

/** `evidenceOrigin`: the S3 server's, where the pages post and show evidence files (CSP). */
export const webPages = (dir: string, config: WebConfig, evidenceOrigin: string) => (pathname: string, acceptEncoding = ''): Page | undefined => {
  const page = servedFile(dir, config, pathname, webSecurityHeaders(evidenceOrigin));
  if (!page?.file || !/gzip/.test(acceptEncoding) || !/^(text\/|application\/json)/.test(page.headers['content-type'] ?? '')) return page;
  return gzipped(page.file, page);
};

const servedFile = (dir: string, config: WebConfig, pathname: string, securityHeaders: ReturnType<typeof webSecurityHeaders>): (Page & { file?: string }) | undefined => {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return undefined;
  // What CDK deploys beside the pages: where they send people to sign in.
  if (pathname === '/config.json') return { status: 200, headers: { 'content-type': types['.json']!, 'cache-control': 'no-cache', ...securityHeaders }, body: Buffer.from(JSON.stringify(config)) };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.join(root, path.normalize(decoded));
  if (file.startsWith(root + path.sep) && existsSync(file) && statSync(file).isFile()) {
    const immutable = pathname.startsWith('/assets/');
    return {
      status: 200,
      headers: { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache', ...securityHeaders },
      body: readFileSync(file),
      file,
    };
  }
  // A missing asset is a 404; a page path is the single page.
  if (pathname.startsWith('/assets/') || path.extname(pathname)) return undefined;
  const page = path.join(root, htmlFor(pathname));
  const link = preloadFor(pathname);
  return { status: 200, headers: { 'content-type': types['.html']!, 'cache-control': 'no-cache', ...securityHeaders, ...(link ? { link } : {}) }, body: readFileSync(page), file: page };
};

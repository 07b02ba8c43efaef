import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { webSecurityHeaders } from '#shared/http/web-headers.ts';
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
 * are (hashed assets cached for a year), and index.html for any other page path (the pages route themselves).
 */
export const webPages = (dir: string, config: WebConfig) => (pathname: string): { status: number; headers: Record<string, string>; body: Buffer } | undefined => {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return undefined;
  // What CDK deploys beside the pages: where they send people to sign in.
  if (pathname === '/config.json') return { status: 200, headers: { 'content-type': types['.json']!, 'cache-control': 'no-cache', ...webSecurityHeaders }, body: Buffer.from(JSON.stringify(config)) };
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
      headers: { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache', ...webSecurityHeaders },
      body: readFileSync(file),
    };
  }
  // A missing asset is a 404; a page path is the single page.
  if (pathname.startsWith('/assets/') || path.extname(pathname)) return undefined;
  return { status: 200, headers: { 'content-type': types['.html']!, 'cache-control': 'no-cache', ...webSecurityHeaders }, body: readFileSync(index) };
};

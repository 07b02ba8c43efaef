import type { BuildOptions } from 'esbuild';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** How every function is bundled (also what `npm run bench` builds, so its figures are the deployed ones'). */
export const bundleOptions = {
  target: 'node22',
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  /** Chinese text as UTF-8, not \uXXXX escapes at twice the bytes (labels, messages, the holiday table). */
  charset: 'utf8',
  mainFields: ['module', 'main'],
  // Some dependencies (Powertools among them) still call require() inside an ESM bundle.
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  /** The Node.js 22 runtime provides the AWS SDK v3 (CDK's default for that runtime, said here for the bench). */
  external: ['@aws-sdk/*'],
  /** Node built-ins whose ESM import costs more than the module is worth (see node-http.cjs). */
  alias: {
    'node:http': path.join(import.meta.dirname, 'node-http.cjs'),
    // One copy of the MIME table (150 kB) where the OIDC issuer's web framework and its content negotiation each pin their own.
    'mime-db': path.join(repoRoot, 'node_modules', 'mime-db'),
  },
  /**
   * NODE_OPTIONS of every function. Not `--enable-source-maps`: it costs every cold start; the logger maps a
   * logged error's stack from the bundle's .map when there is one to log (shared/source-mapped-stack.ts).
   */
  nodeOptions: [] as readonly string[],
} as const;

/** The same, for esbuild's own API: the bench, the tests, and the packages built beside a bundle (on-demand-packages.ts). */
export const esbuildOptions = (): BuildOptions => ({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: bundleOptions.target,
  minify: bundleOptions.minify,
  sourcemap: bundleOptions.sourceMap,
  sourcesContent: bundleOptions.sourcesContent,
  charset: bundleOptions.charset,
  mainFields: [...bundleOptions.mainFields],
  banner: { js: bundleOptions.banner },
  external: [...bundleOptions.external],
  alias: bundleOptions.alias,
  logLevel: 'error',
});

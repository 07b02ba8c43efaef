import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const webDist = path.join(repoRoot, 'web', 'dist');

/** What the pages are built from: their sources, the typed client and the shared modules they import. */
const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'shared/api-client', 'shared/identity/web-client.ts', 'shared/http/web-headers.ts'];

const newest = (entry: string): number => {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
};

/** Builds the web pages with Vite unless web/dist is newer than everything they are built from. */
export const ensureWebBuilt = async (log: (line: string) => void = console.log) => {
  const built = newest(path.join(webDist, 'index.html'));
  if (built > Math.max(...sources.map((s) => newest(path.join(repoRoot, s))))) return 'fresh';
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(repoRoot, 'web', 'vite.config.ts'), logLevel: 'warn' });
  log(`web pages built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 'built';
};

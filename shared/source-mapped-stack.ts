import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * A stack trace with each frame in a bundle (`….mjs:line:column` beside an `.mjs.map`) pointed back at the
 * source it was built from. Functions run without `--enable-source-maps`, which costs every cold start its
 * share; the map is read here instead, on the first error that is logged, once per container.
 */
const maps = new Map<string, SourceMap | undefined>();

const mapOf = (file: string) => {
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload));
    } catch {
      maps.set(file, undefined); // no map beside it (not a bundle): frames stay as they are
    }
  }
  return maps.get(file);
};

const frame = /(file:\/\/\/[^\s()]+?\.mjs|\/[^\s():]+?\.mjs):(\d+):(\d+)/g;

export const sourceMappedStack = (stack: string) =>
  stack.replace(frame, (whole, location: string, line: string, column: string) => {
    const entry = mapOf(location.startsWith('file:') ? fileURLToPath(location) : location)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return whole;
    const source = entry.originalSource.replace(/^(\.\.\/)+/, '');
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });

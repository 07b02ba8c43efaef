import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleOptions, esbuildOptions } from '#infra/constructs/bundle-options.ts';

const fixture = path.join(import.meta.dirname, 'fixtures', 'failing-function.ts');

describe('logged errors point at the source, not the minified bundle', () => {
  it('without --enable-source-maps, a bundled function logs the stack and location of its TypeScript', async () => {
    const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'stack-')), 'index.mjs');
    await build({ ...esbuildOptions(), entryPoints: [fixture], outfile });
    // Powertools writes errors to stderr; the function runs as Lambda runs it, with the functions' NODE_OPTIONS.
    const { stderr } = spawnSync(process.execPath, [outfile], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: bundleOptions.nodeOptions.join(' ') } });
    const logged = JSON.parse(stderr.trim()) as { error: { stack: string; location: string; message: string } };
    expect(bundleOptions.nodeOptions).not.toContain('--enable-source-maps');
    expect(logged.error.message).toBe('the item cannot be read');
    expect(logged.error.stack.split('\n')[1]).toMatch(/test\/unit\/observability\/fixtures\/failing-function\.ts:4:9/);
    expect(logged.error.location).toMatch(/failing-function\.ts:4$/);
    expect(logged.error.stack).not.toContain('index.mjs:');
  });
});

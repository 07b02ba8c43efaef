import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFunction } from '#infra/constructs/on-demand-packages.ts';
import { functionEntries, functions } from '#infra/wiring.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

const withOnDemand = functionEntries.filter(([, spec]) => spec.onDemand?.length);

/** A function's bundle as the stack builds it, outside the repository: it can only find its packages where the stack puts them. */
const bundled = async (entry: string, onDemand: readonly string[]) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'on-demand-'));
  const outfile = path.join(dir, 'index.mjs');
  await bundleFunction(path.join(repoRoot, entry), outfile, onDemand);
  return { dir, code: readFileSync(outfile, 'utf8') };
};

describe('packages a function loads on demand are built beside its bundle, not into it', () => {
  it('the workbook writers and the campaign import declare theirs', () => {
    expect(Object.fromEntries(withOnDemand.map(([name, spec]) => [name, spec.onDemand]))).toEqual({
      'rectification-campaigns': ['exceljs', 'jszip'],
      reports: ['exceljs'],
      'quarterly-report': ['exceljs'],
    });
  });

  it.each(withOnDemand)('%s imports them only where they are used (a static import would load them at every cold start)', async (_name, spec) => {
    const { code } = await bundled(spec.entry, spec.onDemand!);
    for (const name of spec.onDemand!) {
      expect(code).toMatch(new RegExp(`import\\(\\s*["']${name}["']\\s*\\)`));
      expect(code).not.toMatch(new RegExp(`(from|import)\\s*["']${name}["']`));
    }
    // exceljs's own text stays out of the bundle.
    expect(code).not.toContain('xl/worksheets/');
  });

  it('the bundle finds exceljs beside it at run time and writes a workbook with it', async () => {
    const { dir } = await bundled(functions.reports.entry, functions.reports.onDemand);
    writeFileSync(
      path.join(dir, 'probe.mjs'),
      `const { default: ExcelJS } = await import('exceljs');
const book = new ExcelJS.Workbook();
book.addWorksheet('整改事项').addRow(['问题', 1]);
const bytes = Buffer.from(await book.xlsx.writeBuffer());
const again = new ExcelJS.Workbook();
await again.xlsx.load(bytes);
console.log(JSON.stringify({ from: import.meta.resolve('exceljs'), zip: bytes.subarray(0, 2).toString(), cell: again.getWorksheet('整改事项').getCell('A1').value }));`,
    );
    const probe = spawnSync(process.execPath, [path.join(dir, 'probe.mjs')], { encoding: 'utf8', cwd: dir });
    expect(probe.stderr).toBe('');
    expect(JSON.parse(probe.stdout)).toEqual({ from: `file://${dir}/node_modules/exceljs/index.mjs`, zip: 'PK', cell: '问题' });
  });
});

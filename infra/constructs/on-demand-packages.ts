import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions, esbuildOptions } from './bundle-options.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/**
 * A large package that a function needs on one path only (exceljs, ≈ 1 MB bundled, when a workbook is made) is
 * left out of its bundle (FunctionSpec.onDemand) and built into one file of its own beside it, at
 * node_modules/<name>/index.mjs, where the bundle's `await import('<name>')` finds it at run time. A cold start
 * parses the handler alone; the first workbook parses exceljs. The file exports the package's default export,
 * which is what our dynamic imports take.
 */
export const buildOnDemandPackage = async (name: string, functionDir: string) => {
  const dir = path.join(functionDir, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  await build({
    ...esbuildOptions(),
    stdin: { contents: `export { default } from '${name}';`, resolveDir: repoRoot, sourcefile: `on-demand-${name}.js` },
    outfile: path.join(dir, 'index.mjs'),
  });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, type: 'module', main: 'index.mjs' }));
};

/** A function's bundle as the stack builds it, for the bench and the tests: its on-demand packages left out and built beside it. */
export const bundleFunction = async (entry: string, outfile: string, onDemand: readonly string[] = []) => {
  await build({ ...esbuildOptions(), entryPoints: [entry], outfile, external: [...bundleOptions.external, ...onDemand] });
  for (const name of onDemand) await buildOnDemandPackage(name, path.dirname(outfile));
};

const thisFile = fileURLToPath(import.meta.url);

/** The shell command CDK's bundling runs after esbuild (commands run from the repository root). */
export const onDemandBuildCommand = (name: string, outputDir: string) => `"${process.execPath}" --import tsx "${thisFile}" ${name} "${outputDir}"`;

if (process.argv[1] === thisFile) await buildOnDemandPackage(process.argv[2]!, process.argv[3]!);

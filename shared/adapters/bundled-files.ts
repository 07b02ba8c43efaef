import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads a file a function declared in `bundledFiles`: beside the bundle in Lambda (CDK copies it there),
 * from node_modules when the same handler runs from source in the local runtime.
 */
export const bundledFile = async (moduleUrl: string, packagePath: string): Promise<Buffer> => {
  const beside = path.join(path.dirname(fileURLToPath(moduleUrl)), path.basename(packagePath));
  return readFile(existsSync(beside) ? beside : createRequire(moduleUrl).resolve(packagePath));
};

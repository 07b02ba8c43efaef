import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clientTypesFile, clientTypesSource, operationRolesFile, operationRolesSource } from '#infra/ops/openapi.ts';

describe('the typed API client', () => {
  it('is generated from the current document: regenerating it changes nothing (run `npm run openapi` after changing an operation)', async () => {
    expect(await readFile(clientTypesFile, 'utf8')).toBe(await clientTypesSource());
    expect(await readFile(operationRolesFile, 'utf8')).toBe(operationRolesSource());
  });
});

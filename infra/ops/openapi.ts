import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '#shared/http/openapi.ts';
import { operationsOf } from '../wiring.ts';

/** The version the deployed document carries (functions/api-docs). */
export const apiVersion = '1.0.0';
export const clientTypesFile = path.resolve(import.meta.dirname, '../../shared/api-client/schema.ts');

/** The document as /openapi.json serves it. */
export const currentDocument = () => JSON.parse(JSON.stringify(openApiDocument(operationsOf(), apiVersion))) as Record<string, unknown>;

/** The TypeScript types of the API (paths, operations, components) that the typed client is built on. */
export const clientTypesSource = async (document = currentDocument()) =>
  [
    '// Generated from the OpenAPI document by `npm run openapi`: do not edit. A test fails when it is stale.',
    '/* eslint-disable */',
    astToString(await openapiTS(document as never, { alphabetize: true })),
  ].join('\n');

export const operationRolesFile = path.resolve(import.meta.dirname, '../../shared/api-client/operation-roles.ts');

/** Who may call each operation, by operationId: what the web pages show or hide (the server still decides). */
export const operationRolesSource = () =>
  [
    '// Generated from the operations by `npm run openapi`: do not edit. A test fails when it is stale.',
    '/** operationId → the roles that may call it; `public` needs no sign-in, an empty list any signed-in caller. */',
    `export const operationRoles = ${JSON.stringify(Object.fromEntries(operationsOf().map((op) => [op.operationId, op.roles])), null, 2)} as const;`,
    '',
  ].join('\n');

// `npm run openapi [-- out.json]`: the document for people who want it offline, and the client's types.
if (import.meta.url === `file://${process.argv[1]}`) {
  const out = path.resolve(process.argv[2] ?? 'openapi.json');
  await writeFile(out, `${JSON.stringify(currentDocument(), null, 2)}\n`);
  await writeFile(clientTypesFile, await clientTypesSource());
  await writeFile(operationRolesFile, operationRolesSource());
  console.log(`wrote ${path.relative(process.cwd(), out)}, ${path.relative(process.cwd(), clientTypesFile)} and ${path.relative(process.cwd(), operationRolesFile)}`);
}

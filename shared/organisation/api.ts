import * as z from 'zod';
import { ExpectedVersion } from '../http/numbers.ts';
import { operation } from '../http/operation.ts';
import { Organisation, OrganisationId, OrganisationInput, OrganisationKind } from './organisation.ts';

const IdParam = z.object({ id: OrganisationId });
const change = { 404: ['not_found'], 409: ['version_conflict'], 422: ['unprocessable'] } as const;

export const organisationApi = {
  list: operation({
    operationId: 'listOrganisations',
    method: 'GET',
    path: '/v1/organisations',
    tag: '设置',
    summary: '组织机构 · List the bureau\'s organisations',
    roles: [],
    query: z.object({ kind: OrganisationKind.optional(), active: z.enum(['true', 'false']).transform((v) => v === 'true').optional() }),
    responses: { 200: { description: 'every organisation, deactivated ones included unless filtered', schema: z.object({ organisations: z.array(Organisation) }) } },
  }),
  create: operation({
    operationId: 'createOrganisation',
    method: 'POST',
    path: '/v1/organisations',
    tag: '设置',
    summary: '新增组织机构 · Add an organisation (section, judicial office, agency)',
    description: 'The id is stable and readable (`office-xinjie`); names are unique in a bureau.',
    roles: ['admin'],
    body: OrganisationInput.extend({ id: OrganisationId }),
    responses: { 201: { description: 'the organisation', schema: Organisation } },
    refusals: { 409: ['conflict'], 422: ['unprocessable'] },
    example: { id: 'office-xinjie', kind: 'office', name: '新街司法所', shortName: '新街所', parent: 'bureau', contact: { person: '王所长', phone: '0795-2512345', address: '上高县新界埠镇' } },
  }),
  read: operation({
    operationId: 'getOrganisation',
    method: 'GET',
    path: '/v1/organisations/{id}',
    tag: '设置',
    summary: '组织机构详情 · Read an organisation',
    roles: [],
    params: IdParam,
    responses: { 200: { description: 'the organisation', schema: Organisation } },
    refusals: { 404: ['not_found'] },
  }),
  update: operation({
    operationId: 'updateOrganisation',
    method: 'PUT',
    path: '/v1/organisations/{id}',
    tag: '设置',
    summary: '修改组织机构 · Change an organisation (not its kind)',
    roles: ['admin'],
    params: IdParam,
    body: OrganisationInput.extend(ExpectedVersion),
    responses: { 200: { description: 'the organisation', schema: Organisation } },
    refusals: change,
    example: { expectedVersion: 1, kind: 'office', name: '新街司法所', shortName: '新街所', parent: 'bureau', contact: { phone: '0795-2512346' } },
  }),
  deactivate: operation({
    operationId: 'deactivateOrganisation',
    method: 'POST',
    path: '/v1/organisations/{id}/deactivate',
    tag: '设置',
    summary: '停用组织机构 · Deactivate: keeps its history and reports, takes no new work',
    roles: ['admin'],
    params: IdParam,
    body: z.object(ExpectedVersion),
    responses: { 200: { description: 'the organisation', schema: Organisation } },
    refusals: { ...change, 409: ['version_conflict', 'invalid_transition'] },
  }),
  reactivate: operation({
    operationId: 'reactivateOrganisation',
    method: 'POST',
    path: '/v1/organisations/{id}/reactivate',
    tag: '设置',
    summary: '启用组织机构 · Reactivate an organisation',
    roles: ['admin'],
    params: IdParam,
    body: z.object(ExpectedVersion),
    responses: { 200: { description: 'the organisation', schema: Organisation } },
    refusals: { ...change, 409: ['version_conflict', 'invalid_transition'] },
  }),
};

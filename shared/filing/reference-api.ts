import * as z from 'zod';
import { operation } from '../http/operation.ts';
import { OrganisationId } from '../organisation/organisation.ts';
import { normaliseCreditCode } from '../reference/credit-code.ts';
import { AgencyProfile, EnterpriseRecord, Officer } from './reference.ts';

// A name stays as typed (full-width folded); a code's letters go upper case, as codes are kept.
const normaliseSearch = (q: string) => (/^[0-9a-z]+$/i.test(normaliseCreditCode(q)) ? normaliseCreditCode(q) : q.normalize('NFKC').replace(/\s+/g, ''));
const AgencyParam = z.object({ agency: OrganisationId });
// Typed or pasted codes arrive with spaces, lower case or full-width characters: normalised before anything else.
const CreditCodeParam = z.object({ creditCode: z.string().max(60).transform(normaliseCreditCode) });

export const referenceApi = {
  profile: operation({
    operationId: 'getAgencyProfile',
    method: 'GET',
    path: '/v1/agencies/{agency}/profile',
    tag: '涉企检查',
    summary: '检查事项清单 · Read an agency\'s published inspection items, caps and exemptions',
    roles: [],
    params: AgencyParam,
    responses: { 200: { description: 'the profile', schema: AgencyProfile } },
    refusals: { 404: ['not_found'] },
  }),
  putProfile: operation({
    operationId: 'putAgencyProfile',
    method: 'PUT',
    path: '/v1/agencies/{agency}/profile',
    tag: '涉企检查',
    summary: '设置检查事项清单 · Publish an agency\'s inspection items, caps and exemptions',
    roles: ['admin'],
    params: AgencyParam,
    body: AgencyProfile,
    responses: { 200: { description: 'the profile now in force', schema: AgencyProfile } },
    example: {
      items: [{ code: 'SC-SP-01', name: '食品生产经营监督检查', legalBasis: '《中华人民共和国食品安全法》第一百一十条' }],
      caps: { perEnterprisePerYear: 2, perItemPerYear: {}, perMonth: 1 },
      exemptionReasons: ['complaint', 'referral', 'rectification-follow-up'],
    },
  }),
  officers: operation({
    operationId: 'listOfficers',
    method: 'GET',
    path: '/v1/officers',
    tag: '涉企检查',
    summary: '执法人员 · List an agency\'s enforcement officers',
    roles: [],
    query: z.object({ agency: OrganisationId }),
    responses: { 200: { description: 'the officers with their certificates', schema: z.object({ officers: z.array(Officer) }) } },
  }),
  putOfficer: operation({
    operationId: 'putOfficer',
    method: 'PUT',
    path: '/v1/officers/{id}',
    tag: '涉企检查',
    summary: '登记执法人员 · Record an officer and their enforcement certificate',
    roles: ['admin'],
    params: z.object({ id: Officer.shape.id }),
    body: Officer.omit({ id: true }),
    responses: { 200: { description: 'the officer', schema: Officer } },
    example: { name: '刘明', agency: 'agency-market', certificateNumber: '赣执36092300123', certificateValidFrom: '2024-01-01', certificateValidTo: '2028-12-31' },
  }),
  enterprise: operation({
    operationId: 'getEnterprise',
    method: 'GET',
    path: '/v1/enterprises/{creditCode}',
    tag: '涉企检查',
    summary: '企业信息 · Read an enterprise by its unified social credit code',
    roles: [],
    params: CreditCodeParam,
    responses: { 200: { description: 'the enterprise', schema: EnterpriseRecord } },
    refusals: { 404: ['not_found'] },
  }),
  enterprises: operation({
    operationId: 'listEnterprises',
    method: 'GET',
    path: '/v1/enterprises',
    tag: '涉企检查',
    summary: '企业名录 · Find enterprises by name or credit code; the no-disturb list (无事不扰)',
    description: '`q` matches a part of the name or the start of the credit code; at most `limit` (default 50), with `more` when there are others.',
    roles: [],
    query: z.object({
      q: z.string().trim().max(60).optional().transform((q) => (q ? normaliseSearch(q) : undefined)),
      noDisturb: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    responses: { 200: { description: 'the enterprises found', schema: z.object({ enterprises: z.array(EnterpriseRecord), more: z.boolean() }) } },
  }),
  putEnterprise: operation({
    operationId: 'putEnterprise',
    method: 'PUT',
    path: '/v1/enterprises/{creditCode}',
    tag: '涉企检查',
    summary: '登记企业 · Record an enterprise (GB 32100 check; an override needs a reason)',
    roles: ['admin'],
    params: CreditCodeParam,
    body: EnterpriseRecord.omit({ creditCode: true }),
    responses: { 200: { description: 'the enterprise', schema: EnterpriseRecord } },
    refusals: { 422: ['check_character'] },
    example: { name: '上高县某食品有限公司', address: '上高县敖阳街道', noDisturb: false },
  }),
};

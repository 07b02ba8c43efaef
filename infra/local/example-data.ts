import { officeStandardization } from '#shared/checklist/starter-templates.ts';
import { TemplateContent } from '#shared/checklist/template.ts';
import type { AgencyProfile, Officer } from '#shared/filing/reference.ts';
import type { Organisation } from '#shared/organisation/organisation.ts';
import type { Enterprise } from '#shared/reference/enterprise.ts';
import type { Tenant } from '#shared/tenancy/registry.ts';
import type { DevUser } from './dev-auth.ts';

/** 上高县 (seed 002): the example county the local stack starts with. Names of enterprises are invented. */
export const exampleTenant: Tenant = { code: '360923', name: '上高县司法局' };

const organisation = (id: string, kind: Organisation['kind'], name: string, parent?: string): Organisation => ({ id, kind, name, ...(parent ? { parent } : {}), contact: {}, active: true, version: 1 });
export const exampleOrganisations: Organisation[] = [
  organisation('bureau', 'bureau', '上高县司法局'),
  organisation('supervision-section', 'section', '上高县司法局行政执法协调监督股', 'bureau'),
  organisation('office-aoyang', 'office', '敖阳司法所', 'bureau'),
  organisation('office-jinjiang', 'office', '锦江司法所', 'bureau'),
  organisation('office-sixi', 'office', '泗溪司法所', 'bureau'),
  organisation('office-hantang', 'office', '翰堂司法所', 'bureau'),
  organisation('agency-market', 'agency', '上高县市场监督管理局'),
  organisation('agency-emergency', 'agency', '上高县应急管理局'),
  organisation('agency-health', 'agency', '上高县卫生健康委员会'),
];

export const exampleEnterprises: Enterprise[] = [
  { creditCode: '91360923MA35F2K8XC', name: '上高县锦绣食品有限公司', address: '江西省宜春市上高县敖阳街道工业园区' },
  { creditCode: '913609231585621039', name: '上高县恒通化工有限公司', address: '江西省宜春市上高县锦江镇' },
  { creditCode: '92360923MA39P4R1LY', name: '上高县泗溪便民超市', address: '江西省宜春市上高县泗溪镇' },
  { creditCode: '91360923MA36C7WN0K', name: '上高县安康医疗器械有限公司', address: '江西省宜春市上高县翰堂镇' },
];

/** Enterprises on the no-disturb list (无事不扰). */
export const exampleNoDisturb = ['913609231585621039'];

/** Published inspection-item lists and caps (illustrative; each agency publishes its own). */
export const exampleAgencyProfiles: Record<string, AgencyProfile> = {
  'agency-market': {
    items: [
      { code: 'SC-SP-01', name: '食品生产许可条件保持情况', legalBasis: '《中华人民共和国食品安全法》第一百一十条' },
      { code: 'SC-SP-02', name: '食品标签标识', legalBasis: '《中华人民共和国食品安全法》第六十七条' },
      { code: 'SC-TZ-01', name: '特种设备使用登记与定期检验', legalBasis: '《中华人民共和国特种设备安全法》第三十三条' },
    ],
    caps: { perEnterprisePerYear: 2, perItemPerYear: {}, perDay: 1, perWeek: 2, perMonth: 3 },
    exemptionReasons: ['complaint', 'referral', 'rectification-follow-up', 'enterprise-request'],
  },
  'agency-health': {
    items: [{ code: 'WS-YL-01', name: '医疗器械经营质量管理', legalBasis: '《医疗器械监督管理条例》第七十条' }],
    caps: { perEnterprisePerYear: 2, perItemPerYear: {}, perMonth: 1 },
    exemptionReasons: ['complaint', 'referral'],
  },
};

export const exampleOfficers: Officer[] = [
  { id: 'sc-liu', name: '刘明', agency: 'agency-market', certificateNumber: '36092301001', certificateValidFrom: '2024-01-01', certificateValidTo: '2029-12-31' },
  { id: 'sc-chen', name: '陈芳', agency: 'agency-market', certificateNumber: '36092301002', certificateValidFrom: '2024-01-01', certificateValidTo: '2029-12-31' },
  { id: 'sc-zhou', name: '周强', agency: 'agency-market', certificateNumber: '36092301003', certificateValidFrom: '2021-01-01', certificateValidTo: '2025-12-31' },
  { id: 'ws-huang', name: '黄丽', agency: 'agency-health', certificateNumber: '36092302001', certificateValidFrom: '2024-01-01', certificateValidTo: '2029-12-31' },
  { id: 'ws-wu', name: '吴刚', agency: 'agency-health', certificateNumber: '36092302002', certificateValidFrom: '2024-01-01', certificateValidTo: '2029-12-31' },
];

/** One user per role, each in the organisation that role works in. */
/**
 * The example users also have accounts at the local issuer, to sign in to the web pages with. Their
 * shared password is for the local stack only; a deployment's people get activation codes instead.
 */
export const examplePassword = 'Shanggao-2026';

export const exampleUsers = {
  admin: { userId: 'EXAMPLEADMIN00000000000000', name: '系统管理员', tenant: '360923', organisation: 'bureau', roles: ['admin'] },
  supervisor: { userId: 'EXAMPLESUPERVISOR000000000', name: '李督察', tenant: '360923', organisation: 'supervision-section', roles: ['supervisor'] },
  inspector: { userId: 'EXAMPLEINSPECTOR0000000000', name: '王评查', tenant: '360923', organisation: 'bureau', roles: ['inspector'] },
  agency: { userId: 'EXAMPLEAGENCY0000000000000', name: '刘执法', tenant: '360923', organisation: 'agency-market', roles: ['agency'] },
  office: { userId: 'EXAMPLEOFFICE0000000000000', name: '张所员', tenant: '360923', organisation: 'office-aoyang', roles: ['office'] },
} satisfies Record<string, DevUser>;

/**
 * An answer sheet for the 24-duty office assessment where every item passes, then `changes` applied by
 * item id (e.g. `{ '7': { deductions: [{ id: 'no-lawyer', count: 1 }] } }`): example activity and tests.
 */
export const officeAnswers = (changes: Record<string, Record<string, unknown>> = {}) =>
  TemplateContent.parse(officeStandardization).sections.flatMap((s) => s.items).map((item) => ({
    itemId: item.id,
    evidence: [],
    ...(item.type === 'pass_fail' ? { passed: true } : {}),
    ...(item.type === 'points' ? { deductions: [] } : {}),
    ...(item.type === 'choice' ? { option: item.options[0]!.id } : {}),
    ...(item.type === 'number' ? { value: item.passMin ?? item.max } : {}),
    ...changes[item.id],
  }));

/** The 24-duty assessment of `organisation` on `assessedOn`: every item passing but `changes` (see officeAnswers). */
export const officeSubmission = (organisation: string, assessedOn: string, changes: Record<string, Record<string, unknown>> = {}) => ({
  templateId: 'office-standardization',
  templateVersion: 1,
  subject: { organisation },
  assessedOn,
  year: Number(assessedOn.slice(0, 4)),
  inspectors: ['王五', '赵六'],
  answers: officeAnswers(changes),
  notes: '',
  evidence: [],
});

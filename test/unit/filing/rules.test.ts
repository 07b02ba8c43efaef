import { describe, expect, it } from 'vitest';
import { workingCalendar } from '#shared/calendar/working-calendar.ts';
import { codelessFiledLate, resultDueOn } from '#shared/filing/deadlines.ts';
import type { AgencyProfile, Officer } from '#shared/filing/reference.ts';
import { checkPlanFiling, type CountedFiling, type PlanFilingInput, type RuleContext } from '#shared/filing/rules.ts';

const profile: AgencyProfile = {
  items: [
    { code: 'SP-01', name: '食品生产许可条件保持情况', legalBasis: '《食品安全法》第一百一十条' },
    { code: 'SP-02', name: '食品标签标识', legalBasis: '《食品安全法》第六十七条' },
  ],
  caps: { perEnterprisePerYear: 2, perItemPerYear: { 'SP-02': 1 }, perDay: 1, perWeek: 2, perMonth: 3 },
  exemptionReasons: ['complaint', 'rectification-follow-up'],
};
const officer = (id: string, agency = 'agency-market', validTo = '2028-12-31'): Officer => ({
  id,
  name: `执法员${id}`,
  agency,
  certificateNumber: `36092300${id}`,
  certificateValidFrom: '2024-01-01',
  certificateValidTo: validTo,
});
const input: PlanFilingInput = {
  enterprise: '91360923MA35F2K8XC',
  inspectionType: 'routine',
  items: ['SP-01'],
  legalBasis: '《食品安全法》',
  window: { from: '2026-12-07', to: '2026-12-08' },
  officers: ['o1', 'o2'],
  approval: { approver: '局长', approvedOn: '2026-12-01' },
};
const filing = (id: string, plannedOn: string, items = ['SP-01'], agency = 'agency-market'): CountedFiling => ({ id, agency, plannedOn, items });
const ctx = (overrides: Partial<RuleContext> = {}): RuleContext => ({
  agency: 'agency-market',
  profile,
  enterprise: { creditCode: input.enterprise, name: '上高县锦绣食品有限公司', address: '', noDisturb: false },
  officers: new Map(['o1', 'o2', 'o3'].map((id) => [id, officer(id)])),
  sameAgency: [],
  otherAgenciesNearby: [],
  today: '2026-12-02',
  ...overrides,
});
const codes = (result: ReturnType<typeof checkPlanFiling>) => result.violations.map((v) => v.code);

describe('plan filing rules', () => {
  it('accepts a filing that keeps every rule', () => {
    expect(checkPlanFiling(input, ctx())).toEqual({ violations: [], warnings: [] });
  });

  it('reports every rule hit at once, each with its reason code and field', () => {
    const result = checkPlanFiling(
      { ...input, items: ['SP-01', 'XX-99'], officers: ['o1'], approval: { approver: '局长', approvedOn: '2026-12-09' }, window: { from: '2026-12-07', to: '2026-12-06' } },
      ctx({ officers: new Map([['o1', officer('o1', 'agency-market', '2026-12-05')]]) }),
    );
    expect(result.violations.map((v) => [v.code, v.field])).toEqual([
      ['window_invalid', 'window.to'],
      ['item_not_listed', 'items.1'],
      ['too_few_officers', 'officers'],
      ['certificate_invalid', 'officers.0'],
      ['approval_after_start', 'approval.approvedOn'],
      ['approval_in_future', 'approval.approvedOn'],
    ]);
  });

  it('refuses unknown officers, officers of another agency and an unknown enterprise', () => {
    const result = checkPlanFiling({ ...input, officers: ['o1', 'ghost', 'x'] }, ctx({ enterprise: undefined, officers: new Map([['o1', officer('o1')], ['x', officer('x', 'agency-health')]]) }));
    expect(codes(result)).toEqual(['enterprise_unknown', 'officer_unknown', 'officer_of_other_agency']);
  });

  it('stops the third inspection of the year with the count so far, but not across the year boundary', () => {
    const twoThisYear = [filing('f1', '2026-03-02'), filing('f2', '2026-09-14')];
    expect(checkPlanFiling(input, ctx({ sameAgency: twoThisYear })).violations).toContainEqual(expect.objectContaining({ code: 'cap_reached', details: { count: 2, cap: 2 } }));
    const january = { ...input, window: { from: '2027-01-05', to: '2027-01-05' }, approval: { approver: '局长', approvedOn: '2026-12-01' } };
    expect(codes(checkPlanFiling(january, ctx({ sameAgency: [filing('f3', '2026-11-30'), filing('f4', '2026-12-30')] })))).toEqual([]);
  });

  it('caps single items per year', () => {
    const result = checkPlanFiling({ ...input, items: ['SP-01', 'SP-02'] }, ctx({ sameAgency: [filing('f1', '2026-05-11', ['SP-02'])] }));
    expect(result.violations).toEqual([expect.objectContaining({ code: 'item_cap_reached', field: 'items.1', details: { count: 1, cap: 1 } })]);
  });

  it('applies the short-window rules: one a day, two a week, three a month', () => {
    const withCaps = (caps: Partial<AgencyProfile['caps']>) => ({ ...profile, caps: { ...profile.caps, perEnterprisePerYear: 10, ...caps } });
    expect(codes(checkPlanFiling(input, ctx({ profile: withCaps({}), sameAgency: [filing('d', '2026-12-07')] })))).toContain('short_window_day');
    // Monday 12-07 with Tuesday 12-01? No: 12-01 is the week before. Same week: Wed 12-09 and Fri 12-11.
    expect(codes(checkPlanFiling(input, ctx({ profile: withCaps({ perDay: undefined }), sameAgency: [filing('a', '2026-12-09'), filing('b', '2026-12-11')] })))).toEqual(['short_window_week']);
    expect(codes(checkPlanFiling(input, ctx({ profile: withCaps({ perDay: undefined }), sameAgency: [filing('a', '2026-12-01'), filing('b', '2026-12-02')] })))).toEqual([]);
    expect(codes(checkPlanFiling(input, ctx({ profile: withCaps({ perDay: undefined, perWeek: undefined }), sameAgency: [filing('a', '2026-12-01'), filing('b', '2026-12-02'), filing('c', '2026-12-28')] })))).toEqual(['short_window_month']);
  });

  it('keeps no-disturb enterprises out unless an accepted exemption applies, which also lifts the caps', () => {
    const listed = ctx({ enterprise: { creditCode: input.enterprise, name: 'x', address: '', noDisturb: true }, sameAgency: [filing('f1', '2026-03-02'), filing('f2', '2026-09-14')] });
    expect(codes(checkPlanFiling(input, listed))).toEqual(['cap_reached', 'no_disturb']);
    expect(codes(checkPlanFiling({ ...input, exemptionReason: 'complaint' }, listed))).toEqual([]);
    expect(codes(checkPlanFiling({ ...input, exemptionReason: 'licensing' }, listed))).toEqual(['exemption_not_accepted', 'cap_reached', 'no_disturb']);
  });

  it('lets an emergency inspection be approved afterwards', () => {
    const codeless = { ...input, window: { from: '2026-11-30', to: '2026-11-30' }, codeless: { inspectedOn: '2026-11-30', reason: '突发食品安全事件' }, approval: { approver: '局长', approvedOn: '2026-12-01' } };
    expect(codes(checkPlanFiling(codeless, ctx()))).toEqual([]);
  });

  it('proposes a joint inspection when another agency plans the same enterprise within 14 days, without blocking', () => {
    const result = checkPlanFiling(input, ctx({ otherAgenciesNearby: [filing('h1', '2026-12-18', ['WS-01'], 'agency-health'), filing('e1', '2027-01-20', ['AQ-01'], 'agency-emergency')] }));
    expect(result.violations).toEqual([]);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'joint_inspection_proposed', details: { filings: [{ id: 'h1', agency: 'agency-health', plannedOn: '2026-12-18' }] } })]);
  });
});

describe('filing deadlines in working days', () => {
  const calendar = workingCalendar();
  it('makes a result due 5 working days after the inspection, across National Day', () => {
    expect(resultDueOn('2026-09-29', calendar)).toBe('2026-10-12'); // 9/30, 10/8, 10/9, 10/10 (make-up Saturday), 10/12
  });
  it('flags a codeless inspection filed after 3 working days as late', () => {
    expect(codelessFiledLate('2026-09-29', '2026-10-09', calendar)).toBe(false); // 9/30, 10/8, 10/9
    expect(codelessFiledLate('2026-09-29', '2026-10-10', calendar)).toBe(true);
  });
});

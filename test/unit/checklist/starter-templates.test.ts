import { describe, expect, it } from 'vitest';
import { officeStandardization } from '#shared/checklist/starter-templates.ts';
import { TemplateContent } from '#shared/checklist/template.ts';

const items = TemplateContent.parse(officeStandardization).sections.flatMap((section) => section.items);
const text = (id: string) => items.find((item) => item.id === id)!.text;

describe('the office-standardization starter template (seed 004)', () => {
  it('has the 24 duties in order', () => {
    expect(items.map((item) => item.id)).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)));
  });

  it('words the duties as the plan does, without thresholds the plan does not state', () => {
    expect(text('3')).not.toContain('无违纪违法案件');
    expect(text('5')).not.toMatch(/≥|人数/);
    expect(text('7')).not.toContain('2次');
    expect(text('10')).toContain('调解组织建成率达100%');
    expect(text('19')).toBe('完成法律法规规章赋予和上级司法行政机关交办的其他事务');
    expect(text('22')).toContain('基础设施建设经费');
  });

  it('says in the description of every item scored by a rule of ours that the rule is ours', () => {
    const ruled = items.filter((item) => item.type === 'points' || item.type === 'choice' || item.critical || (item.type === 'number' && item.passMin !== undefined));
    expect(ruled.length).toBeGreaterThan(10);
    for (const item of ruled) expect([item.id, item.description]).toEqual([item.id, expect.stringMatching(/^本系统建议：.+非方案原文/)]);
  });
});

import { describe, expect, it } from 'vitest';
import { starterTemplates } from '#shared/checklist/starter-templates.ts';
import { itemsOf, TemplateContent, totalPoints } from '#shared/checklist/template.ts';

const base = {
  kind: 'test-sheet',
  title: 't',
  sections: [{ id: 's', title: 's', items: [{ id: 'a', text: 'a', points: 60, type: 'pass_fail' }, { id: 'b', text: 'b', points: 40, type: 'pass_fail' }] }],
  bands: [
    { grade: 'F', minScore: 0, maxScore: 60, meetsStandard: false },
    { grade: 'P', minScore: 60, maxScore: 100, meetsStandard: true },
  ],
  vetoGrade: 'F',
};
const problems = (content: unknown) => TemplateContent.safeParse(content).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('checklist templates', () => {
  it('accepts a template that can be scored', () => {
    expect(problems(base)).toEqual([]);
  });

  it('refuses duplicate item ids', () => {
    const dup = { ...base, sections: [{ ...base.sections[0], items: [base.sections[0]!.items[0], { ...base.sections[0]!.items[1], id: 'a' }] }] };
    expect(problems(dup)).toEqual([['sections.0.items.1.id', 'duplicate item id a (also at sections.0.items.0)']]);
  });

  it('refuses bands that overlap, leave gaps, miss 0 or miss the total', () => {
    expect(problems({ ...base, bands: [base.bands[0], { ...base.bands[1], minScore: 50 }] })).toContainEqual(['bands.1.minScore', 'overlaps band F']);
    expect(problems({ ...base, bands: [base.bands[0], { ...base.bands[1], minScore: 70 }] })).toContainEqual(['bands.1.minScore', 'leaves a gap after band F']);
    expect(problems({ ...base, bands: [{ ...base.bands[0], minScore: 10 }, base.bands[1]] })).toContainEqual(['bands.0.minScore', 'the lowest band must start at 0']);
    expect(problems({ ...base, bands: [base.bands[0], { ...base.bands[1], maxScore: 90 }] })).toContainEqual(['bands.1.maxScore', 'the highest band must end at the total of 100 points']);
  });

  it('refuses negative points and a veto grade that meets the standard', () => {
    const negative = { ...base, sections: [{ ...base.sections[0], items: [{ ...base.sections[0]!.items[0], points: -1 }, base.sections[0]!.items[1]] }] };
    expect(problems(negative)).toContainEqual(['sections.0.items.0.points', 'points cannot be below zero']);
    expect(problems({ ...base, vetoGrade: 'P' })).toContainEqual(['vetoGrade', 'a vetoed submission cannot meet the standard']);
  });

  it('ships starter templates that are valid: the 24 duties of seed 004 in four parts, and a case-file review of 20 + 80 points', () => {
    const [office, caseFile] = starterTemplates.map((t) => TemplateContent.parse(t.content));
    expect(itemsOf(office!).map((i) => i.item.id)).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)));
    expect(office!.sections.map((s) => s.items.length)).toEqual([3, 6, 10, 5]);
    expect(totalPoints(office!)).toBe(100);
    expect(caseFile!.sections.map((s) => s.items.reduce((sum, i) => sum + i.points, 0))).toEqual([0, 20, 80]);
    expect(caseFile!.sections[0]!.items.every((i) => i.critical)).toBe(true);
  });
});

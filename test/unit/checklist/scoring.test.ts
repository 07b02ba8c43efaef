import { describe, expect, it } from 'vitest';
import { answerProblems, score, type Answer } from '#shared/checklist/scoring.ts';
import { officeStandardization } from '#shared/checklist/starter-templates.ts';
import { TemplateContent } from '#shared/checklist/template.ts';

const template = TemplateContent.parse({
  kind: 'test-sheet',
  title: '测试表',
  sections: [
    {
      id: 's1',
      title: '一',
      items: [
        { id: 'pf', text: '全扣全得', points: 10, type: 'pass_fail' },
        { id: 'pts', text: '缺1项扣2分', points: 6, type: 'points', deductions: [{ id: 'miss', label: '每缺1项', points: 2 }, { id: 'once', label: '一次性', points: 1, perOccurrence: false }] },
        { id: 'veto', text: '否决项', points: 0, type: 'pass_fail', critical: true },
      ],
    },
    {
      id: 's2',
      title: '二',
      items: [
        { id: 'ch', text: '选择', points: 4, type: 'choice', options: [{ id: 'a', label: '好', points: 4 }, { id: 'b', label: '中', points: 2 }, { id: 'c', label: '差', points: 0, fails: true }] },
        { id: 'num', text: '比例', points: 5, type: 'number', min: 0, max: 100, passMin: 70 },
        { id: 'txt', text: '说明', type: 'text' },
        { id: 'ev', text: '附件', points: 5, type: 'evidence', evidenceRequiredOnFailure: false },
      ],
    },
  ],
  bands: [
    { grade: '不合格', minScore: 0, maxScore: 18, meetsStandard: false },
    { grade: '合格', minScore: 18, maxScore: 27, meetsStandard: true },
    { grade: '优秀', minScore: 27, maxScore: 30, meetsStandard: true, model: true },
  ],
  vetoGrade: '不合格',
});

const full: Answer[] = [
  { itemId: 'pf', passed: true, evidence: [] },
  { itemId: 'pts', deductions: [], evidence: [] },
  { itemId: 'veto', passed: true, evidence: [] },
  { itemId: 'ch', option: 'a', evidence: [] },
  { itemId: 'num', value: 85, evidence: [] },
  { itemId: 'ev', evidence: [{ reference: 'photo.jpg' }] },
];
const withAnswer = (itemId: string, patch: Partial<Answer>) => full.map((a) => (a.itemId === itemId ? { ...a, ...patch } : a));
const itemOf = (answers: Answer[], id: string) => score(template, answers).items.find((i) => i.itemId === id)!;

describe('checklist scoring', () => {
  it('gives full marks and the top band to a clean submission, with section subtotals', () => {
    expect(score(template, full)).toMatchObject({ score: 30, maxScore: 30, grade: '优秀', meetsStandard: true, model: true, vetoed: false, sections: [{ id: 's1', score: 16, max: 16 }, { id: 's2', score: 14, max: 14 }] });
  });

  it('scores pass/fail all or nothing', () => {
    expect(itemOf(withAnswer('pf', { passed: false }), 'pf')).toMatchObject({ score: 0, failed: true });
  });

  it('deducts per occurrence and floors at zero', () => {
    expect(itemOf(withAnswer('pts', { deductions: [{ id: 'miss', count: 2 }] }), 'pts')).toMatchObject({ score: 2, failed: true });
    expect(itemOf(withAnswer('pts', { deductions: [{ id: 'miss', count: 5 }, { id: 'once', count: 1 }] }), 'pts')).toMatchObject({ score: 0, failed: true });
  });

  it('scores choices by option and fails on a failing option', () => {
    expect(itemOf(withAnswer('ch', { option: 'b' }), 'ch')).toMatchObject({ score: 2, failed: false });
    expect(itemOf(withAnswer('ch', { option: 'c' }), 'ch')).toMatchObject({ score: 0, failed: true });
  });

  it('fails a number outside its pass range, and never fails a text answer', () => {
    expect(itemOf(withAnswer('num', { value: 69.9 }), 'num')).toMatchObject({ score: 0, failed: true });
    expect(itemOf(withAnswer('num', { value: 70 }), 'num')).toMatchObject({ score: 5, failed: false });
    expect(itemOf(full, 'txt')).toMatchObject({ score: 0, failed: false });
  });

  it('passes an evidence item only with evidence', () => {
    expect(itemOf(withAnswer('ev', { evidence: [] }), 'ev')).toMatchObject({ score: 0, failed: true });
  });

  it('lets a failed veto item override the points', () => {
    expect(score(template, withAnswer('veto', { passed: false }))).toMatchObject({ score: 30, vetoed: true, grade: '不合格', meetsStandard: false, model: false });
  });

  it('puts band edges in the upper band: 18 is 合格, 17 is 不合格, 27 is 优秀', () => {
    const at = (answers: Answer[]) => score(template, answers).grade;
    const minus = (points: number) => withAnswer('pts', { deductions: [{ id: 'miss', count: points / 2 }] });
    expect(score(template, withAnswer('pf', { passed: false })).score).toBe(20);
    expect(at(withAnswer('ch', { option: 'c' }).map((a) => (a.itemId === 'num' ? { ...a, value: 10 } : a)))).toBe('合格'); // 30 - 4 - 5 = 21
    const eighteen = withAnswer('pf', { passed: false }).map((a) => (a.itemId === 'ch' ? { ...a, option: 'b' } : a)); // 30 - 10 - 2
    expect(score(template, eighteen)).toMatchObject({ score: 18, grade: '合格' });
    expect(score(template, eighteen.map((a) => (a.itemId === 'pts' ? { ...a, deductions: [{ id: 'once', count: 1 }] } : a)))).toMatchObject({ score: 17, grade: '不合格' });
    expect(score(template, minus(2)).grade).toBe('优秀'); // 28
    expect(score(template, withAnswer('pts', { deductions: [{ id: 'once', count: 1 }], }).map((a) => (a.itemId === 'ch' ? { ...a, option: 'b' } : a)))).toMatchObject({ score: 27, grade: '优秀' });
  });
});

describe('answer validation', () => {
  it('accepts a complete, well-typed set of answers', () => {
    expect(answerProblems(template, full)).toEqual([]);
  });

  it('names each bad answer by its position and item', () => {
    const problems = answerProblems(template, [
      { itemId: 'pf', evidence: [] },
      { itemId: 'pts', deductions: [{ id: 'nope', count: 1 }], evidence: [] },
      { itemId: 'ch', option: 'z', evidence: [] },
      { itemId: 'num', value: 120, evidence: [] },
      { itemId: 'ghost', evidence: [] },
      { itemId: 'pf', passed: true, evidence: [] },
      { itemId: 'pts', deductions: [{ id: 'once', count: 2 }], evidence: [] },
    ]);
    expect(problems.map((p) => p.path)).toEqual([
      'answers.0.passed',
      'answers.1.deductions',
      'answers.2.option',
      'answers.3.value',
      'answers.4.itemId',
      'answers.5.itemId',
      'answers.6.itemId',
      'answers',
      'answers',
    ]);
    expect(problems.slice(-2).map((p) => p.message)).toEqual(['item veto is not answered', 'item ev is not answered']);
  });

  it('requires evidence where an item fails and says so', () => {
    const strict = TemplateContent.parse({ ...officeStandardization });
    const answers: Answer[] = strict.sections.flatMap((s) => s.items).map((item) => ({ itemId: item.id, passed: true, deductions: [], option: item.type === 'choice' ? item.options[0]!.id : undefined, value: item.type === 'number' ? item.max : undefined, evidence: [] }));
    const failing = answers.map((a) => (a.itemId === '13' ? { ...a, passed: false } : a));
    expect(answerProblems(strict, failing)).toEqual([{ path: 'answers.12.evidence', message: 'item 13: evidence is required when it fails' }]);
    expect(answerProblems(strict, answers)).toEqual([]);
  });
});

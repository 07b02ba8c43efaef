/**
 * The fill-in form's model: one answer per item as the inspector builds it, turned into the API's
 * answers; the running score and the problems come from the server's own pure module (scoring.ts).
 */
import { answerProblems, score } from '#shared/checklist/scoring.ts';
import type { components } from './api.ts';

export type Content = components['schemas']['ChecklistTemplateContent'];
export type Item = Content['sections'][number]['items'][number];
export type Submission = components['schemas']['ChecklistSubmission'];
export type AnswerInput = components['schemas']['ChecklistAnswerInput'];
type EvidenceFile = { key: string; name: string; size: number };

/** What the inspector has said of one item so far; `assessed` marks a points item looked at with nothing to deduct. */
export type Draft = { passed?: boolean; assessed?: boolean; deductions: Record<string, number>; option?: string; value?: number; text?: string; note?: string; evidence: EvidenceFile[] };
export const emptyDraft = (): Draft => ({ deductions: {}, evidence: [] });

export const itemsIn = (content: Content) => content.sections.flatMap((s) => s.items);

/** The API's answer for an item, or nothing while the item is still open. */
export const answerOf = (item: Item, d: Draft): AnswerInput | undefined => {
  const common = { itemId: item.id, ...(d.note ? { note: d.note } : {}), evidence: d.evidence.map((e) => ({ file: e.key })) };
  switch (item.type) {
    case 'pass_fail':
      return d.passed === undefined ? undefined : { ...common, passed: d.passed };
    case 'points': {
      const deductions = Object.entries(d.deductions).filter(([, count]) => count > 0).map(([id, count]) => ({ id, count }));
      return deductions.length || d.assessed ? { ...common, deductions } : undefined;
    }
    case 'choice':
      return d.option === undefined ? undefined : { ...common, option: d.option };
    case 'number':
      return d.value === undefined || d.value === null ? undefined : { ...common, value: d.value };
    case 'text':
      return d.text ? { ...common, text: d.text } : undefined;
    case 'evidence':
      return common;
  }
};
export const answersOf = (content: Content, drafts: Record<string, Draft>) => itemsIn(content).flatMap((item) => answerOf(item, drafts[item.id] ?? emptyDraft()) ?? []);

/** A returned assessment's answers as drafts, to correct and send again. */
export const draftsFrom = (submission: Submission): Record<string, Draft> =>
  Object.fromEntries(
    submission.answers.map((a) => [
      a.itemId,
      {
        passed: a.passed,
        assessed: true,
        deductions: Object.fromEntries((a.deductions ?? []).map((x) => [x.id, x.count])),
        option: a.option,
        value: a.value,
        text: a.text,
        note: a.note,
        evidence: a.evidence.flatMap((e) => (e.file ? [{ key: e.file.key, name: e.file.name, size: e.file.size }] : [])),
      },
    ]),
  );

/** Problems per item id, as the server's check finds them (same module), in words for the form; open items are 尚未评定. */
export const problemsByItem = (content: Content, answers: AnswerInput[]) => {
  const answered = new Set(answers.map((a) => a.itemId));
  const byItem: Record<string, string> = Object.fromEntries(itemsIn(content).filter((i) => i.type !== 'text' && !answered.has(i.id)).map((i) => [i.id, problemWords.answers!]));
  for (const problem of answerProblems(content, answers)) {
    const [, index, field] = problem.path.split('.');
    const itemId = index === undefined ? undefined : answers[Number(index)]?.itemId;
    if (itemId) byItem[itemId] = problemWords[field ?? ''] ?? problem.message;
  }
  return byItem;
};
const problemWords: Record<string, string> = {
  answers: '尚未评定',
  passed: '请选择符合或不符合',
  option: '请选择一项',
  value: '请填写范围内的数值',
  deductions: '扣分项有误',
  evidence: '不符合时须上传佐证材料',
};

/** The running score: the answers given so far, scored by the server's code (items still open count as 0). */
export const runningScore = (content: Content, answers: AnswerInput[]) => {
  const problems = answerProblems(content, answers);
  const bad = new Set(problems.flatMap((p) => (p.path.split('.')[1] === undefined ? [] : [Number(p.path.split('.')[1])])));
  return score(content, answers.filter((_, i) => !bad.has(i)));
};

export const itemTypeLabels: Record<Item['type'], string> = { pass_fail: '符合/不符合', points: '扣分项', choice: '选择', number: '数值', text: '文字说明', evidence: '佐证材料' };
export const submissionStatusLabels: Record<Submission['status'], { text: string; type: 'warning' | 'danger' | 'success' }> = {
  submitted: { text: '待审核', type: 'warning' },
  returned: { text: '已退回修改', type: 'danger' },
  accepted: { text: '审核通过', type: 'success' },
};

/** A draft kept in this browser, so a dropped connection or a closed tab loses nothing (and a resend reuses its key). */
export const keptDraft = <T>(key: string) => ({
  load: (): T | undefined => {
    const raw = localStorage.getItem(`checklist-draft:${key}`);
    return raw ? (JSON.parse(raw) as T) : undefined;
  },
  save: (value: T) => localStorage.setItem(`checklist-draft:${key}`, JSON.stringify(value)),
  clear: () => localStorage.removeItem(`checklist-draft:${key}`),
});

import * as z from 'zod';
import type { FieldProblem } from '../http/errors.ts';
import { Evidence, EvidenceInput } from '../evidence/evidence.ts';
import { type ChecklistItem, itemsOf, type TemplateContent, totalPoints } from './template.ts';

const answerFields = {
  itemId: z.string(),
  passed: z.boolean().optional(),
  deductions: z.array(z.object({ id: z.string(), count: z.number().int().min(1).max(1000).default(1) })).optional(),
  option: z.string().optional(),
  value: z.number().optional(),
  text: z.string().max(4000).optional(),
  note: z.string().max(2000).optional(),
};
/** One answer as an inspector sends it; which fields matter depends on the item's type. */
export const AnswerInput = z.object({ ...answerFields, evidence: z.array(EvidenceInput).max(50).default([]) }).meta({ id: 'ChecklistAnswerInput' });
export type AnswerInput = z.infer<typeof AnswerInput>;
/** One answer as the submission keeps it, its evidence files checked. */
export const Answer = z.object({ ...answerFields, evidence: z.array(Evidence).max(50).default([]) }).meta({ id: 'ChecklistAnswer' });
export type Answer = z.infer<typeof Answer>;
/** What scoring reads of an answer: whether it has evidence, not what the evidence is (so answers are checked before their files). */
type Scorable = Omit<Answer, 'evidence'> & { evidence: readonly unknown[] };

export const ItemResult = z.object({
  itemId: z.string(),
  section: z.string(),
  score: z.number(),
  max: z.number(),
  failed: z.boolean(),
  critical: z.boolean(),
  /** In answers only, once accepted: the rectification item a failed item becomes (made moments later from the event). */
  rectificationId: z.string().optional(),
});
export type ItemResult = z.infer<typeof ItemResult>;
/** 评分结果: computed here from the answers and the exact template version, never taken from a client. */
export const ScoreResult = z.object({
  score: z.number(),
  maxScore: z.number(),
  sections: z.array(z.object({ id: z.string(), score: z.number(), max: z.number() })),
  items: z.array(ItemResult),
  vetoed: z.boolean(),
  grade: z.string(),
  meetsStandard: z.boolean(),
  model: z.boolean(),
}).meta({ id: 'ScoreResult' });
export type ScoreResult = z.infer<typeof ScoreResult>;

const round = (n: number) => Math.round(n * 100) / 100;

/** Checks every answer against its item (and that every item is answered once); each problem names the answer. */
export const answerProblems = (content: TemplateContent, answers: readonly Scorable[]): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const items = new Map(itemsOf(content).map(({ item }) => [item.id, item]));
  const answered = new Set<string>();
  answers.forEach((answer, i) => {
    const at = (field?: string) => ['answers', i, field].filter((p) => p !== undefined).join('.');
    const item = items.get(answer.itemId);
    if (!item) return problems.push({ path: at('itemId'), message: `no item ${answer.itemId} in this template version` });
    if (answered.has(item.id)) return problems.push({ path: at('itemId'), message: `item ${item.id} is answered twice` });
    answered.add(item.id);
    const problem = valueProblem(item, answer);
    if (problem) return problems.push({ path: at(problem.field), message: `item ${item.id}: ${problem.message}` });
    if (item.evidenceRequiredOnFailure && itemScore(item, answer).failed && answer.evidence.length === 0) {
      problems.push({ path: at('evidence'), message: `item ${item.id}: evidence is required when it fails` });
    }
  });
  for (const { item } of itemsOf(content)) {
    if (!answered.has(item.id) && item.type !== 'text') problems.push({ path: 'answers', message: `item ${item.id} is not answered` });
  }
  return problems;
};

const valueProblem = (item: ChecklistItem, answer: Scorable): { field: string; message: string } | undefined => {
  switch (item.type) {
    case 'pass_fail':
      return answer.passed === undefined ? { field: 'passed', message: 'answer passed: true or false' } : undefined;
    case 'points': {
      const unknown = (answer.deductions ?? []).find((d) => !item.deductions.some((rule) => rule.id === d.id));
      if (unknown) return { field: 'deductions', message: `no deduction rule ${unknown.id}` };
      const once = (answer.deductions ?? []).find((d) => d.count > 1 && !item.deductions.find((rule) => rule.id === d.id)!.perOccurrence);
      return once ? { field: 'deductions', message: `deduction ${once.id} applies at most once` } : undefined;
    }
    case 'choice':
      return item.options.some((o) => o.id === answer.option) ? undefined : { field: 'option', message: `choose one of ${item.options.map((o) => o.id).join(', ')}` };
    case 'number':
      if (answer.value === undefined) return { field: 'value', message: 'a number is required' };
      if ((item.min !== undefined && answer.value < item.min) || (item.max !== undefined && answer.value > item.max)) {
        return { field: 'value', message: `must be between ${item.min ?? '−∞'} and ${item.max ?? '∞'}` };
      }
      return undefined;
    case 'text':
    case 'evidence':
      return undefined;
  }
};

const itemScore = (item: ChecklistItem, answer: Scorable | undefined): { score: number; failed: boolean } => {
  if (!answer) return { score: 0, failed: item.type !== 'text' };
  switch (item.type) {
    case 'pass_fail':
      return answer.passed ? { score: item.points, failed: false } : { score: 0, failed: true };
    case 'points': {
      const off = (answer.deductions ?? []).reduce((sum, d) => sum + item.deductions.find((rule) => rule.id === d.id)!.points * d.count, 0);
      return { score: Math.max(0, round(item.points - off)), failed: off > 0 };
    }
    case 'choice': {
      const option = item.options.find((o) => o.id === answer.option)!;
      return { score: option.points, failed: option.fails };
    }
    case 'number': {
      const value = answer.value!;
      const passes = (item.passMin === undefined || value >= item.passMin) && (item.passMax === undefined || value <= item.passMax);
      return { score: passes ? item.points : 0, failed: !passes };
    }
    case 'text':
      return { score: 0, failed: false };
    case 'evidence':
      return answer.evidence.length > 0 ? { score: item.points, failed: false } : { score: 0, failed: true };
  }
};

/** Scores validated answers against the exact template version: totals per section, veto first, then the band. */
export const score = (content: TemplateContent, answers: readonly Scorable[]): ScoreResult => {
  const byItem = new Map(answers.map((a) => [a.itemId, a]));
  const items: ItemResult[] = itemsOf(content).map(({ section, item }) => ({
    itemId: item.id,
    section,
    max: item.points,
    critical: item.critical,
    ...itemScore(item, byItem.get(item.id)),
  }));
  const total = round(items.reduce((sum, i) => sum + i.score, 0));
  const vetoed = items.some((i) => i.critical && i.failed);
  const band = vetoed
    ? content.bands.find((b) => b.grade === content.vetoGrade)!
    : [...content.bands].sort((a, b) => b.minScore - a.minScore).find((b) => total >= b.minScore)!;
  return {
    score: total,
    maxScore: totalPoints(content),
    sections: content.sections.map((s) => ({
      id: s.id,
      score: round(items.filter((i) => i.section === s.id).reduce((sum, i) => sum + i.score, 0)),
      max: s.items.reduce((sum, i) => sum + i.points, 0),
    })),
    items,
    vetoed,
    grade: band.grade,
    meetsStandard: band.meetsStandard,
    model: band.model,
  };
};

import * as z from 'zod';

const Id = z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, 'letters, digits, dot, dash or underscore, at most 40');

const itemBase = {
  id: Id,
  text: z.string().trim().min(1).max(1000),
  /** Points (分值) the item is worth; 0 for unscored items. */
  points: z.number().min(0, 'points cannot be below zero').max(1000),
  /** A veto item (否决项): failing it fails the whole submission, whatever the score. */
  critical: z.boolean().default(false),
  evidenceRequiredOnFailure: z.boolean().default(false),
  /** Deadline of the rectification item a failure becomes, in working days. */
  rectificationWorkingDays: z.number().int().min(1).max(250).default(10),
  /** Checking method (检查方法): file review, site visit, interview … shown to inspectors. */
  method: z.string().max(500).optional(),
  /** 说明, shown beside the item: e.g. which scoring rule is the template author's own rather than the source's words. */
  description: z.string().max(1000).optional(),
};

/** 检查项: how an item is answered and scored. */
export const ChecklistItem = z.discriminatedUnion('type', [
  /** All or nothing (全扣全得). */
  z.object({ ...itemBase, type: z.literal('pass_fail') }),
  /** Points with deductions, e.g. "2 points off per missing element" (缺1项扣2分), floored at zero. */
  z.object({
    ...itemBase,
    type: z.literal('points'),
    deductions: z.array(z.object({ id: Id, label: z.string().min(1).max(300), points: z.number().positive('a deduction takes off more than 0 points'), perOccurrence: z.boolean().default(true) })).min(1),
  }),
  z.object({
    ...itemBase,
    type: z.literal('choice'),
    options: z.array(z.object({ id: Id, label: z.string().min(1).max(300), points: z.number().min(0), fails: z.boolean().default(false) })).min(2),
  }),
  /** A measured figure; outside [passMin, passMax] the item fails. */
  z.object({ ...itemBase, type: z.literal('number'), min: z.number().optional(), max: z.number().optional(), passMin: z.number().optional(), passMax: z.number().optional(), unit: z.string().max(20).optional() }),
  z.object({ ...itemBase, type: z.literal('text'), points: z.literal(0).default(0) }),
  /** Passes when at least one piece of evidence is attached. */
  z.object({ ...itemBase, type: z.literal('evidence') }),
]);
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Section = z.object({ id: Id, title: z.string().min(1).max(200), items: z.array(ChecklistItem).min(1) });

/** A grade band [minScore, maxScore) (the last one includes its maximum), e.g. 不达标 / 达标 / 模范. */
export const GradeBand = z.object({
  grade: z.string().min(1).max(20),
  minScore: z.number().min(0),
  maxScore: z.number().min(0),
  meetsStandard: z.boolean(),
  /** The higher tier (模范/优秀). */
  model: z.boolean().default(false),
});
export type GradeBand = z.infer<typeof GradeBand>;

export const TemplateKind = z.string().regex(/^[a-z][a-z0-9-]{2,40}$/, 'a lower-case kind such as office-standardization');

const totalOf = (sections: { items: { points: number; critical: boolean }[] }[]) => sections.flatMap((s) => s.items).reduce((sum, item) => sum + item.points, 0);

/** 检查表模板 (one version's content): sections → items, grade bands, and the grade a veto gives. */
export const TemplateContent = z
  .object({
    kind: TemplateKind,
    title: z.string().trim().min(1).max(200),
    description: z.string().max(4000).default(''),
    sections: z.array(Section).min(1),
    bands: z.array(GradeBand).min(1),
    vetoGrade: z.string().min(1),
  })
  .superRefine((content, ctx) => {
    const seen = new Map<string, string>();
    content.sections.forEach((section, s) =>
      section.items.forEach((item, i) => {
        const at = seen.get(item.id);
        if (at) ctx.addIssue({ code: 'custom', path: ['sections', s, 'items', i, 'id'], message: `duplicate item id ${item.id} (also at ${at})` });
        seen.set(item.id, `sections.${s}.items.${i}`);
        if (item.type === 'choice' && item.options.some((o) => o.points > item.points)) {
          ctx.addIssue({ code: 'custom', path: ['sections', s, 'items', i, 'options'], message: 'an option cannot be worth more than the item' });
        }
      }),
    );
    const total = totalOf(content.sections);
    const bands = [...content.bands].map((b, i) => ({ ...b, i })).sort((a, b) => a.minScore - b.minScore);
    if (bands[0] && bands[0].minScore !== 0) ctx.addIssue({ code: 'custom', path: ['bands', bands[0].i, 'minScore'], message: 'the lowest band must start at 0' });
    bands.forEach((band, k) => {
      if (band.maxScore <= band.minScore) ctx.addIssue({ code: 'custom', path: ['bands', band.i, 'maxScore'], message: 'must be above minScore' });
      const next = bands[k + 1];
      if (next && next.minScore < band.maxScore) ctx.addIssue({ code: 'custom', path: ['bands', next.i, 'minScore'], message: `overlaps band ${band.grade}` });
      if (next && next.minScore > band.maxScore) ctx.addIssue({ code: 'custom', path: ['bands', next.i, 'minScore'], message: `leaves a gap after band ${band.grade}` });
    });
    const last = bands.at(-1);
    if (last && last.maxScore !== total) ctx.addIssue({ code: 'custom', path: ['bands', last.i, 'maxScore'], message: `the highest band must end at the total of ${total} points` });
    const veto = content.bands.find((b) => b.grade === content.vetoGrade);
    if (!veto) ctx.addIssue({ code: 'custom', path: ['vetoGrade'], message: 'must be the grade of one of the bands' });
    else if (veto.meetsStandard) ctx.addIssue({ code: 'custom', path: ['vetoGrade'], message: 'a vetoed submission cannot meet the standard' });
    if (new Set(content.bands.map((b) => b.grade)).size !== content.bands.length) ctx.addIssue({ code: 'custom', path: ['bands'], message: 'grades must be distinct' });
  })
  .meta({ id: 'ChecklistTemplateContent' });
export type TemplateContent = z.infer<typeof TemplateContent>;

export const totalPoints = (content: Pick<TemplateContent, 'sections'>) => totalOf(content.sections);
export const itemsOf = (content: Pick<TemplateContent, 'sections'>) => content.sections.flatMap((s) => s.items.map((item) => ({ section: s.id, item })));

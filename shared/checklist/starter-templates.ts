import type * as z from 'zod';
import type { TemplateContent } from './template.ts';

type Input = z.input<typeof TemplateContent>;
type Flags = { critical?: boolean; evidenceRequiredOnFailure?: boolean; rectificationWorkingDays?: number };
const pf = (id: string, text: string, points: number, flags: Flags = {}) => ({ id, text, points, type: 'pass_fail', ...flags }) as const;
const deduct = (id: string, text: string, points: number, deductions: { id: string; label: string; points: number; perOccurrence?: boolean }[]) =>
  ({ id, text, points, type: 'points', deductions }) as const;

/**
 * 司法所规范化建设考核: the 24 duties of a township judicial office in the four parts of the 桃江县
 * three-year plan (seed 004). The points, deduction rules and grade bands are our proposal.
 */
export const officeStandardization: Input = {
  kind: 'office-standardization',
  title: '司法所规范化建设考核表',
  description:
    '依据《桃江县司法所规范化建设三年行动实施方案（2022-2024年）》所列24项任务编制。各项分值、扣分规则与等次划分为本系统建议值，启用前请由县司法局审定。',
  sections: [
    {
      id: 'political',
      title: '一、加强政治建设',
      items: [
        deduct('1', '坚持政治统领：建立学习习近平法治思想常态化机制', 4, [
          { id: 'no-mechanism', label: '未建立常态化学习机制', points: 2, perOccurrence: false },
          { id: 'missing-record', label: '每缺1次学习记录', points: 1 },
        ]),
        deduct('2', '加强司法所党员管理：落实“三会一课”、主题党日', 4, [
          { id: 'three-one', label: '“三会一课”未落实', points: 2, perOccurrence: false },
          { id: 'party-day', label: '未开展红色教育主题党日', points: 2, perOccurrence: false },
        ]),
        pf('3', '加强纪律作风建设：本年度无违纪违法案件', 4, { critical: true, evidenceRequiredOnFailure: true, rectificationWorkingDays: 20 }),
      ],
    },
    {
      id: 'organisation',
      title: '二、加强组织队伍建设',
      items: [
        pf('4', '健全组织机构：司法所设置规范，接受县局业务股室指导', 4),
        { id: '5', text: '充实人员力量：在编在岗工作人员人数', points: 5, type: 'number', min: 0, max: 50, passMin: 2, unit: '人', method: '查阅花名册' },
        pf('6', '配齐配强司法所所长（空缺时明确负责人）', 5),
        deduct('7', '提升能力素质：法律专业人员与教育培训', 5, [
          { id: 'no-lawyer', label: '无法律专业工作人员', points: 3, perOccurrence: false },
          { id: 'training', label: '年度培训少于2次', points: 2, perOccurrence: false },
        ]),
        pf('8', '激发队伍活力：落实交流轮岗与待遇政策', 3),
        pf('9', '统一工作证制式，履职时主动出示证件', 2),
      ],
    },
    {
      id: 'duties',
      title: '三、全面履行工作职责',
      items: [
        { id: '10', text: '指导调解工作：村（社区）调委会调处案件占镇村两级调处总数比例', points: 6, type: 'number', min: 0, max: 100, passMin: 70, unit: '%' },
        deduct('11', '参与基层普法依法治理：“八五”普法、“法律明白人”、民主法治示范村创建', 5, [{ id: 'missing-activity', label: '每缺1项工作记录', points: 1 }]),
        {
          id: '12',
          text: '组织提供基层公共法律服务：站所一体建设',
          points: 5,
          type: 'choice',
          options: [
            { id: 'merged', label: '已实现“站所合一”', points: 5 },
            { id: 'in-progress', label: '正在推进', points: 3 },
            { id: 'none', label: '未开展', points: 0, fails: true },
          ],
        },
        pf('13', '依法开展社区矫正相关工作：无脱管漏管', 6, { critical: true, evidenceRequiredOnFailure: true, rectificationWorkingDays: 5 }),
        pf('14', '协助开展安置帮教工作', 3),
        deduct('15', '参与推进辖区基层法治建设：乡镇法律顾问、公职律师制度', 4, [{ id: 'missing', label: '每项制度未推动落实', points: 2 }]),
        pf('16', '开展行政执法协调监督工作，职能与机制明确', 4),
        deduct('17', '开展合法性审核（查）工作，应审尽审', 4, [{ id: 'missed-review', label: '每漏审1件', points: 1 }]),
        pf('18', '协助做好人民陪审员选任工作', 2),
        pf('19', '完成上级司法行政机关交办的其他事务', 1),
      ],
    },
    {
      id: 'support',
      title: '四、强化保障机制',
      items: [
        deduct('20', '健全管理制度：岗位目标责任、例会、请示报告、档案、保密、应急、所务公开、考评奖惩', 6, [{ id: 'missing-rule', label: '每缺1项制度', points: 1 }]),
        {
          id: '21',
          text: '业务用房保障：产权明确，外观标识和内部设置统一规范',
          points: 5,
          type: 'choice',
          options: [
            { id: 'standard', label: '达到标准', points: 5 },
            { id: 'mostly', label: '基本达标', points: 3 },
            { id: 'none', label: '无房、危房或严重不足', points: 0, fails: true },
          ],
        },
        pf('22', '落实经费保障：人员、公用、业务、装备经费足额保障', 4),
        deduct('23', '加强业务装备配备', 4, [{ id: 'missing-kit', label: '每缺1类必要装备', points: 1 }]),
        deduct('24', '加强信息化应用：系统使用、数据采集与及时更新', 5, [
          { id: 'not-used', label: '未使用基层工作管理系统', points: 3, perOccurrence: false },
          { id: 'stale', label: '数据未及时更新', points: 2, perOccurrence: false },
        ]),
      ],
    },
  ],
  bands: [
    { grade: '不达标', minScore: 0, maxScore: 80, meetsStandard: false },
    { grade: '达标', minScore: 80, maxScore: 90, meetsStandard: true },
    { grade: '模范', minScore: 90, maxScore: 100, meetsStandard: true, model: true },
  ],
  vetoGrade: '不达标',
};

const veto = (id: string, text: string) => pf(id, text, 0, { critical: true, rectificationWorkingDays: 10 });

/** 行政执法案卷评查表: veto items first (any failure makes the file 不合格卷), then 卷面 20 and 内容 80 points. */
export const caseFileReview: Input = {
  kind: 'case-file-review',
  title: '行政执法案卷评查表',
  description: '否决项任一不符合即为不合格卷；卷面20分、内容80分，扣分扣完为止。具体扣分标准与等次分数线为本系统建议值，启用前请审定。',
  sections: [
    {
      id: 'veto',
      title: '否决项',
      items: [
        veto('v1', '执法主体合法'),
        veto('v2', '执法人员具备执法资格'),
        veto('v3', '主要证据充分'),
        veto('v4', '认定事实清楚'),
        veto('v5', '适用法律正确'),
        veto('v6', '执法程序合法'),
        veto('v7', '执法人员不少于2人'),
      ],
    },
    {
      id: 'presentation',
      title: '卷面（20分）',
      items: [
        deduct('p1', '案卷装订规范', 5, [{ id: 'binding', label: '每处装订不规范', points: 1 }]),
        pf('p2', '卷内目录完整', 5),
        deduct('p3', '文书填写规范', 5, [{ id: 'error', label: '每处填写错误', points: 1 }]),
        pf('p4', '结案后及时归档', 5),
      ],
    },
    {
      id: 'substance',
      title: '内容（80分）',
      items: [
        deduct('c1', '立案审批手续完备', 10, [{ id: 'missing-approval', label: '缺少立案审批', points: 10, perOccurrence: false }, { id: 'late', label: '立案超期', points: 3, perOccurrence: false }]),
        deduct('c2', '调查取证全面、合法', 20, [{ id: 'missing-evidence', label: '每缺1项必要证据', points: 5 }]),
        deduct('c3', '依法履行告知程序', 15, [
          { id: 'no-hearing-notice', label: '未告知陈述、申辩或听证权利', points: 15, perOccurrence: false },
          { id: 'incomplete', label: '告知内容不全', points: 5, perOccurrence: false },
        ]),
        deduct('c4', '法律适用准确', 15, [{ id: 'wrong-article', label: '每处引用条款不准确', points: 5 }]),
        deduct('c5', '处理决定适当并执行到位', 10, [{ id: 'not-executed', label: '决定未执行到位', points: 5, perOccurrence: false }]),
        deduct('c6', '文书依法送达', 10, [{ id: 'missing-receipt', label: '每缺1份送达回证', points: 5 }]),
      ],
    },
  ],
  bands: [
    { grade: '不合格', minScore: 0, maxScore: 60, meetsStandard: false },
    { grade: '合格', minScore: 60, maxScore: 90, meetsStandard: true },
    { grade: '优秀', minScore: 90, maxScore: 100, meetsStandard: true, model: true },
  ],
  vetoGrade: '不合格',
};

export const starterTemplates = [
  { id: 'office-standardization', content: officeStandardization },
  { id: 'case-file-review', content: caseFileReview },
];

import type * as z from 'zod';
import type { TemplateContent } from './template.ts';

type Input = z.input<typeof TemplateContent>;
type Flags = { critical?: boolean; evidenceRequiredOnFailure?: boolean; rectificationWorkingDays?: number; description?: string };
const pf = (id: string, text: string, points: number, flags: Flags = {}) => ({ id, text, points, type: 'pass_fail', ...flags }) as const;
const deduct = (id: string, text: string, points: number, deductions: { id: string; label: string; points: number; perOccurrence?: boolean }[], description?: string) =>
  ({ id, text, points, type: 'points', deductions, ...(description ? { description } : {}) }) as const;
/** Says that a rule is ours, not the source's: the seed states the duty, we propose how it is scored. */
const ours = (rule: string) => `本系统建议：${rule}，非方案原文，启用前请审定。`;

/**
 * 司法所规范化建设考核: the 24 duties of a township judicial office in the four parts of the 桃江县
 * three-year plan (seed 004), each worded as the plan words it. The points, deduction rules and grade bands are our
 * proposal, and each item whose rule goes beyond the plan's words says so in its description.
 */
export const officeStandardization: Input = {
  kind: 'office-standardization',
  title: '司法所规范化建设考核表',
  description:
    '依据《桃江县司法所规范化建设三年行动实施方案（2022-2024年）》所列24项任务编制，各项表述依方案原文。各项分值、扣分规则与等次划分为本系统建议值（逐项在说明中注明），启用前请由县司法局审定。',
  sections: [
    {
      id: 'political',
      title: '一、加强政治建设',
      items: [
        deduct('1', '坚持政治统领：建立学习习近平法治思想常态化机制，切实推动学习贯彻习近平法治思想走深走实，入脑入心入行', 4, [
          { id: 'no-mechanism', label: '未建立常态化学习机制', points: 2, perOccurrence: false },
          { id: 'missing-record', label: '每缺1次学习记录', points: 1 },
        ], ours('扣分标准')),
        deduct('2', '加强司法所党员管理：狠抓“三会一课”制度落实，严格按要求推进主题党日活动，每年组织司法所党员赴红色教育基地开展主题党日活动1次', 4, [
          { id: 'three-one', label: '“三会一课”未落实', points: 2, perOccurrence: false },
          { id: 'party-day', label: '未赴红色教育基地开展主题党日活动', points: 2, perOccurrence: false },
        ], ours('扣分标准')),
        pf('3', '加强纪律作风建设：严格执行中央八项规定及其实施细则精神，落实好防止干预司法“三个规定”，确保守住底线、不越红线、不碰高压线', 4, {
          critical: true,
          evidenceRequiredOnFailure: true,
          rectificationWorkingDays: 20,
          description: ours('将本项设为否决项（本年度发生违纪违法案件或违反“三个规定”即判不符合）'),
        }),
      ],
    },
    {
      id: 'organisation',
      title: '二、加强组织队伍建设',
      items: [
        pf('4', '健全组织机构：优化和规范司法所设置，县司法局各业务股（室）切实加强对司法所的管理指导和监督', 4),
        {
          id: '5',
          text: '充实人员力量：配备与司法所工作任务相适应的司法所工作人员，不得挤占、挪用或截留政法专项编，确保专编专用',
          points: 5,
          type: 'number',
          min: 0,
          max: 50,
          passMin: 2,
          unit: '人',
          method: '查阅花名册，填写在编在岗工作人员人数',
          description: ours('方案未规定人数；少于2人判不符合'),
        },
        pf('6', '配齐配强司法所所长：选配政治过硬、业务精通、作风优良的人员担任司法所所长，所长出现空缺时应明确负责人，并及时调整到位', 5),
        deduct('7', '提升能力素质：力争2024年底每个司法所有1名法律专业工作人员；采取岗前培训、日常培训、岗位练兵、技能比武等方式加强教育培训', 5, [
          { id: 'no-lawyer', label: '无法律专业工作人员', points: 3, perOccurrence: false },
          { id: 'training', label: '未按要求开展教育培训', points: 2, perOccurrence: false },
        ], ours('扣分标准；方案未规定培训次数，是否“按要求”由县司法局确定')),
        pf('8', '激发队伍活力：推动相关政策待遇落实，健全交流轮岗机制，畅通司法所干部交流晋升渠道', 3),
        pf('9', '统一工作证制式：司法所工作人员履行职责时，应主动出示工作（电子）证件', 2),
      ],
    },
    {
      id: 'duties',
      title: '三、全面履行工作职责',
      items: [
        {
          id: '10',
          text: '指导调解工作：村（社区）应建调解组织建成率达100%，村（社区）调委会调处案件数占所在镇村两级调委会调处案件总数的比例达到70%以上，并逐年增长',
          points: 6,
          type: 'number',
          min: 0,
          max: 100,
          passMin: 70,
          unit: '%',
          method: '查阅调委会台账，填写调处案件比例；建成率未达100%的在备注中写明',
          description: ours('按调处案件比例评分（70%为方案所定）；建成率记入备注，不单独计分'),
        },
        deduct('11', '参与基层普法依法治理：贯彻落实“八五”普法规划，推动落实“谁执法谁普法”普法责任制，指导推进民主法治示范村（社区）创建，推进村（社区）法律顾问和乡村“法律明白人”全覆盖', 5, [
          { id: 'missing-activity', label: '每缺1项工作记录', points: 1 },
        ], ours('扣分标准')),
        {
          id: '12',
          text: '组织提供基层公共法律服务：推动司法所与乡镇公共法律服务工作站一体规划、一体建设、资源共享，逐步实现“站所合一”',
          points: 5,
          type: 'choice',
          options: [
            { id: 'merged', label: '已实现“站所合一”', points: 5 },
            { id: 'in-progress', label: '正在推进', points: 3 },
            { id: 'none', label: '未开展', points: 0, fails: true },
          ],
          description: ours('各选项分值'),
        },
        pf('13', '依法开展社区矫正相关工作：严格落实日常监督管理和教育帮扶措施，遇有重大事项及时报告社区矫正机构，防止脱管漏管', 6, {
          critical: true,
          evidenceRequiredOnFailure: true,
          rectificationWorkingDays: 5,
          description: ours('将本项设为否决项（发生脱管漏管即判不符合）'),
        }),
        pf('14', '协助开展安置帮教工作：推动落实安置帮教政策和工作措施，促进安置帮教对象顺利回归社会', 3),
        deduct('15', '参与推进辖区基层法治建设：推动落实乡镇党委政府法律顾问和公职律师制度，协调推动各项任务落实', 4, [
          { id: 'missing', label: '每项制度未推动落实', points: 2 },
        ], ours('扣分标准')),
        pf('16', '开展行政执法协调监督工作：2024年底前，乡镇行政执法协调监督工作职能基本明确，工作机制基本健全', 4),
        deduct('17', '开展合法性审核（查）工作：乡镇重大行政决策、行政规范性文件、重大行政执法决定、村规民约和居民公约等，努力做到应审尽审', 4, [
          { id: 'missed-review', label: '每漏审1件', points: 1 },
        ], ours('扣分标准')),
        pf('18', '协助做好人民陪审员选任工作：人民陪审员制度宣传、人民陪审员候选人资格审查等', 2),
        pf('19', '完成法律法规规章赋予和上级司法行政机关交办的其他事务', 1),
      ],
    },
    {
      id: 'support',
      title: '四、强化保障机制',
      items: [
        deduct('20', '健全管理制度：建立健全司法所岗位目标责任、工作例会、请示报告、档案管理、保密管理、应急处置、所务公开、考评奖惩等制度', 6, [
          { id: 'missing-rule', label: '每缺1项制度', points: 1 },
        ], ours('扣分标准')),
        {
          id: '21',
          text: '提高业务用房保障水平：消除无房、危房和业务用房严重不足的现象，实现产权或使用权明确、外观标识和内部设置统一规范',
          points: 5,
          type: 'choice',
          options: [
            { id: 'standard', label: '达到标准', points: 5 },
            { id: 'mostly', label: '基本达标', points: 3 },
            { id: 'none', label: '无房、危房或严重不足', points: 0, fails: true },
          ],
          description: ours('各选项分值'),
        },
        pf('22', '落实经费保障：及时、足额保障司法所人员经费、公用经费、办案（业务）经费、业务装备经费和基础设施建设经费等支出', 4),
        deduct('23', '加强业务装备配备：为司法所配备并及时更新必要的办公通信设备、执法执勤设备、交通工具等业务装备', 4, [
          { id: 'missing-kit', label: '每缺1类必要装备', points: 1 },
        ], ours('扣分标准')),
        deduct('24', '加强信息化应用：加强各级各类系统的推广应用，做好数据采集和及时更新、汇总上报等工作', 5, [
          { id: 'not-used', label: '未使用基层工作管理系统', points: 3, perOccurrence: false },
          { id: 'stale', label: '数据未及时更新', points: 2, perOccurrence: false },
        ], ours('扣分标准')),
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

import type { InspectionFiling } from './filing.ts';
import type { ruleCodes } from './rules.ts';

/** What people read for a filing's codes: in the pages, exports and the enterprise's page alike. */
export const filingStatusLabels: Record<InspectionFiling['status'], string> = { planned: '已备案，待检查', 'result-filed': '检查结果已备案', cancelled: '已取消' };

export const inspectionTypeLabels: Record<InspectionFiling['inspectionType'], string> = {
  routine: '日常检查',
  'special-campaign': '专项检查',
  'case-triggered': '案件办理中的检查',
};

/** The filing rules' reason codes (rules.ts) as offices name them. */
export const ruleLabels: Record<(typeof ruleCodes)[number], string> = {
  window_invalid: '检查时段无效',
  enterprise_unknown: '企业未登记',
  agency_without_item_list: '未公布检查事项清单',
  item_not_listed: '检查事项不在清单内',
  too_few_officers: '执法人员不足两名',
  officer_unknown: '执法人员不存在',
  officer_of_other_agency: '执法人员属其他部门',
  certificate_invalid: '执法证件无效',
  approval_after_start: '检查开始后才审批',
  approval_in_future: '审批日期晚于今日',
  exemption_not_accepted: '例外事由不被认可',
  cap_reached: '超过年度检查次数上限',
  item_cap_reached: '超过事项检查次数上限',
  short_window_day: '同日重复检查',
  short_window_week: '同周重复检查',
  short_window_month: '同月重复检查',
  no_disturb: '无事不扰企业',
  joint_inspection_proposed: '建议联合检查',
};

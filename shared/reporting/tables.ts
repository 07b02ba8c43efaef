import type { Rectification } from '../rectification/rectification.ts';
import { type CalendarDate, shanghaiDate } from '../calendar/working-calendar.ts';
import type { Actor } from '../events/envelope.ts';
import { fileTypes } from '../evidence/evidence.ts';
import type * as z from 'zod';
import { ruleLabels } from '../filing/labels.ts';
import type { OrganisationNames } from '../organisation/display-names.ts';
import { type Campaign, redOn } from '../rectification/campaign.ts';
import { measureStatusLabels, severityLabels, sourceLabels, statusLabels } from '../rectification/labels.ts';
import type { ChecklistReport as ChecklistReportSchema, InspectionReport as InspectionReportSchema, RectificationReport as RectificationReportSchema } from './report-api.ts';

// The reports as answered: figures by id, each row with the name a person reads.
type RectificationReport = z.infer<typeof RectificationReportSchema>;
type InspectionReport = z.infer<typeof InspectionReportSchema>;
type ChecklistReport = z.infer<typeof ChecklistReportSchema>;

/**
 * A report table as offices read it: a title (the sheet name) and columns with Chinese headers. A `percent` column
 * holds shares (0.85), shown as 85.0%; `width` caps a column, whose text then wraps.
 */
export type Table = { title: string; columns: { header: string; key: string; width?: number; format?: 'percent' }[]; rows: Record<string, unknown>[] };

const percent = (share: number | null) => share ?? '';

const rectificationColumns = [
  { header: '新增', key: 'opened' },
  { header: '撤销', key: 'cancelled' },
  { header: '办结', key: 'closed' },
  { header: '按期办结', key: 'closedOnTime' },
  { header: '按期办结率', key: 'closedOnTimeShare', format: 'percent' as const },
  { header: '在办', key: 'openNow' },
  { header: '当前逾期', key: 'overdueNow' },
  { header: '挂牌督办', key: 'escalated' },
  { header: '办结用时中位数（工作日）', key: 'median', width: 24 },
  { header: '办结用时90分位（工作日）', key: 'p90', width: 24 },
];
const rectificationRow = (f: RectificationReport['totals']) => ({ ...f, closedOnTimeShare: percent(f.closedOnTimeShare), median: f.workingDaysToClose.median ?? '', p90: f.workingDaysToClose.p90 ?? '' });

export const rectificationTables = (report: RectificationReport): Table[] => [
  { title: '整改汇总', columns: [{ header: '统计期间', key: 'period', width: 16 }, ...rectificationColumns], rows: [{ period: report.period.label, ...rectificationRow(report.totals) }] },
  {
    title: '按责任单位',
    columns: [{ header: '责任单位', key: 'organisationName', width: 28 }, ...rectificationColumns, { header: '单位编号', key: 'organisation', width: 28 }],
    rows: report.byOrganisation.map((r) => ({ ...rectificationRow(r), organisationName: r.organisationName, organisation: r.organisation })),
  },
  { title: '按问题来源', columns: [{ header: '问题来源', key: 'source', width: 14 }, ...rectificationColumns], rows: report.bySource.map((r) => ({ ...rectificationRow(r), source: sourceLabels[r.source as keyof typeof sourceLabels] ?? r.source })) },
  ...(report.byCampaign.length
    ? [
        {
          title: '按整改专项',
          columns: [{ header: '整改专项', key: 'campaignTitle', width: 30 }, ...rectificationColumns, { header: '专项编号', key: 'campaign', width: 28 }],
          rows: report.byCampaign.map((r) => ({ ...rectificationRow(r), campaignTitle: r.campaignTitle, campaign: r.campaign })),
        },
      ]
    : []),
];

const inspectionColumns = [
  { header: '备案检查', key: 'filings' },
  { header: '无码检查', key: 'codeless' },
  { header: '无码逾期备案', key: 'codelessLate' },
  { header: '联合检查', key: 'joint' },
  { header: '联合检查占比', key: 'jointShare', format: 'percent' as const },
  { header: '结果备案', key: 'resultsFiled' },
  { header: '按期结果备案', key: 'resultsOnTime' },
  { header: '按期备案率', key: 'resultsOnTimeShare', format: 'percent' as const },
  { header: '责令改正', key: 'ordersToCorrect' },
  { header: '备案被拒', key: 'rejections' },
  { header: '企业评价数', key: 'ratings' },
  { header: '企业评价均分', key: 'ratingAverage' },
  { header: '含投诉评价', key: 'withComplaints' },
];
const inspectionRow = (f: InspectionReport['totals']) => ({
  ...f,
  jointShare: percent(f.jointShare),
  resultsOnTimeShare: percent(f.resultsOnTimeShare),
  ratings: f.ratings.count,
  ratingAverage: f.ratings.average ?? '',
  withComplaints: 'withComplaints' in f.ratings ? f.ratings.withComplaints : '',
});

export const inspectionTables = (report: InspectionReport): Table[] => [
  { title: '检查汇总', columns: [{ header: '统计期间', key: 'period', width: 16 }, ...inspectionColumns], rows: [{ period: report.period.label, ...inspectionRow(report.totals) }] },
  {
    title: '按执法部门',
    columns: [{ header: '执法部门', key: 'agencyName', width: 24 }, ...inspectionColumns, { header: '部门编号', key: 'agency', width: 18 }],
    rows: report.byAgency.map((r) => ({ ...inspectionRow(r), agencyName: r.agencyName, agency: r.agency })),
  },
  {
    title: '按部门按月备案',
    columns: [
      { header: '执法部门', key: 'agencyName', width: 24 },
      { header: '月份', key: 'month', width: 10 },
      { header: '备案检查', key: 'filings' },
      { header: '部门编号', key: 'agency', width: 18 },
    ],
    rows: report.filingsByAgencyAndMonth,
  },
  {
    title: '企业受检次数分布',
    columns: [
      { header: '受检次数', key: 'inspections' },
      { header: '企业数', key: 'enterprises' },
    ],
    rows: [...report.inspectionsPerEnterprise.distribution, { inspections: `最多 ${report.inspectionsPerEnterprise.maximum} 次`, enterprises: `共 ${report.inspectionsPerEnterprise.enterprises} 家` }],
  },
  {
    title: '备案被拒原因',
    columns: [
      { header: '原因', key: 'name', width: 24 },
      { header: '原因代码', key: 'reason', width: 28 },
      { header: '次数', key: 'count' },
    ],
    rows: report.rejectionsByReason.map((r) => ({ ...r, name: ruleLabels[r.reason as keyof typeof ruleLabels] ?? r.reason })),
  },
];

export const checklistTables = (report: ChecklistReport): Table[] => [
  {
    title: '检查评估汇总',
    columns: [
      { header: '检查类别', key: 'kindName', width: 28 },
      { header: '评估对象数', key: 'subjectsAssessed' },
      { header: '达标对象数', key: 'subjectsMeetingStandard' },
      { header: '达标率', key: 'share', format: 'percent' },
      { header: '年度目标', key: 'target', format: 'percent' },
      { header: '是否达到目标', key: 'reachesTarget' },
      { header: '已确认评估', key: 'assessmentsAccepted' },
      { header: '审核中', key: 'inReview' },
      { header: '退回修改', key: 'returned' },
      { header: '示范数', key: 'modelCount' },
      { header: '平均分', key: 'averageScore' },
      { header: '类别代码', key: 'kind', width: 24 },
    ],
    rows: report.kinds.map((k) => ({
      ...k,
      share: percent(k.shareMeetingStandard),
      target: percent(k.target),
      reachesTarget: k.reachesTarget === null ? '' : k.reachesTarget ? '是' : '否',
      averageScore: k.averageScore ?? '',
    })),
  },
  {
    title: '常见不合格项',
    columns: [
      { header: '检查类别', key: 'kindName', width: 28 },
      { header: '检查项', key: 'itemId', width: 10 },
      { header: '内容', key: 'text', width: 48 },
      { header: '不合格次数', key: 'failures' },
    ],
    rows: report.kinds.flatMap((k) => k.mostFailedItems.map((i) => ({ kindName: k.kindName, ...i, text: i.text ?? '' }))),
  },
];

/** 整改专项进度: each campaign with its counts as they stand the day the workbook is made. */
export const campaignTable = (campaigns: readonly Campaign[], name: OrganisationNames, today: CalendarDate): Table => ({
  title: '整改专项进度',
  columns: [
    { header: '专项名称', key: 'title', width: 30 },
    { header: '来源文号', key: 'sourceDocument', width: 20 },
    { header: '牵头单位', key: 'owner', width: 20 },
    { header: '状态', key: 'status', width: 8 },
    { header: '事项', key: 'items' },
    { header: '已销号', key: 'closed' },
    { header: '按期销号', key: 'closedOnTime' },
    { header: '已撤销', key: 'cancelled' },
    { header: '逾期未完成', key: 'overdue' },
    { header: '红色预警', key: 'red' },
    { header: '措施', key: 'measures' },
    { header: '措施完成率', key: 'measuresShare', format: 'percent' },
    { header: '完成日期', key: 'completedOn', width: 12 },
    { header: '专项编号', key: 'id', width: 28 },
  ],
  rows: campaigns.map((c) => ({
    ...c.counts,
    title: c.title,
    sourceDocument: c.sourceDocument ?? '',
    owner: name(c.owner),
    status: c.status === 'completed' ? '已完成' : '进行中',
    red: redOn(c, today),
    measuresShare: c.counts.measures ? c.counts.measuresSettled / c.counts.measures : '',
    completedOn: c.completedOn ?? '',
    id: c.id,
  })),
});

/** The campaign (整改专项) an item belongs to, by title; '' for none. */
export type CampaignTitles = (id: string | undefined) => string;
/** In a bureau-wide list each row says its campaign, so one campaign's three lists are a filter away. */
const campaignColumn = (campaignOf: CampaignTitles | undefined) => (campaignOf ? [{ header: '整改专项', key: 'campaign', width: 24 }] : []);

/** The rectification items behind a report's figures: one row each, in the report's language. */
export const itemTable = (items: readonly Rectification[], name: OrganisationNames, campaignOf?: CampaignTitles): Table => ({
  title: '整改事项清单',
  columns: [
    { header: '问题', key: 'title', width: 30 },
    ...campaignColumn(campaignOf),
    { header: '问题来源', key: 'source' },
    { header: '责任单位', key: 'organisationName', width: 28 },
    { header: '督促单位', key: 'supervising', width: 24 },
    { header: '严重程度', key: 'severity' },
    { header: '状态', key: 'status' },
    { header: '交办日期', key: 'assignedOn', width: 12 },
    { header: '整改期限', key: 'deadline', width: 12 },
    { header: '销号日期', key: 'closedOn', width: 12 },
    { header: '逾期起始', key: 'overdueSince', width: 12 },
    { header: '挂牌督办', key: 'escalated' },
    { header: '佐证材料（份）', key: 'evidence' },
    { header: '编号', key: 'id', width: 28 },
    { header: '责任单位编号', key: 'organisation', width: 28 },
  ],
  rows: items.map((i) => ({
    id: i.id,
    title: i.problem.title,
    campaign: campaignOf?.(i.campaignId) ?? '',
    source: sourceLabels[i.source.kind],
    organisationName: name(i.responsibility.organisation),
    organisation: i.responsibility.organisation,
    supervising: i.responsibility.supervisingOrganisation ? name(i.responsibility.supervisingOrganisation) : '',
    severity: severityLabels[i.severity],
    status: statusLabels[i.status],
    assignedOn: i.assignedOn,
    deadline: i.deadline,
    closedOn: i.closedOn ?? '',
    overdueSince: i.overdueSince ?? '',
    escalated: i.escalation ? '是' : '',
    evidence: i.evidence.length,
  })),
});

const uploaderName = (actor: Actor) => (actor.kind === 'user' ? (actor.name ?? actor.id) : actor.kind === 'enterprise' ? `企业（检查码 ${actor.inspectionCode}）` : `系统（${actor.job}）`);
const typeNames: Record<string, string> = Object.fromEntries(Object.entries(fileTypes).map(([type, { label }]) => [type, label]));

/** 佐证材料清单: every piece of evidence of those items, files with what they were checked to be, archive references as given. */
export const evidenceTable = (items: readonly Rectification[]): Table => ({
  title: '佐证材料清单',
  columns: [
    { header: '问题', key: 'title', width: 30 },
    { header: '文件名或档案号', key: 'name', width: 32 },
    { header: '说明', key: 'description', width: 24 },
    { header: '类型', key: 'type', width: 16 },
    { header: '大小（KB）', key: 'size' },
    { header: '上传人', key: 'uploadedBy', width: 16 },
    { header: '上传日期', key: 'uploadedOn', width: 12 },
    { header: '事项编号', key: 'id', width: 28 },
    { header: 'SHA-256', key: 'sha256', width: 66 },
  ],
  rows: items.flatMap((i) =>
    i.evidence.map((e) => ({
      id: i.id,
      title: i.problem.title,
      name: e.file?.name ?? e.reference ?? '',
      description: e.description ?? '',
      type: e.file ? typeNames[e.file.contentType] : '纸质档案',
      size: e.file ? Math.ceil(e.file.size / 1024) : '',
      uploadedBy: e.file ? uploaderName(e.file.uploadedBy) : '',
      uploadedOn: e.file ? shanghaiDate(new Date(e.file.uploadedAt)) : '',
      sha256: e.file?.sha256 ?? '',
    })),
  ),
});

/** 措施清单 (任务清单): every measure of those items, with its owner, time limit and where it stands. */
export const measureTable = (items: readonly Rectification[], name: OrganisationNames, campaignOf?: CampaignTitles): Table => ({
  title: '措施清单',
  columns: [
    { header: '问题', key: 'title', width: 30 },
    ...campaignColumn(campaignOf),
    { header: '序号', key: 'measureId', width: 6 },
    { header: '整改措施', key: 'text', width: 40 },
    { header: '责任单位', key: 'organisation', width: 24 },
    { header: '责任人', key: 'owner', width: 12 },
    { header: '完成时限', key: 'dueDate', width: 12 },
    { header: '状态', key: 'status', width: 8 },
    { header: '完成或豁免日期', key: 'settledOn', width: 12 },
    { header: '说明', key: 'note', width: 30 },
    { header: '事项编号', key: 'id', width: 28 },
  ],
  rows: items.flatMap((i) =>
    i.measures.map((m) => ({
      title: i.problem.title,
      campaign: campaignOf?.(i.campaignId) ?? '',
      measureId: m.id,
      text: m.text,
      organisation: name(i.responsibility.organisation),
      owner: m.owner ?? i.responsibility.person ?? '',
      dueDate: m.dueDate ?? i.deadline,
      status: measureStatusLabels[m.status],
      settledOn: m.settledOn ?? '',
      note: m.waiver ? `豁免：${m.waiver.reason}` : (m.note ?? ''),
      id: i.id,
    })),
  ),
});

/** 责任清单: who answers for each item, who follows it up, and the leader in charge. */
export const responsibilityTable = (items: readonly Rectification[], name: OrganisationNames, campaignOf?: CampaignTitles): Table => ({
  title: '责任清单',
  columns: [
    { header: '问题', key: 'title', width: 30 },
    ...campaignColumn(campaignOf),
    { header: '责任单位', key: 'organisation', width: 24 },
    { header: '责任人', key: 'person', width: 12 },
    { header: '督促单位', key: 'supervising', width: 24 },
    { header: '分管领导', key: 'leader', width: 12 },
    { header: '整改期限', key: 'deadline', width: 12 },
    { header: '状态', key: 'status', width: 10 },
    { header: '事项编号', key: 'id', width: 28 },
  ],
  rows: items.map((i) => ({
    title: i.problem.title,
    campaign: campaignOf?.(i.campaignId) ?? '',
    organisation: name(i.responsibility.organisation),
    person: i.responsibility.person ?? '',
    supervising: i.responsibility.supervisingOrganisation ? name(i.responsibility.supervisingOrganisation) : '',
    leader: i.responsibility.supervisingLeader ?? '',
    deadline: i.deadline,
    status: statusLabels[i.status],
    id: i.id,
  })),
});

/**
 * The items behind a report's figures as the three lists (三清单: 问题清单 as 整改事项清单, 措施清单, 责任清单) and their
 * evidence: the sheets every export ends with.
 */
export const itemTables = (items: readonly Rectification[], name: OrganisationNames, campaignOf?: CampaignTitles): Table[] => [
  itemTable(items, name, campaignOf),
  measureTable(items, name, campaignOf),
  responsibilityTable(items, name, campaignOf),
  evidenceTable(items),
];

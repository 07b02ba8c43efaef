import * as z from 'zod';
import { CalendarDate } from '../calendar/working-calendar.ts';
import type { InspectionFiling } from '../filing/filing.ts';
import type { Rectification } from '../rectification/rectification.ts';
import type { MeasureDue } from '../rectification/store.ts';
import type { ReminderSettings } from './settings.ts';

export const EntryKind = z.enum(['turning-yellow', 'turning-red', 'overdue', 'measure-due', 'extension-waiting', 'result-overdue', 'codeless-late']);
export type EntryKind = z.infer<typeof EntryKind>;
export const DigestEntry = z.object({ kind: EntryKind, subject: z.enum(['rectification', 'inspection-filing']), id: z.string(), title: z.string(), dueOn: CalendarDate, link: z.string() });
export type DigestEntry = z.infer<typeof DigestEntry>;
/** 每日提醒: what one organisation must act on today. */
export const Digest = z.object({ organisation: z.string(), organisationName: z.string().optional(), date: CalendarDate, entries: z.array(DigestEntry) });
export type Digest = z.infer<typeof Digest>;

export type DueToday = {
  turningYellow: Rectification[];
  turningRed: Rectification[];
  overdue: Rectification[];
  extensionsWaiting: Rectification[];
  resultsOverdue: InspectionFiling[];
  measuresDue?: MeasureDue[];
  codelessFiledLate?: InspectionFiling[];
};

/** Enterprises have no account: reminders about their items go to the agency that follows them up. */
const recipientOf = (item: Rectification) =>
  item.responsibility.organisation.startsWith('enterprise:') ? item.responsibility.supervisingOrganisation : item.responsibility.organisation;

const rectEntry = (kind: EntryKind, item: Rectification, title = item.problem.title): DigestEntry => ({
  kind,
  subject: 'rectification',
  id: item.id,
  title,
  dueOn: item.deadline,
  link: `/v1/rectifications/${item.id}`,
});

/**
 * Groups what is due into one digest per organisation, each entry once, the most urgent first. Entries the bureau
 * reads about others' work name whose it is.
 */
export const composeDigests = (date: CalendarDate, due: DueToday, settings: ReminderSettings, name: (id: string) => string = (id) => id): Digest[] => {
  const byOrg = new Map<string, DigestEntry[]>();
  const add = (organisation: string | undefined, entry: DigestEntry) => {
    if (!organisation) return;
    const entries = byOrg.get(organisation) ?? [];
    if (!entries.some((e) => e.id === entry.id && e.kind === entry.kind)) entries.push(entry);
    byOrg.set(organisation, entries);
  };
  if (settings.turningRed) for (const item of due.turningRed) add(recipientOf(item), rectEntry('turning-red', item));
  if (settings.overdue) for (const item of due.overdue) add(recipientOf(item), rectEntry('overdue', item));
  if (settings.turningYellow) for (const item of due.turningYellow) add(recipientOf(item), rectEntry('turning-yellow', item));
  if (settings.measureDue) {
    for (const measure of due.measuresDue ?? []) {
      const organisation = measure.organisation.startsWith('enterprise:') ? measure.supervisingOrganisation : measure.organisation;
      add(organisation, { kind: 'measure-due', subject: 'rectification', id: measure.itemId, title: `${measure.title}：${measure.measure}`, dueOn: measure.dueDate, link: `/v1/rectifications/${measure.itemId}` });
    }
  }
  if (settings.extensionWaiting) {
    for (const item of due.extensionsWaiting) add(settings.supervisingOrganisation, rectEntry('extension-waiting', item, `${item.problem.title}（${name(item.responsibility.organisation)}）`));
  }
  if (settings.resultOverdue) {
    for (const filing of due.resultsOverdue) {
      add(filing.agency, { kind: 'result-overdue', subject: 'inspection-filing', id: filing.id, title: `${filing.enterprise.name} 检查结果未备案`, dueOn: filing.resultDueBy, link: `/v1/inspection-filings/${filing.id}` });
    }
  }
  if (settings.codelessLate) {
    for (const filing of due.codelessFiledLate ?? []) {
      add(settings.supervisingOrganisation, { kind: 'codeless-late', subject: 'inspection-filing', id: filing.id, title: `${name(filing.agency)} 对 ${filing.enterprise.name} 的无码检查逾期备案`, dueOn: filing.filedOn, link: `/v1/inspection-filings/${filing.id}` });
    }
  }
  const urgency: EntryKind[] = ['turning-red', 'overdue', 'result-overdue', 'codeless-late', 'measure-due', 'extension-waiting', 'turning-yellow'];
  return [...byOrg]
    .map(([organisation, entries]) => ({ organisation, organisationName: name(organisation), date, entries: entries.sort((a, b) => urgency.indexOf(a.kind) - urgency.indexOf(b.kind) || a.dueOn.localeCompare(b.dueOn)) }))
    .sort((a, b) => a.organisation.localeCompare(b.organisation));
};

const labels: Record<EntryKind, string> = {
  'turning-red': '今日转红（已逾期）',
  overdue: '逾期未完成',
  'result-overdue': '检查结果逾期未备案',
  'extension-waiting': '延期申请待审批',
  'turning-yellow': '今日转黄（临近期限）',
  'measure-due': '整改措施今日到期',
  'codeless-late': '无码检查超过3个工作日才备案',
};

/** The digest as a markdown message for WeCom / DingTalk group robots. */
export const digestMarkdown = (digest: Digest, baseUrl: string) =>
  [
    `### ${digest.organisationName ? `${digest.organisationName} ` : ''}整改与检查提醒 ${digest.date}`,
    ...digest.entries.map((e) => `- **${labels[e.kind]}** [${e.title}](${baseUrl}${e.link})，期限 ${e.dueOn}`),
  ].join('\n');

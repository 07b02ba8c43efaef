/** Display rules of the pages: dates in Asia/Shanghai as YYYY-MM-DD, Chinese labels for the API's codes. */
import { colourLabels as colourNames, measureStatusLabels as measureStatusNames } from '#shared/rectification/labels.ts';

const shanghai = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant as `YYYY-MM-DD HH:mm` in Beijing time. */
export const dateTime = (iso: string) => shanghai.format(new Date(iso));

/** Today's date in Beijing, `YYYY-MM-DD`. */
export const todayInShanghai = () => dateTime(new Date().toISOString()).slice(0, 10);

/** "剩余 N 个工作日", "今日到期" or "已超期 N 个工作日"; nothing when closed or unknown. */
export const workingDaysLeft = (days: number | null | undefined) => {
  if (days === null || days === undefined) return '';
  if (days > 0) return `剩余 ${days} 个工作日`;
  if (days === 0) return '今日到期';
  return `已超期 ${-days} 个工作日`;
};

export { severityLabels, sourceLabels, statusLabels } from '#shared/rectification/labels.ts';

export const colourLabels: Record<keyof typeof colourNames, { text: string; type: 'danger' | 'warning' | 'success' }> = {
  red: { text: colourNames.red, type: 'danger' },
  yellow: { text: colourNames.yellow, type: 'warning' },
  green: { text: colourNames.green, type: 'success' },
};

/** The command buttons, by the URL segment the server offers in `actions`. */
export const actionLabels: Record<string, string> = {
  acknowledge: '签收',
  progress: '报告进展',
  'request-close': '申请销号',
  close: '核验销号',
  return: '退回',
  'request-extension': '申请延期',
  'decide-extension': '审批延期',
  escalate: '挂牌督办',
  reopen: '复号',
  cancel: '撤销',
  'update-measure': '逐项销号',
  'waive-measure': '豁免措施',
};

/** 未开始 / 进行中 / 已完成 / 已豁免. */
export const measureStatusLabels: Record<keyof typeof measureStatusNames, { text: string; type: 'info' | 'warning' | 'success' }> = {
  not_started: { text: measureStatusNames.not_started, type: 'info' },
  in_progress: { text: measureStatusNames.in_progress, type: 'warning' },
  done: { text: measureStatusNames.done, type: 'success' },
  waived: { text: measureStatusNames.waived, type: 'info' },
};

/** Commands offered on one measure's row rather than for the whole item. */
export const measureActions = ['update-measure', 'waive-measure'];

export const historyLabels: Record<string, string> = {
  assign: '交办',
  acknowledge: '签收',
  reportProgress: '报告进展',
  requestClose: '申请销号',
  close: '核验销号',
  return: '退回',
  requestExtension: '申请延期',
  decideExtension: '审批延期',
  escalate: '挂牌督办',
  reopen: '复号',
  cancel: '撤销',
  markOverdue: '逾期',
  updateMeasure: '措施进展',
  waiveMeasure: '豁免措施',
};

/** `1.2 MB`, `340 KB`: sizes as people read them. */
export const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** What a daily reminder entry is about, as the workbench and the notifications page say it. */
export const reminderKindLabels: Record<string, string> = {
  'turning-yellow': '转黄', 'turning-red': '转红', overdue: '已超期', 'measure-due': '措施到期', 'extension-waiting': '延期待批', 'result-overdue': '结果待备案', 'codeless-late': '补录逾期',
};

import type * as z from 'zod';
import type { MeasureStatus, RectificationStatus, Severity, Source } from './rectification.ts';

/** What people read for the item's codes: in the pages, exports, workbooks and the enterprise's page alike. */
export const statusLabels: Record<RectificationStatus, string> = {
  assigned: '已交办',
  acknowledged: '已签收',
  in_progress: '整改中',
  close_requested: '待核验销号',
  closed: '已销号',
  cancelled: '已撤销',
};

export const severityLabels: Record<z.infer<typeof Severity>, string> = { minor: '一般', major: '较重', critical: '严重' };

export const sourceLabels: Record<Source['kind'], string> = { manual: '督察交办', checklist: '检查评查', inspection: '涉企检查' };

export const measureStatusLabels: Record<MeasureStatus, string> = { not_started: '未开始', in_progress: '进行中', done: '已完成', waived: '已豁免' };

/** 红黄绿 warning colours (预警). */
export const colourLabels = { red: '红', yellow: '黄', green: '绿' } as const;

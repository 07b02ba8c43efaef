import type { Actor } from '../events/envelope.ts';
import type { CommandType } from './commands.ts';
import { availableCommands } from './lifecycle.ts';
import type { Rectification } from './rectification.ts';

/**
 * The commands as URLs (`POST /v1/rectifications/{id}/<segment>`) and which of them a caller may apply now: plain
 * tables, apart from the API's schemas, so the services that answer `actions` do not load every operation.
 */

export type Command = Exclude<CommandType, 'markOverdue'>;
/** URL segment → command, with how the reference page names it. */
export const commandRoutes: Record<string, { type: Command; zh: string; en: string; example?: Record<string, unknown> }> = {
  acknowledge: { type: 'acknowledge', zh: '签收', en: 'Acknowledge an assigned item', example: { expectedVersion: 1, note: '已签收，即日起整改' } },
  progress: { type: 'reportProgress', zh: '报告整改进展', en: 'Report progress', example: { expectedVersion: 2, text: '已补齐 8 份送达回证', percent: 60, evidence: [{ reference: 'archive/0012.pdf', description: '送达回证扫描件' }] } },
  'request-close': { type: 'requestClose', zh: '申请销号', en: 'Request close-out', example: { expectedVersion: 3, summary: '已全部补齐并归档', evidence: [{ reference: 'archive/0013.pdf' }] } },
  close: { type: 'close', zh: '核验销号', en: 'Verify and close out' },
  return: { type: 'return', zh: '退回', en: 'Return a close-out request', example: { expectedVersion: 4, reasons: ['送达回证缺少当事人签名'] } },
  'request-extension': { type: 'requestExtension', zh: '申请延期', en: 'Request an extension' },
  'decide-extension': { type: 'decideExtension', zh: '审批延期', en: 'Approve or refuse an extension' },
  escalate: { type: 'escalate', zh: '挂牌督办', en: 'Escalate (listed supervision)', example: { expectedVersion: 2, reason: '多次催办仍未整改' } },
  reopen: { type: 'reopen', zh: '复号（回头看发现问题反弹）', en: 'Reopen after a follow-up check' },
  cancel: { type: 'cancel', zh: '撤销', en: 'Cancel an item' },
  'update-measure': {
    type: 'updateMeasure',
    zh: '逐项销号：报告一项措施进行中或已完成',
    en: 'Mark one measure in progress or done',
    example: { expectedVersion: 2, measureId: 'm1', status: 'done', note: '已补齐 12 份送达回证', evidence: [{ reference: 'archive/0014.pdf' }] },
  },
  'waive-measure': { type: 'waiveMeasure', zh: '豁免一项措施', en: 'Waive a measure that no longer applies', example: { expectedVersion: 3, measureId: 'm2', reason: '该制度已由县局统一制定' } },
};

/** Command → its URL segment, looked up for every item of every list answer. */
const segmentOf = new Map<CommandType, string>(Object.entries(commandRoutes).map(([segment, route]) => [route.type, segment]));

/** What an enterprise may do, through its inspection code, on the items its inspection ordered. */
export const enterpriseCommandRoutes = {
  acknowledge: 'acknowledge',
  progress: 'reportProgress',
  'request-close': 'requestClose',
  'request-extension': 'requestExtension',
} as const satisfies Record<string, CommandType>;

/**
 * The commands `actor` may apply to the item now, as the URL segments clients post to (`actions` in answers); an
 * enterprise only those its inspection code has routes for (it finishes measures with its close-out request).
 */
export const actionsFor = (item: Rectification, actor: Actor) =>
  availableCommands(item, actor)
    .flatMap((type) => segmentOf.get(type) ?? [])
    .filter((segment) => actor.kind !== 'enterprise' || segment in enterpriseCommandRoutes);

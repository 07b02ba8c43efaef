import type { WorkingCalendar, CalendarDate } from '../calendar/working-calendar.ts';
import type { Actor } from '../events/envelope.ts';
import type { CommandType, DecidedCommand as Command } from './commands.ts';
import { type HistoryEntry, isOpen, isSettled, type Measure, openStatuses, type Rectification, type RectificationStatus } from './rectification.ts';
import { type RectificationRules, warningDates } from './warning-colour.ts';

/** Who may send a command: the responsible organisation, a supervisor, a supervisor outside the responsible organisation, or a job. */
type Party = 'responsible' | 'supervisor' | 'independent-supervisor' | 'system';

type Transition = { from: readonly RectificationStatus[]; to?: RectificationStatus; by: readonly Party[] };

/**
 * The life cycle (交办 → 签收 → 整改中 → 申请销号 → 销号, with 退回, 延期, 挂牌督办, 复号, 撤销) as data:
 * from which states each command is allowed, the state it leads to (none: unchanged), and who may send it.
 */
export const transitions: Record<CommandType, Transition> = {
  acknowledge: { from: ['assigned'], to: 'acknowledged', by: ['responsible', 'supervisor'] },
  reportProgress: { from: ['acknowledged', 'in_progress'], to: 'in_progress', by: ['responsible', 'supervisor'] },
  updateMeasure: { from: ['acknowledged', 'in_progress'], to: 'in_progress', by: ['responsible', 'supervisor'] },
  waiveMeasure: { from: openStatuses, by: ['supervisor'] },
  requestClose: { from: ['acknowledged', 'in_progress'], to: 'close_requested', by: ['responsible', 'supervisor'] },
  close: { from: ['close_requested'], to: 'closed', by: ['independent-supervisor'] },
  return: { from: ['close_requested'], to: 'in_progress', by: ['supervisor'] },
  requestExtension: { from: ['assigned', 'acknowledged', 'in_progress'], by: ['responsible'] },
  decideExtension: { from: openStatuses, by: ['supervisor'] },
  escalate: { from: openStatuses, by: ['supervisor', 'system'] },
  reopen: { from: ['closed'], to: 'in_progress', by: ['supervisor'] },
  cancel: { from: openStatuses, to: 'cancelled', by: ['supervisor'] },
  markOverdue: { from: openStatuses, by: ['system'] },
};

export type Refusal =
  | { kind: 'invalid_transition'; message: string; status: RectificationStatus }
  | { kind: 'forbidden'; message: string }
  | { kind: 'unprocessable'; message: string; field?: string };

export type Decision = { ok: true; item: Rectification } | { ok: false; refusal: Refusal };

export type DecisionContext = { actor: Actor; today: CalendarDate; at: Date; calendar: WorkingCalendar; rules: RectificationRules };

const partiesOf = (actor: Actor, item: Rectification): Party[] => {
  if (actor.kind === 'system') return ['system'];
  // An enterprise has no account: it acts through the code of the inspection that ordered the fix.
  if (actor.kind === 'enterprise') return item.source.kind === 'inspection' && item.source.inspectionCode === actor.inspectionCode ? ['responsible'] : [];
  const parties: Party[] = [];
  const inResponsibleOrg = actor.organisation === item.responsibility.organisation;
  if (inResponsibleOrg && actor.roles.some((r) => r === 'office' || r === 'agency' || r === 'supervisor')) parties.push('responsible');
  if (actor.roles.includes('supervisor')) {
    parties.push('supervisor');
    if (!inResponsibleOrg) parties.push('independent-supervisor');
  }
  return parties;
};

const refuse = (refusal: Refusal): Decision => ({ ok: false, refusal });

/**
 * What each command needs of the item beyond its state, that no input can change: `decide` refuses with the
 * message, `availableCommands` does not offer the command.
 */
const preconditions: Partial<Record<CommandType, { holds: (item: Rectification) => boolean; message: string }>> = {
  requestExtension: { holds: (item) => !item.pendingExtension, message: 'an extension request is already waiting for a decision' },
  decideExtension: { holds: (item) => !!item.pendingExtension, message: 'no extension request is waiting' },
  escalate: { holds: (item) => !item.escalation, message: 'the item is already under listed supervision (挂牌督办)' },
  updateMeasure: { holds: (item) => item.measures.some((m) => !isSettled(m)), message: 'every measure is done or waived' },
  waiveMeasure: { holds: (item) => item.measures.some((m) => !isSettled(m)), message: 'every measure is done or waived' },
};

/** The item with one measure changed, or why not: the measure must exist and still be open. */
const withMeasure = (item: Rectification, measureId: string, change: (m: Measure) => Measure): Rectification | Extract<Refusal, { kind: 'unprocessable' }> => {
  const measure = item.measures.find((m) => m.id === measureId);
  if (!measure) return { kind: 'unprocessable', message: `the item has no measure ${measureId}`, field: 'measureId' };
  if (isSettled(measure)) return { kind: 'unprocessable', message: `measure ${measureId} is ${measure.status === 'done' ? 'done' : 'waived'} already`, field: 'measureId' };
  return { ...item, measures: item.measures.map((m) => (m.id === measureId ? change(m) : m)) };
};

/**
 * The commands `actor` may apply to the item now, from the same table `decide` follows (what the web
 * pages offer as buttons: the server decides, the browser keeps no copy of the rules). A command may
 * still be refused for its input (e.g. close-out without evidence).
 */
export const availableCommands = (item: Rectification, actor: Actor): CommandType[] => {
  const parties = partiesOf(actor, item);
  return (Object.entries(transitions) as [CommandType, Transition][])
    .filter(([type, t]) => t.from.includes(item.status) && t.by.some((party) => party !== 'system' && parties.includes(party)) && (preconditions[type]?.holds(item) ?? true))
    .map(([type]) => type);
};

/** Applies the command's own effect to a copy of the item, or refuses on the command's own rules. */
const effect = (item: Rectification, command: Command, ctx: DecisionContext): Rectification | Refusal => {
  switch (command.type) {
    case 'acknowledge':
    case 'close':
      return command.type === 'close' ? { ...item, closedOn: ctx.today, escalation: undefined } : item;
    case 'reportProgress':
      return { ...item, progressPercent: command.percent, lastProgressOn: ctx.today, evidence: [...item.evidence, ...command.evidence] };
    case 'requestClose': {
      let ticked: Rectification = item;
      for (const id of command.measuresDone) {
        const next = withMeasure(ticked, id, (m) => ({ ...m, status: 'done', settledOn: ctx.today }));
        if ('kind' in next) return { ...next, field: 'measuresDone' };
        ticked = next;
      }
      const open = ticked.measures.filter((m) => !isSettled(m));
      if (open.length > 0) {
        const list = open.map((m) => `${m.id}「${m.text.slice(0, 30)}」`).join('、');
        return { kind: 'unprocessable', message: `close-out needs every measure done or waived; still open: ${list} (tick them off, list them in measuresDone, or ask a supervisor to waive them)`, field: 'measuresDone' };
      }
      const evidence = [...item.evidence, ...command.evidence];
      // Guard against paper-only rectification (文字整改): no close-out without evidence.
      if (evidence.length + item.measures.reduce((n, m) => n + m.evidence.length, 0) === 0) return { kind: 'unprocessable', message: 'close-out needs at least one piece of evidence', field: 'evidence' };
      return { ...ticked, evidence, lastProgressOn: ctx.today };
    }
    case 'updateMeasure': {
      const changed = withMeasure(item, command.measureId, (m) => ({
        ...m,
        status: command.status,
        ...(command.status === 'done' ? { settledOn: ctx.today } : {}),
        ...(command.note ? { note: command.note } : {}),
        evidence: [...m.evidence, ...command.evidence],
      }));
      return 'kind' in changed ? changed : { ...changed, lastProgressOn: ctx.today };
    }
    case 'waiveMeasure':
      return withMeasure(item, command.measureId, (m) => ({ ...m, status: 'waived', settledOn: ctx.today, waiver: { reason: command.reason, by: ctx.actor } }));
    case 'return':
      return { ...item, lastProgressOn: ctx.today };
    case 'requestExtension':
      if (command.proposedDeadline <= item.deadline) return { kind: 'unprocessable', message: 'the proposed deadline must be after the current one', field: 'proposedDeadline' };
      return { ...item, pendingExtension: { requestedOn: ctx.today, reason: command.reason, proposedDeadline: command.proposedDeadline, progress: command.progress } };
    case 'decideExtension':
      if (!command.approve) return { ...item, pendingExtension: undefined };
      if (command.deadline <= item.deadline) return { kind: 'unprocessable', message: 'the new deadline must be after the current one', field: 'deadline' };
      return { ...item, pendingExtension: undefined, deadline: command.deadline, overdueSince: undefined };
    case 'escalate':
      return { ...item, escalation: { since: ctx.today, reason: command.reason, automatic: ctx.actor.kind === 'system' } };
    case 'reopen':
      if (command.deadline <= ctx.today) return { kind: 'unprocessable', message: 'the new deadline must be after today', field: 'deadline' };
      return { ...item, deadline: command.deadline, closedOn: undefined, overdueSince: undefined, reopenedCount: item.reopenedCount + 1, lastProgressOn: ctx.today };
    case 'cancel':
      return { ...item, escalation: undefined };
    case 'markOverdue':
      if (item.overdueSince || ctx.today <= item.deadline) return { kind: 'unprocessable', message: 'the item is not newly overdue' };
      return { ...item, overdueSince: ctx.today };
  }
};

const noteOf = (command: Command): string | undefined => {
  switch (command.type) {
    case 'acknowledge':
    case 'close':
      return command.note;
    case 'reportProgress':
      return command.text;
    case 'requestClose':
      return command.summary;
    case 'updateMeasure':
      return command.note;
    case 'waiveMeasure':
      return command.reason;
    case 'return':
      return command.reasons.join('; ');
    case 'decideExtension':
      return command.note;
    case 'requestExtension':
    case 'escalate':
    case 'reopen':
    case 'cancel':
      return command.reason;
    case 'markOverdue':
      return undefined;
  }
};

/** Which measure a step was about, for the history (逐项销号 shows measure by measure). */
const detailsOf = (command: Command): Record<string, unknown> | undefined => {
  if (command.type === 'updateMeasure') return { measureId: command.measureId, measureStatus: command.status };
  if (command.type === 'waiveMeasure') return { measureId: command.measureId, measureStatus: 'waived' };
  if (command.type === 'requestClose' && command.measuresDone.length > 0) return { measuresDone: command.measuresDone };
  return undefined;
};

/** Refreshes the colour thresholds of an open item; closed and cancelled items have none. */
export const withWarningDates = (item: Rectification, ctx: Pick<DecisionContext, 'calendar' | 'rules'>): Rectification =>
  isOpen(item) ? { ...item, ...warningDates(item, ctx.rules, ctx.calendar) } : { ...item, yellowFrom: undefined, redFrom: undefined };

/**
 * Applies one command to an item: checks the transition table and the sender, then the command's own
 * rules, and returns the new item (version + 1, history appended) or a typed refusal.
 */
export const decide = (item: Rectification, command: Command, ctx: DecisionContext): Decision => {
  const transition = transitions[command.type];
  if (!transition.from.includes(item.status)) {
    return refuse({ kind: 'invalid_transition', message: `cannot ${command.type} an item that is ${item.status}`, status: item.status });
  }
  const parties = partiesOf(ctx.actor, item);
  if (!transition.by.some((party) => parties.includes(party))) {
    const who = command.type === 'close' ? 'a supervisor outside the responsible organisation' : transition.by.join(' or ');
    return refuse({ kind: 'forbidden', message: `${command.type} is for ${who}` });
  }
  const precondition = preconditions[command.type];
  if (precondition && !precondition.holds(item)) return refuse({ kind: 'unprocessable', message: precondition.message });
  const changed = effect(item, command, ctx);
  if ('kind' in changed) return refuse(changed);
  const to = transition.to ?? item.status;
  const entry: HistoryEntry = {
    at: ctx.at.toISOString(),
    actor: ctx.actor,
    action: command.type,
    ...(to !== item.status ? { from: item.status, to } : {}),
    ...(noteOf(command) ? { note: noteOf(command) } : {}),
    ...(detailsOf(command) ? { details: detailsOf(command) } : {}),
  };
  const next = withWarningDates({ ...changed, status: to, version: item.version + 1, history: [...item.history, entry] }, ctx);
  const full = itemLimitProblem(next);
  if (full) return refuse({ kind: 'unprocessable', ...full });
  return { ok: true, item: next };
};

/**
 * One item is one DynamoDB record (at most 400 KB): its evidence and history are bounded well below that,
 * so a long-running item is refused with a clear reason instead of failing to write.
 */
export const itemLimits = { evidence: 200, history: 400, bytes: 300_000 };
export const itemLimitProblem = (item: Rectification): { message: string; field?: string } | undefined => {
  if (item.evidence.length > itemLimits.evidence) return { field: 'evidence', message: `an item keeps at most ${itemLimits.evidence} pieces of evidence; bundle the rest (e.g. one PDF) or open a follow-up item` };
  if (item.history.length > itemLimits.history) return { message: `an item keeps at most ${itemLimits.history} steps of history; close it and open a follow-up item` };
  if (Buffer.byteLength(JSON.stringify(item)) > itemLimits.bytes) return { message: 'the item has grown too large to keep in one record; shorten the text or bundle the evidence' };
  return undefined;
};

import { describe, expect, it } from 'vitest';
import { eventFor } from '#shared/rectification/events.ts';
import { availableCommands, decide, transitions } from '#shared/rectification/lifecycle.ts';
import type { CommandType } from '#shared/rectification/commands.ts';
import { type Rectification, RectificationStatus } from '#shared/rectification/rectification.ts';
import { eventSchemas } from '#shared/events/catalog.ts';
import { calendar, ctx, inStatus, newItem, office, otherOffice, sampleCommands, supervisor, supervisorInOffice, system } from './fixtures.ts';

/** A sender the transition table allows for each command, so only the state decides. */
const allowedSender = (type: CommandType) =>
  ({ requestExtension: office, markOverdue: system, acknowledge: office, reportProgress: office, requestClose: office, updateMeasure: office })[type as string] ?? supervisor;

/** A pending extension for decideExtension, an overdue date for markOverdue: what each command needs beyond the state. */
const prepared = (type: CommandType, status: RectificationStatus) => {
  const item = inStatus(status);
  if (type === 'decideExtension') return { ...item, pendingExtension: { requestedOn: '2026-12-01', reason: 'r', proposedDeadline: '2026-12-30', progress: 'p' } };
  return item;
};
const dayFor = (type: CommandType) => (type === 'markOverdue' ? '2026-12-16' : '2026-12-01');

/** The life cycle as the bureau describes it, written out independently of the implementation's table. */
const open = ['assigned', 'acknowledged', 'in_progress', 'close_requested'] as const;
const expected: Record<CommandType, { from: readonly string[]; to?: string }> = {
  acknowledge: { from: ['assigned'], to: 'acknowledged' }, // 签收
  reportProgress: { from: ['acknowledged', 'in_progress'], to: 'in_progress' },
  updateMeasure: { from: ['acknowledged', 'in_progress'], to: 'in_progress' }, // 逐项销号
  waiveMeasure: { from: open },
  requestClose: { from: ['acknowledged', 'in_progress'], to: 'close_requested' }, // 申请销号
  close: { from: ['close_requested'], to: 'closed' }, // 销号
  return: { from: ['close_requested'], to: 'in_progress' }, // 退回
  requestExtension: { from: ['assigned', 'acknowledged', 'in_progress'] }, // 延期申请
  decideExtension: { from: open },
  escalate: { from: open }, // 挂牌督办
  reopen: { from: ['closed'], to: 'in_progress' }, // 复号
  cancel: { from: open, to: 'cancelled' },
  markOverdue: { from: open },
};

describe('rectification life cycle', () => {
  it('covers every command', () => {
    expect(Object.keys(transitions).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const type of Object.keys(expected) as CommandType[]) {
    for (const status of RectificationStatus.options) {
      const allowed = expected[type].from.includes(status);
      it(`${allowed ? 'allows' : 'refuses'} ${type} when ${status}`, () => {
        const decision = decide(prepared(type, status), sampleCommands[type], ctx(allowedSender(type), dayFor(type)));
        if (allowed) {
          expect(decision.ok, JSON.stringify(decision)).toBe(true);
          if (decision.ok) expect(decision.item.status).toBe(expected[type].to ?? status);
        } else {
          expect(decision).toEqual({ ok: false, refusal: { kind: 'invalid_transition', message: expect.any(String), status } });
        }
      });
    }
  }

  it('keeps each transition in the history with who, when, from and to, and bumps the version', () => {
    const decision = decide(newItem(), sampleCommands.acknowledge, ctx(office));
    expect(decision.ok && decision.item.version).toBe(2);
    expect(decision.ok && decision.item.history.at(-1)).toEqual({ at: '2026-12-01T02:00:00.000Z', actor: office, action: 'acknowledge', from: 'assigned', to: 'acknowledged' });
  });

  it('lets only the responsible organisation or a supervisor work on an item', () => {
    expect(decide(newItem(), sampleCommands.acknowledge, ctx(otherOffice))).toMatchObject({ ok: false, refusal: { kind: 'forbidden' } });
    expect(decide(newItem(), sampleCommands.acknowledge, ctx(supervisor)).ok).toBe(true);
  });

  it('lets an enterprise act only through the code of the inspection that ordered the fix, and never close out', () => {
    const ordered = newItem({ source: { kind: 'inspection', filingId: 'F1', orderId: 'o1', inspectionCode: 'JC261203-ABCDEF' }, responsibility: { organisation: 'enterprise:91360923MA35F2K8XC', supervisingOrganisation: 'agency-market' } });
    const viaCode = { kind: 'enterprise', inspectionCode: 'JC261203-ABCDEF' } as const;
    expect(decide(ordered, sampleCommands.acknowledge, ctx(viaCode)).ok).toBe(true);
    expect(decide(ordered, sampleCommands.acknowledge, ctx({ kind: 'enterprise', inspectionCode: 'JC261203-ZZZZZZ' }))).toMatchObject({ refusal: { kind: 'forbidden' } });
    expect(decide(newItem(), sampleCommands.acknowledge, ctx(viaCode))).toMatchObject({ refusal: { kind: 'forbidden' } });
    expect(decide({ ...ordered, status: 'close_requested', evidence: [{ reference: 'x' }] }, sampleCommands.close, ctx(viaCode))).toMatchObject({ refusal: { kind: 'forbidden' } });
  });

  it('closes out only by a supervisor outside the responsible organisation', () => {
    const waiting = inStatus('close_requested');
    expect(decide(waiting, sampleCommands.close, ctx(office))).toMatchObject({ ok: false, refusal: { kind: 'forbidden' } });
    expect(decide(waiting, sampleCommands.close, ctx(supervisorInOffice))).toMatchObject({ ok: false, refusal: { kind: 'forbidden', message: expect.stringMatching(/outside/) } });
    expect(decide(waiting, sampleCommands.close, ctx(supervisor)).ok).toBe(true);
  });

  it('refuses a close-out request without any evidence (no paper-only rectification)', () => {
    const decision = decide(inStatus('in_progress'), { type: 'requestClose', summary: '已整改', evidence: [], measuresDone: ['m1'] }, ctx(office));
    expect(decision).toEqual({ ok: false, refusal: { kind: 'unprocessable', message: expect.any(String), field: 'evidence' } });
  });

  it('takes an approved extension as the new deadline and moves the colour thresholds with it', () => {
    const requested = decide(inStatus('in_progress'), sampleCommands.requestExtension, ctx(office));
    expect(requested.ok).toBe(true);
    if (!requested.ok) return;
    expect(decide(requested.item, sampleCommands.requestExtension, ctx(office))).toMatchObject({ ok: false, refusal: { kind: 'unprocessable' } });
    const approved = decide(requested.item, { type: 'decideExtension', approve: true, deadline: '2026-12-28' }, ctx(supervisor));
    expect(approved.ok && approved.item).toMatchObject({ deadline: '2026-12-28', originalDeadline: '2026-12-15', pendingExtension: undefined, redFrom: '2026-12-29' });
    const refused = decide(requested.item, { type: 'decideExtension', approve: false, note: '理由不充分' }, ctx(supervisor));
    expect(refused.ok && refused.item).toMatchObject({ deadline: '2026-12-15', pendingExtension: undefined });
  });

  it('refuses an extension to a date not after the current deadline', () => {
    const decision = decide(inStatus('in_progress'), { ...sampleCommands.requestExtension, proposedDeadline: '2026-12-15' } as never, ctx(office));
    expect(decision).toMatchObject({ ok: false, refusal: { field: 'proposedDeadline' } });
  });

  it('escalates once, automatically by the watch or by a supervisor, and lifts escalation on close-out', () => {
    const escalated = decide(inStatus('in_progress'), sampleCommands.escalate, ctx(system));
    expect(escalated.ok && escalated.item.escalation).toEqual({ since: '2026-12-01', reason: '多次催办未果', automatic: true });
    if (!escalated.ok) return;
    expect(decide(escalated.item, sampleCommands.escalate, ctx(supervisor))).toMatchObject({ ok: false, refusal: { kind: 'unprocessable' } });
    const closed = decide({ ...escalated.item, status: 'close_requested', evidence: [{ reference: 'x' }] }, sampleCommands.close, ctx(supervisor, '2026-12-10'));
    expect(closed.ok && closed.item.escalation).toBeUndefined();
    if (closed.ok) expect(eventFor(escalated.item, closed.item, sampleCommands.close, { actor: supervisor, at: new Date(), id: 'e', calendar }).payload).toMatchObject({ wasEscalated: true, onTime: true, workingDaysToClose: 7 });
  });

  it('marks an item overdue once, only after its deadline', () => {
    expect(decide(inStatus('in_progress'), sampleCommands.markOverdue, ctx(system, '2026-12-15')).ok).toBe(false);
    const overdue = decide(inStatus('in_progress'), sampleCommands.markOverdue, ctx(system, '2026-12-16'));
    expect(overdue.ok && overdue.item.overdueSince).toBe('2026-12-16');
    if (overdue.ok) expect(decide(overdue.item, sampleCommands.markOverdue, ctx(system, '2026-12-17')).ok).toBe(false);
    expect(decide(inStatus('in_progress'), sampleCommands.markOverdue, ctx(supervisor, '2026-12-16'))).toMatchObject({ refusal: { kind: 'forbidden' } });
  });

  it('reopens a closed item with a new deadline and counts it', () => {
    const reopened = decide(inStatus('closed'), sampleCommands.reopen, ctx(supervisor, '2026-12-11'));
    expect(reopened.ok && reopened.item).toMatchObject({ status: 'in_progress', deadline: '2026-12-20', reopenedCount: 1, closedOn: undefined, redFrom: '2026-12-21' });
  });

  it('produces events that match the catalog for every command', () => {
    for (const type of Object.keys(transitions) as CommandType[]) {
      const before = prepared(type, transitions[type].from[0]!);
      const decision = decide(before, sampleCommands[type], ctx(allowedSender(type), dayFor(type)));
      if (!decision.ok) throw new Error(`${type}: ${decision.refusal.message}`);
      const event = eventFor(before, decision.item, sampleCommands[type], { actor: allowedSender(type), at: new Date('2026-12-01T02:00:00Z'), id: `e-${type}`, calendar });
      expect(eventSchemas[event.type].safeParse(event).success, type).toBe(true);
    }
  });
});

describe('the commands offered to a caller', () => {
  it('are exactly those decide accepts from that caller in that state (with sample input), system-only ones never', () => {
    const senders = [office, otherOffice, supervisor, supervisorInOffice];
    for (const status of RectificationStatus.options) {
      for (const actor of senders) {
        for (const extension of [false, true]) {
          const base = inStatus(status);
          const item = extension ? { ...base, pendingExtension: { requestedOn: '2026-12-01', reason: 'r', proposedDeadline: '2026-12-30', progress: 'p' } } : base;
          const offered = availableCommands(item, actor);
          const accepted = (Object.keys(sampleCommands) as CommandType[]).filter((type) => {
            const decision = decide(item, sampleCommands[type], ctx(actor, dayFor(type)));
            return decision.ok || (decision.refusal.kind !== 'forbidden' && decision.refusal.kind !== 'invalid_transition' && decision.refusal.kind === 'unprocessable' && !/already|no extension request/.test(decision.refusal.message));
          });
          expect(offered.sort(), `${status} ${actor.kind === 'user' ? actor.id : ''} extension=${extension}`).toEqual(accepted.filter((t) => t !== 'markOverdue').sort());
        }
      }
    }
  });

  it('offer an office acknowledge on its new item, a supervisor elsewhere close on a close-out request, another office nothing', () => {
    expect(availableCommands(inStatus('assigned'), office)).toEqual(expect.arrayContaining(['acknowledge', 'requestExtension']));
    expect(availableCommands(inStatus('assigned'), office)).not.toContain('close');
    expect(availableCommands(inStatus('close_requested'), supervisor)).toEqual(expect.arrayContaining(['close', 'return']));
    expect(availableCommands(inStatus('close_requested'), supervisorInOffice)).not.toContain('close');
    expect(availableCommands(inStatus('assigned'), otherOffice)).toEqual([]);
  });
});

describe('an item within the size of one record', () => {
  const progress = (evidence: number) => ({ type: 'reportProgress' as const, text: '进展'.repeat(500), percent: 50, evidence: Array.from({ length: evidence }, (_, i) => ({ reference: `archive/${'x'.repeat(400)}-${i}.pdf`, description: '照片'.repeat(100) })) });

  it('refuses progress that would grow it past its bounds, with the reason, instead of failing to write', () => {
    let item = inStatus('in_progress');
    let refusal: { kind: string; message: string } | undefined;
    for (let call = 0; call < 10 && !refusal; call += 1) {
      const decision = decide(item, progress(50), ctx(office));
      if (decision.ok) item = decision.item;
      else refusal = decision.refusal;
    }
    expect(refusal).toMatchObject({ kind: 'unprocessable', message: expect.stringMatching(/too large|evidence/) });
    expect(Buffer.byteLength(JSON.stringify(item))).toBeLessThan(400 * 1024);
  });
});

describe('measures with a life of their own (逐项销号)', () => {
  const twoMeasures = (): Rectification => {
    const item = inStatus('in_progress');
    return { ...item, measures: [...item.measures, { id: 'm2', text: '建立案卷归档核对制度', status: 'not_started', evidence: [] }] };
  };
  const apply = (item: Rectification, command: Parameters<typeof decide>[1], actor = office) => {
    const decision = decide(item, command, ctx(actor));
    if (!decision.ok) throw new Error(decision.refusal.message);
    return decision.item;
  };

  it('refuses close-out while a measure is open, naming it', () => {
    const decision = decide(twoMeasures(), { type: 'requestClose', summary: '已整改', evidence: [{ reference: 'doc' }], measuresDone: ['m1'] }, ctx(office));
    expect(decision).toEqual({ ok: false, refusal: { kind: 'unprocessable', message: expect.stringContaining('m2「建立案卷归档核对制度」'), field: 'measuresDone' } });
  });

  it('ticks measures off one by one, each with its day, note and evidence, then closes out', () => {
    const first = apply(twoMeasures(), { type: 'updateMeasure', measureId: 'm1', status: 'done', note: '目录已补齐', evidence: [{ reference: 'doc-1' }] });
    expect(first.measures[0]).toMatchObject({ status: 'done', settledOn: '2026-12-01', note: '目录已补齐', evidence: [{ reference: 'doc-1' }] });
    expect(first.history.at(-1)).toMatchObject({ action: 'updateMeasure', details: { measureId: 'm1', measureStatus: 'done' } });
    expect(decide(first, { type: 'updateMeasure', measureId: 'm1', status: 'done', evidence: [] }, ctx(office))).toMatchObject({ ok: false, refusal: { field: 'measureId', message: 'measure m1 is done already' } });
    expect(decide(first, { type: 'updateMeasure', measureId: 'm9', status: 'done', evidence: [] }, ctx(office))).toMatchObject({ ok: false, refusal: { field: 'measureId' } });
    // The evidence on the measure is the close-out's evidence too.
    const closing = apply(first, { type: 'requestClose', summary: '已整改', evidence: [], measuresDone: ['m2'] });
    expect(closing.status).toBe('close_requested');
    expect(closing.measures.map((m) => m.status)).toEqual(['done', 'done']);
  });

  it('lets only a supervisor waive a measure, with the reason kept', () => {
    expect(decide(twoMeasures(), sampleCommands.waiveMeasure, ctx(office))).toMatchObject({ ok: false, refusal: { kind: 'forbidden' } });
    const waived = apply(twoMeasures(), { type: 'waiveMeasure', measureId: 'm2', reason: '该制度已由县局统一制定' }, supervisor);
    expect(waived.measures[1]).toMatchObject({ status: 'waived', waiver: { reason: '该制度已由县局统一制定', by: supervisor } });
    expect(apply(waived, { type: 'requestClose', summary: '已整改', evidence: [{ reference: 'doc' }], measuresDone: ['m1'] }).status).toBe('close_requested');
  });

  it('offers measure commands only while a measure is open', () => {
    expect(availableCommands(twoMeasures(), office)).toContain('updateMeasure');
    const settled = { ...twoMeasures(), measures: twoMeasures().measures.map((m) => ({ ...m, status: 'done' as const })) };
    expect(availableCommands(settled, office)).not.toContain('updateMeasure');
    expect(availableCommands(settled, supervisor)).not.toContain('waiveMeasure');
  });
});

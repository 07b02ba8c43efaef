import { dynamo } from '#shared/adapters/aws.ts';
import { systemClock } from '#shared/adapters/clock.ts';
import { ulidGenerator } from '#shared/adapters/ids.ts';
import { submissionService } from '#shared/checklist/submission-service.ts';
import { calendarStore } from '#shared/calendar/calendar-store.ts';
import { addDays, shanghaiDate } from '#shared/calendar/working-calendar.ts';
import { env } from '#shared/config.ts';
import { rectificationService } from '#shared/rectification/service.ts';
import { workingDaysAheadWithinKnown } from './example-calendar.ts';
import { exampleUsers, officeSubmission } from './example-data.ts';

/**
 * A little work done through the domain services on first start — items assigned, one closed out,
 * one escalated, an extension requested, an assessment accepted — so its events reach the consumers and the reports,
 * reminders and lists have something to show. Dated today, as a user would have done it.
 */
export const seedExampleActivity = async () => {
  const deps = { db: dynamo(), tableName: env.recordsTable(), clock: systemClock, ids: ulidGenerator };
  const items = rectificationService(deps);
  const { supervisor, office, inspector } = exampleUsers;
  const today = shanghaiDate(systemClock.now());
  const calendar = await calendarStore(deps.db, deps.tableName).calendarOf(supervisor.tenant);
  const assign = async (organisation: string, title: string, workingDays: number) => {
    const deadline = { date: workingDaysAheadWithinKnown(calendar, today, workingDays) };
    return (await items.create(supervisor, { kind: 'manual', reference: '示例：法治督察' }, { problem: { title, description: '' }, measures: [], responsibility: { organisation }, severity: 'major', deadline, evidence: [] })).item;
  };

  const closed = await assign('office-aoyang', '人民调解卷宗归档不及时', 10);
  const acknowledged = await items.apply(office, closed.id, closed.version, { type: 'acknowledge' });
  const requested = await items.apply(office, closed.id, acknowledged.version, { type: 'requestClose', summary: '已补齐归档', evidence: [{ reference: 'archive/example-001.pdf' }], measuresDone: [] });
  await items.apply(supervisor, closed.id, requested.version, { type: 'close' });
  const escalated = await assign('office-sixi', '社区矫正对象走访记录缺失', 5);
  await items.apply(supervisor, escalated.id, escalated.version, { type: 'escalate', reason: '多次督促未落实' });
  // 敖阳 asks for more time on a second item: the bureau's morning digest lists it as waiting (延期申请待审批).
  const extended = await assign('office-aoyang', '普法宣传台账不完整', 15);
  const taken = await items.apply(office, extended.id, extended.version, { type: 'acknowledge' });
  await items.apply(office, extended.id, taken.version, { type: 'requestExtension', reason: '需补充走访记录', proposedDeadline: addDays(extended.deadline, 14), progress: '已完成一半' });

  // An assessment of one office with two duties falling short; accepting it assigns two items.
  const submissions = submissionService(deps);
  const input = { ...officeSubmission('office-hantang', today, { '7': { deductions: [{ id: 'no-lawyer', count: 1 }] }, '10': { value: 55 } }), notes: '示例评估' };
  const { submission } = await submissions.submit(inspector, input);
  await submissions.accept(supervisor, submission.id, submission.version);
};

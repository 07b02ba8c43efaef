import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleUsers } from '#infra/local/example-data.ts';
import { seedExampleData } from '#infra/local/seed.ts';
import { ensureCalendarYears } from './support/calendar-fixture.ts';
import { probeConsumer } from './support/probe-consumer.ts';
import { eventually, memoryCheckpoints, startTestStack } from './support/test-stack.ts';

const assignment = (title: string) => ({ problem: { title, description: '' }, measures: [], responsibility: { organisation: 'office-aoyang' }, severity: 'minor', deadline: { workingDays: 10 }, evidence: [] });

/**
 * A consumer deployed after events happened has none of them; a replay of a time range from the
 * outbox gives it that history, and a second replay changes nothing.
 */
describe('event replay into one consumer', () => {
  const stage = `t${randomBytes(4).toString('hex')}`;
  const checkpoints = memoryCheckpoints();
  let later: Awaited<ReturnType<typeof startTestStack>> | undefined;
  afterAll(() => later?.runtime.stop());

  it('backfills a new consumer with the events of a range, of one tenant, once', { timeout: 90_000 }, async () => {
    // Before the probe consumer exists: items assigned in two rounds, with an instant between them.
    const earlier = await startTestStack({ stage, checkpoints });
    await seedExampleData();
    await ensureCalendarYears(earlier);
    const assign = async (title: string) => {
      const answer = await earlier.request('POST', '/v1/rectifications', { user: exampleUsers.supervisor, body: assignment(title) });
      expect(answer.status).toBe(201);
      return answer.body!.id as string;
    };
    await assign('回放前的事项');
    await sleep(20);
    const from = new Date().toISOString();
    const inRange = [await assign('回放事项一'), await assign('回放事项二')];
    // Consumed and settled before the old deployment goes: the new one starts where it stopped.
    const settled = JSON.stringify(checkpoints.current);
    await eventually(() => (JSON.stringify(checkpoints.current) !== settled ? true : undefined), 30_000);
    await earlier.runtime.stop();

    const probe = probeConsumer();
    later = await startTestStack({ stage, checkpoints, functions: probe.functions, handlers: probe.handlers });
    await sleep(1500);
    expect(probe.handled).toEqual([]);

    const replay = async (payload: Record<string, unknown>) => {
      const answer = await fetch(`${later!.runtime.url}/_local/functions/event-replay/invoke`, { method: 'POST', body: JSON.stringify(payload) });
      return { status: answer.status, body: (await answer.json()) as Record<string, any> };
    };
    const range = { consumer: 'probe', from, to: new Date().toISOString(), tenant: '360923' };
    const first = await replay(range);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ consumer: 'probe', sent: 2 });
    expect(first.body.next).toBeUndefined();
    const handled = await eventually(() => (probe.handled.length === 2 ? probe.handled : undefined));
    expect(handled.map((e) => [e.type, e.subject.id]).sort()).toEqual(inRange.map((id) => ['RectificationAssigned', id]).sort());

    expect((await replay(range)).body).toMatchObject({ sent: 2 });
    await sleep(1500);
    expect(probe.handled).toHaveLength(2);
    expect((await replay({ ...range, tenant: '360998' })).body).toMatchObject({ sent: 0 });

    const unknown = await replay({ ...range, consumer: 'no-such-consumer' });
    expect(unknown.status).toBe(500);
    expect(unknown.body.errorMessage).toMatch(/no consumer named no-such-consumer/);
  });
});
